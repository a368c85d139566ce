package dev.pcf.verification;

import dev.pcf.workbook.Schema;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filled verification workbook for tests, made from the blank template: the Verification sheet's
 * value cells (row of each field as the template lays it out: field i in row i + 2), Verifiers and
 * Findings rows. Every value can be replaced, removed or set to something wrong.
 */
public class VerificationBook {
    public static final String INFO = "核查信息 Verification";
    public static final String TEAM = "核查组 Verifiers";
    public static final String FINDINGS = "核查发现 Findings";

    /** Field → value ({@code null} leaves the cell empty). */
    public final Map<String, Object> fields = new LinkedHashMap<>();
    public final List<List<Object>> verifiers = new ArrayList<>();
    public final List<List<Object>> findings = new ArrayList<>();

    /** The standard filled book: a positive, limited-assurance statement with one closed non-conformity and one open observation. */
    public VerificationBook() {
        fields.put("body", "中环联合（北京）认证中心有限公司");
        fields.put("statementNo", "CEC-PCF-2026-0317");
        fields.put("criteria", null);
        fields.put("assurance", "有限保证 limited");
        fields.put("materiality", 5.0);
        fields.put("activities", "文件评审、现场核查、人员访谈");
        fields.put("activitiesEn", "document review, site visit, interviews");
        fields.put("siteVisit", "2026-03-10");
        fields.put("conclusion", "肯定 positive");
        fields.put("conclusionText", null);
        fields.put("conclusionTextEn", null);
        fields.put("reportedTotal", 115.2);
        fields.put("statementDate", "2026-03-20");
        verifiers.add(List.of("张伟", "核查组长 Lead verifier", "CCAA-2024-GHG-0101", "中环联合认证中心"));
        verifiers.add(List.of("李娜", "核查员 Verifier", "CCAA-2024-GHG-0102", "中环联合认证中心"));
        verifiers.add(List.of("王芳", "技术复核 Reviewer", "CCAA-2023-GHG-0007", "中环联合认证中心"));
        verifiers.add(List.of("赵强", "批准 Approver", "", "中环联合认证中心"));
        findings.add(List.of("NC-01", "不符合项 non-conformity", "柴油用量与发票不一致", "Diesel amount did not match the invoices",
                "'活动数据 Activity'!D3", "已关闭 closed", "企业已按发票更正 Corrected from the invoices"));
        findings.add(List.of("OB-01", "观察项 observation", "建议对空压机分表计量", "Sub-metering of the compressors is recommended",
                "", "未关闭 open", ""));
    }

    /** The row (1-based, as Excel shows it) of a field on the Verification sheet. */
    public static int fieldRow(String field) {
        List<Schema.Column> f = VerificationSchema.FIELDS;
        for (int i = 0; i < f.size(); i++) if (f.get(i).field().equals(field)) return i + 2;
        throw new IllegalArgumentException(field);
    }

    /** The workbook file's bytes. */
    public byte[] bytes() {
        try (XSSFWorkbook wb = VerificationTemplate.create()) {
            fill(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the workbook to {@code dir/name}. */
    public Path write(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes());
        return p;
    }

    /** Fills the template; override to change the layout (headers, sheets) further. */
    void fill(XSSFWorkbook wb) {
        XSSFSheet info = wb.getSheet(INFO);
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            set(info.getRow(fieldRow(e.getKey()) - 1).getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK), e.getValue());
        }
        rows(wb.getSheet(TEAM), verifiers);
        rows(wb.getSheet(FINDINGS), findings);
    }

    private static void rows(XSSFSheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.getRow(r + 1) == null ? sheet.createRow(r + 1) : sheet.getRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                set(row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK), rows.get(r).get(c));
            }
        }
    }

    private static void set(Cell cell, Object v) {
        switch (v) {
            case null -> cell.setBlank();
            case Number n -> cell.setCellValue(n.doubleValue());
            default -> {
                String s = v.toString();
                if (s.isEmpty()) cell.setBlank(); else cell.setCellValue(s);
            }
        }
    }
}
