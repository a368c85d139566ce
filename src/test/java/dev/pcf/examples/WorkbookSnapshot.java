package dev.pcf.examples;

import dev.pcf.model.Factor;
import dev.pcf.template.Cells;
import dev.pcf.workbook.Schema;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The content of a workbook as keyed lines — every non-blank cell's type and value or formula,
 * every comment, each sheet's validation list, merged regions and picture anchors — so that two
 * workbooks can be compared cell by cell regardless of zip bytes.
 */
public final class WorkbookSnapshot {
    private WorkbookSnapshot() {}

    public static final String REGENERATE = "if the change is intended, regenerate with: "
            + "mvn -o -q test -Dtest='TemplateWriterTest,ExamplesTest' -Dgolden.update=true "
            + "(or run dev.pcf.examples.Regenerate <repo root>; see workbook-templates/README.md) and review the diff";

    /** With {@code -Dgolden.update=true}, rewrites the committed workbooks before comparing. */
    public static void updateIfAsked(java.nio.file.Path root) throws IOException {
        if (Boolean.getBoolean("golden.update")) Regenerate.main(new String[] {root.toString()});
    }

    public static Map<String, String> of(byte[] xlsx) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            return of(wb);
        }
    }

    public static Map<String, String> of(Workbook wb) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            Sheet sheet = wb.getSheetAt(s);
            String name = "'" + sheet.getSheetName() + "'";
            m.put("sheet " + s, name);
            for (Row row : sheet) {
                for (Cell c : row) {
                    String ref = name + "!" + new CellReference(c.getRowIndex(), c.getColumnIndex()).formatAsString(false);
                    String v = describe(c);
                    if (v != null) m.put(ref, v);
                    Comment comment = c.getCellComment();
                    if (comment != null) m.put(ref + " comment", comment.getString().getString());
                }
            }
            List<String> validations = new ArrayList<>();
            for (DataValidation dv : sheet.getDataValidations()) {
                var c = dv.getValidationConstraint();
                validations.add(dv.getRegions().getCellRangeAddress(0).formatAsString() + " "
                        + (c.getExplicitListValues() != null ? String.join(",", c.getExplicitListValues()) : c.getFormula1()));
            }
            validations.sort(null);
            m.put(name + " validations", validations.size() + " " + validations);
            List<String> merged = new ArrayList<>();
            sheet.getMergedRegions().forEach(r -> merged.add(r.formatAsString()));
            merged.sort(null);
            m.put(name + " merged", merged.toString());
            m.put(name + " pictures", pictures(sheet).toString());
        }
        return m;
    }

    /** Picture anchors of a sheet: {@code B3:C4 image/png}. */
    public static List<String> pictures(Sheet sheet) {
        List<String> out = new ArrayList<>();
        if (sheet instanceof XSSFSheet xs) {
            XSSFDrawing d = xs.getDrawingPatriarch();
            if (d != null) {
                for (var shape : d.getShapes()) {
                    if (shape instanceof XSSFPicture p) {
                        var a = p.getClientAnchor();
                        out.add(new CellReference(a.getRow1(), a.getCol1()).formatAsString(false) + ":"
                                + new CellReference(a.getRow2(), a.getCol2()).formatAsString(false) + " "
                                + p.getPictureData().getMimeType());
                    }
                }
            }
        }
        return out;
    }

    private static String describe(Cell c) {
        return switch (c.getCellType()) {
            case BLANK -> null;
            case STRING -> c.getStringCellValue().isEmpty() ? null : "STRING " + c.getStringCellValue();
            case NUMERIC -> "NUMERIC " + String.format(Locale.ROOT, "%.15g", c.getNumericCellValue())
                    + " " + c.getCellStyle().getDataFormatString();
            case BOOLEAN -> "BOOLEAN " + c.getBooleanCellValue();
            case FORMULA -> "FORMULA " + c.getCellFormula();
            case ERROR -> "ERROR " + c.getErrorCellValue();
            case _NONE -> null;
        };
    }

    /** Differences as readable lines: {@code '活动数据 Activity'!D7: committed X, generated Y}; empty when equal. */
    public static List<String> diff(Map<String, String> committed, Map<String, String> generated) {
        List<String> out = new ArrayList<>();
        for (var e : committed.entrySet()) {
            String g = generated.get(e.getKey());
            if (!e.getValue().equals(g)) out.add(e.getKey() + ": committed " + e.getValue() + ", generated " + g);
        }
        for (var e : generated.entrySet()) {
            if (!committed.containsKey(e.getKey())) out.add(e.getKey() + ": committed null, generated " + e.getValue());
        }
        return out;
    }

    /** A failure message listing the first differences and how to regenerate the file. */
    public static String message(String file, List<String> diffs) {
        return file + " differs from what the code generates in " + diffs.size() + " place(s):\n  "
                + String.join("\n  ", diffs.subList(0, Math.min(25, diffs.size()))) + "\n" + REGENERATE;
    }

    /** The repository root: Maven's {@code basedir}, else the current directory. */
    public static java.nio.file.Path repoRoot() {
        return java.nio.file.Path.of(System.getProperty("basedir", "."));
    }

    /** The rows of the Factors sheet by factor ID. */
    public static Map<String, Row> factorRows(org.apache.poi.xssf.usermodel.XSSFWorkbook book) {
        Map<String, Row> m = new java.util.HashMap<>();
        Sheet s = book.getSheet(Schema.FACTORS.title());
        int id = Cells.col(Schema.FACTOR_COLUMNS, Factor.ID);
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && row.getCell(id) != null && !row.getCell(id).getStringCellValue().isEmpty()) {
                m.put(row.getCell(id).getStringCellValue(), row);
            }
        }
        return m;
    }

    /** The number in a Factors row's column {@code field}. */
    public static double num(Row r, String field) {
        return r.getCell(Cells.col(Schema.FACTOR_COLUMNS, field)).getNumericCellValue();
    }

    /** The text in a Factors row's column {@code field}, empty when the cell is missing. */
    public static String text(Row r, String field) {
        var c = r.getCell(Cells.col(Schema.FACTOR_COLUMNS, field));
        return c == null ? "" : c.getStringCellValue();
    }
}
