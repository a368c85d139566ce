package dev.pcf.verification;

import dev.pcf.model.FieldKind;
import dev.pcf.template.Cells;
import dev.pcf.template.GuideSheet;
import dev.pcf.workbook.Schema;
import dev.pcf.workbook.Schema.Column;
import dev.pcf.template.TemplateStyles;
import dev.pcf.template.TemplateWriter;
import dev.pcf.template.Validations;
import dev.pcf.template.Xlsx;
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
        TemplateWriter.fieldSheet(wb.getSheet(VerificationSchema.INFO.title()), styles, VerificationSchema.FIELDS,
                f -> switch (f.field()) {
                    case "criteria" -> dev.pcf.model.Verification.DEFAULT_CRITERIA;
                    case "materiality" -> dev.pcf.model.Verification.DEFAULT_MATERIALITY_PCT;
                    default -> null;
                });
        dataSheet(wb.getSheet(VerificationSchema.VERIFIERS.title()), styles, VerificationSchema.VERIFIER_COLUMNS);
        dataSheet(wb.getSheet(VerificationSchema.FINDINGS.title()), styles, VerificationSchema.FINDING_COLUMNS);
        for (Schema.SheetDef def : VerificationSchema.SHEETS) TemplateWriter.printSetup(wb.getSheet(def.title()));
        wb.setActiveSheet(0);
        TemplateWriter.fixProperties(wb, "核查数据表 Verification workbook (contract v1)");
        return wb;
    }

    private static void dataSheet(XSSFSheet sheet, TemplateStyles styles, List<Column> columns) {
        TemplateWriter.header(sheet, styles, columns, 0);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            sheet.setColumnWidth(i, 256 * (c.kind() == FieldKind.LONG_TEXT ? 48 : 26));
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
