package dev.pcf.examples;

import dev.pcf.model.FieldKind;

import dev.pcf.template.Cells;
import dev.pcf.template.TemplateWriter;

import dev.pcf.workbook.Schema;

import dev.pcf.model.Factor;
import dev.pcf.model.PictureKind;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a copy of the template the way a company would: values go into the template's input
 * cells (keeping their styles and dropdowns), rows are found by field name from {@link Schema}.
 */
final class ExampleFiller {
    final XSSFWorkbook wb;

    ExampleFiller() {
        wb = TemplateWriter.create();
    }

    /** Field → value pairs, in order: {@code row(Activity.STAGE, "RAW", Activity.AMOUNT, 1.5)}. */
    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }

    private XSSFSheet sheet(Schema.SheetDef def) {
        return wb.getSheet(def.title());
    }

    /** Sets the 值 Value of a Report field; a long text also gets a taller row. */
    ExampleFiller report(String field, Object value) {
        int i = 0;
        while (!Schema.REPORT_FIELDS.get(i).field().equals(field)) i++;
        XSSFSheet s = sheet(Schema.REPORT);
        Cells.put(s, i + 1, 1, value, null);
        if (value instanceof String text && Schema.REPORT_FIELDS.get(i).kind() == FieldKind.LONG_TEXT) {
            float h = 15f * Cells.lines(text, 58) + 3;
            if (h > s.getRow(i + 1).getHeightInPoints()) s.getRow(i + 1).setHeightInPoints(Math.min(409f, h));
        }
        return this;
    }

    /** Replaces the Stages rows with these. */
    ExampleFiller stages(List<Map<String, Object>> rows) {
        XSSFSheet s = sheet(Schema.STAGES);
        List<Schema.Column> cols = Schema.STAGE_COLUMNS;
        // the last styled row is still blank: its cells carry the plain input styles
        int last = TemplateWriter.STAGE_ROWS;
        for (int r = 1; r < last; r++) {
            for (int c = 0; c < cols.size(); c++) {
                Cells.put(s, r, c, null, s.getRow(last).getCell(c).getCellStyle());
            }
        }
        for (int r = 0; r < rows.size(); r++) put(s, cols, r + 1, rows.get(r));
        return this;
    }

    /** Sets more cells of the library factor with this ID (e.g. its uncertainty). */
    ExampleFiller factorUpdate(String id, Map<String, Object> values) {
        XSSFSheet s = sheet(Schema.FACTORS);
        int idCol = Cells.col(Schema.FACTOR_COLUMNS, Factor.ID);
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            XSSFCell c = s.getRow(r) == null ? null : s.getRow(r).getCell(idCol);
            if (c != null && !Cells.isBlank(c) && c.getStringCellValue().equals(id)) {
                put(s, Schema.FACTOR_COLUMNS, r, values);
                return this;
            }
        }
        throw new IllegalArgumentException("no library factor " + id);
    }

    ExampleFiller factor(Map<String, Object> values) {
        return append(Schema.FACTORS, Schema.FACTOR_COLUMNS, values);
    }

    ExampleFiller activity(Map<String, Object> values) {
        return append(Schema.ACTIVITY, Schema.ACTIVITY_COLUMNS, values);
    }

    ExampleFiller team(Map<String, Object> values) {
        return append(Schema.TEAM, Schema.TEAM_COLUMNS, values);
    }

    ExampleFiller improvement(String zh, String en) {
        return append(Schema.IMPROVEMENTS, Schema.IMPROVEMENT_COLUMNS,
                row(dev.pcf.model.Improvement.ZH, zh, dev.pcf.model.Improvement.EN, en));
    }

    /** Anchors a PNG in the Images sheet row labelled with {@code kind}, filling column B. */
    ExampleFiller picture(PictureKind kind, byte[] png) {
        XSSFSheet s = sheet(Schema.IMAGES);
        int row = kind.ordinal() + 1;
        int idx = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 1, row, 2, row + 1);
        anchor.setAnchorType(org.apache.poi.ss.usermodel.ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        s.createDrawingPatriarch().createPicture(anchor, idx);
        return this;
    }

    private ExampleFiller append(Schema.SheetDef def, List<Schema.Column> cols, Map<String, Object> values) {
        XSSFSheet s = sheet(def);
        int r = 1;
        while (!rowBlank(s, r, cols.size())) r++;
        put(s, cols, r, values);
        return this;
    }

    private static boolean rowBlank(XSSFSheet s, int r, int width) {
        if (s.getRow(r) == null) return true;
        for (int c = 0; c < width; c++) if (!Cells.isBlank(s.getRow(r).getCell(c))) return false;
        return true;
    }

    private static void put(XSSFSheet s, List<Schema.Column> cols, int r, Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Cells.put(s, r, Cells.col(cols, e.getKey()), e.getValue(), null);
        }
    }
}
