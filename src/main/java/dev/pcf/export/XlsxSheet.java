package dev.pcf.export;

import dev.pcf.io.SafeText;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Row-by-row writing of one sheet of the results workbook: texts as string cells (quote-prefixed
 * when they could be read as a formula), numbers as numeric cells with a number format.
 */
final class XlsxSheet {
    /** The number formats used. */
    enum Format { KG("0.0000##"), SHARE("0.00%"), GENERAL("General"), INT("0");
        final String pattern;
        Format(String pattern) {
            this.pattern = pattern;
        }
    }

    /** The cell styles of a workbook, shared by its sheets. */
    static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle[] numbers = new CellStyle[Format.values().length];

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            text = wb.createCellStyle();
            quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            for (Format f : Format.values()) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(f.pattern));
                numbers[f.ordinal()] = s;
            }
        }
    }

    private final Sheet sheet;
    private final Styles styles;
    private Row row;
    private int col;

    XlsxSheet(Workbook wb, Styles styles, String name, int... widths) {
        this.sheet = wb.createSheet(name);
        this.styles = styles;
        for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, widths[i] * 256);
    }

    /** Starts a header row of these titles and freezes it. */
    XlsxSheet header(String... titles) {
        row();
        for (String t : titles) {
            Cell c = row.createCell(col++);
            c.setCellValue(t);
            c.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, row.getRowNum() + 1);
        return this;
    }

    /** Starts a new row. */
    XlsxSheet row() {
        row = sheet.createRow(row == null ? 0 : row.getRowNum() + 1);
        col = 0;
        return this;
    }

    /** Leaves n empty cells. */
    XlsxSheet skip(int n) {
        col += n;
        return this;
    }

    /** Leaves a blank row. */
    XlsxSheet blank() {
        row();
        return this;
    }

    /** A text cell; null writes an empty cell. */
    XlsxSheet text(String s) {
        Cell c = row.createCell(col++);
        if (s == null || s.isEmpty()) return this;
        c.setCellValue(s);
        c.setCellStyle(SafeText.risky(s) ? styles.quoted : styles.text);
        return this;
    }

    /** A numeric cell; a non-finite value is left empty. */
    XlsxSheet num(double v, Format f) {
        Cell c = row.createCell(col++);
        if (!Double.isFinite(v)) return this;
        c.setCellValue(v);
        c.setCellStyle(styles.numbers[f.ordinal()]);
        return this;
    }

    /** A label in column A and a number in column B. */
    XlsxSheet pair(String label, double v, Format f) {
        return row().text(label).num(v, f);
    }

    /** A label in column A and a text in column B. */
    XlsxSheet pair(String label, String v) {
        return row().text(label).text(v);
    }
}
