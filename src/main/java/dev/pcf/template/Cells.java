package dev.pcf.template;

import dev.pcf.workbook.Schema;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.time.LocalDate;
import java.util.List;

/**
 * Small helpers to put values into cells of the standard workbook, shared by the template writer
 * and the example workbooks.
 */
public final class Cells {
    private Cells() {}

    /** The cell at 0-based {@code row}, {@code col}, created when missing. */
    public static XSSFCell cell(XSSFSheet sheet, int row, int col) {
        XSSFRow r = sheet.getRow(row);
        if (r == null) r = sheet.createRow(row);
        XSSFCell c = r.getCell(col);
        return c != null ? c : r.createCell(col);
    }

    /**
     * Puts a value: a {@link String} as text (empty = blank), a {@link Number} as a number, a
     * {@link LocalDate} as a date serial (no time zone involved), null as blank. The cell keeps
     * its style unless {@code style} is given.
     */
    public static XSSFCell put(XSSFSheet sheet, int row, int col, Object value, XSSFCellStyle style) {
        XSSFCell c = cell(sheet, row, col);
        switch (value) {
            case null -> c.setBlank();
            case String s when s.isEmpty() -> c.setBlank();
            case String s -> c.setCellValue(s);
            case Number n -> c.setCellValue(n.doubleValue());
            case LocalDate d -> c.setCellValue(d);
            default -> throw new IllegalArgumentException("unsupported cell value " + value.getClass());
        }
        if (style != null) c.setCellStyle(style);
        return c;
    }

    /** 0-based index of the column with this field name. */
    public static int col(List<Schema.Column> columns, String field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals(field)) return i;
        }
        throw new IllegalArgumentException("no column " + field);
    }

    /** Whether the cell holds nothing. */
    public static boolean isBlank(XSSFCell c) {
        return c == null || c.getCellType() == CellType.BLANK
                || (c.getCellType() == CellType.STRING && c.getStringCellValue().isEmpty());
    }

    /** Display width of text in Excel character units: CJK and full-width characters count 2. */
    public static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Lines a wrapped text needs in a column {@code widthChars} wide. */
    public static int lines(String s, int widthChars) {
        int n = 0;
        for (String part : s.split("\n", -1)) n += Math.max(1, (displayWidth(part) + widthChars - 1) / widthChars);
        return n;
    }
}
