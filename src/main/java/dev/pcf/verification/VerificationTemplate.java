package dev.pcf.verification;

import dev.pcf.workbook.Cells;
import dev.pcf.workbook.GuideSheet;
import dev.pcf.workbook.Schema;
import dev.pcf.workbook.Schema.Column;
import dev.pcf.workbook.TemplateStyles;
import dev.pcf.workbook.TemplateWriter;
import dev.pcf.workbook.Validations;
import dev.pcf.workbook.Xlsx;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the blank verification workbook from {@link VerificationSchema}, styled like the
 * company's template: a bilingual guide, ★ on required fields and columns, a comment on every
 * header, input cells, and dropdowns for the level of assurance, the conclusion, the role, the
 * finding type and status. Deterministic: the same code gives the same bytes.
 */
public final class VerificationTemplate {
    private VerificationTemplate() {}

    /** Input rows of the Verifiers and Findings sheets. */
    static final int INPUT_ROWS = 50;

    /**
     * Writes the blank verification workbook as .xlsx.
     *
     * @param out receives the workbook; not closed
     * @throws IOException when writing fails
     */
    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = create()) {
            Xlsx.write(wb, out);
        }
    }

    static XSSFWorkbook create() {
        XSSFWorkbook wb = new XSSFWorkbook();
        TemplateStyles styles = new TemplateStyles(wb);
        for (Schema.SheetDef def : VerificationSchema.SHEETS) wb.createSheet(def.title());
        GuideSheet.write(wb.getSheet(VerificationSchema.GUIDE.title()), styles, guide());
        fieldSheet(wb.getSheet(VerificationSchema.INFO.title()), styles);
        dataSheet(wb.getSheet(VerificationSchema.VERIFIERS.title()), styles, VerificationSchema.VERIFIER_COLUMNS);
        dataSheet(wb.getSheet(VerificationSchema.FINDINGS.title()), styles, VerificationSchema.FINDING_COLUMNS);
        for (Schema.SheetDef def : VerificationSchema.SHEETS) TemplateWriter.printSetup(wb.getSheet(def.title()));
        wb.setActiveSheet(0);
        TemplateWriter.fixProperties(wb, "核查数据表 Verification workbook (contract v1)");
        return wb;
    }

    private static void fieldSheet(XSSFSheet sheet, TemplateStyles styles) {
        TemplateWriter.header(sheet, styles, List.of(Schema.FIELD_LABEL, Schema.FIELD_VALUE, Schema.FIELD_NOTE), 1);
        sheet.getRow(0).setHeightInPoints(24);
        sheet.setColumnWidth(0, 256 * 40);
        sheet.setColumnWidth(1, 256 * 60);
        sheet.setColumnWidth(2, 256 * 70);
        List<Column> fields = VerificationSchema.FIELDS;
        for (int i = 0; i < fields.size(); i++) {
            Column f = fields.get(i);
            int r = i + 1;
            Cells.put(sheet, r, 0, TemplateWriter.fieldLabel(f), styles.label);
            Schema.Kind kind = f.kind() == Schema.Kind.TEXT ? Schema.Kind.LONG_TEXT : f.kind();
            Object prefill = switch (f.field()) {
                case "criteria" -> dev.pcf.model.Verification.DEFAULT_CRITERIA;
                case "materiality" -> dev.pcf.model.Verification.DEFAULT_MATERIALITY_PCT;
                default -> null;
            };
            Cells.put(sheet, r, 1, prefill, prefill == null ? styles.input(kind) : styles.prefilled(kind));
            String note = f.helpZh() + "\n" + f.helpEn();
            Cells.put(sheet, r, 2, note, styles.note);
            sheet.getRow(r).setHeightInPoints(15f * Math.max(2, Cells.lines(note, 68)) + 2);
            if (!f.choices().isEmpty()) Validations.list(sheet, 1, r, r, f.choices(), f.label());
        }
    }

    private static void dataSheet(XSSFSheet sheet, TemplateStyles styles, List<Column> columns) {
        TemplateWriter.header(sheet, styles, columns, 0);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            sheet.setColumnWidth(i, 256 * (c.kind() == Schema.Kind.LONG_TEXT ? 48 : 26));
            for (int r = 1; r <= INPUT_ROWS; r++) Cells.cell(sheet, r, i).setCellStyle(styles.input(c.kind()));
            if (!c.choices().isEmpty()) Validations.list(sheet, i, 1, INPUT_ROWS, c.choices(), c.label());
        }
    }

    private static List<String> guide() {
        try (InputStream in = VerificationTemplate.class.getResourceAsStream("guide.txt")) {
            if (in == null) throw new IllegalStateException("missing resource dev/pcf/verification/guide.txt");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
