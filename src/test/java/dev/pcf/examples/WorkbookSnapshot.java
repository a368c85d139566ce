package dev.pcf.workbook;

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
final class WorkbookSnapshot {
    private WorkbookSnapshot() {}

    static final String REGENERATE = "if the change is intended, regenerate with: "
            + "mvn -o -q test -Dtest='TemplateWriterTest,ExamplesTest' -Dgolden.update=true "
            + "(or run dev.pcf.workbook.Regenerate <repo root>; see workbook-templates/README.md) and review the diff";

    /** With {@code -Dgolden.update=true}, rewrites the committed workbooks before comparing. */
    static void updateIfAsked(java.nio.file.Path root) throws IOException {
        if (Boolean.getBoolean("golden.update")) Regenerate.main(new String[] {root.toString()});
    }

    static Map<String, String> of(byte[] xlsx) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            return of(wb);
        }
    }

    static Map<String, String> of(Workbook wb) {
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
    static List<String> pictures(Sheet sheet) {
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
    static List<String> diff(Map<String, String> committed, Map<String, String> generated) {
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
    static String message(String file, List<String> diffs) {
        return file + " differs from what the code generates in " + diffs.size() + " place(s):\n  "
                + String.join("\n  ", diffs.subList(0, Math.min(25, diffs.size()))) + "\n" + REGENERATE;
    }
}
