package dev.pcf.model;

import java.util.Objects;

/**
 * A cell of a workbook sheet, printed as Excel prints it: {@code '活动数据 Activity'!D7}.
 *
 * @param sheet  sheet name as it appears in the workbook
 * @param row    zero-based row index (row 1 in Excel is 0)
 * @param column zero-based column index (column A is 0)
 */
public record CellRef(String sheet, int row, int column) implements Comparable<CellRef> {

    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("negative cell index: row " + row + ", column " + column);
        }
    }

    /** Column letters as in Excel: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.append((char) ('A' + (c - 1) % 26));
        }
        return sb.reverse().toString();
    }

    /** Sheet name quoted as Excel does when it is not a plain identifier. */
    public static String quoteSheet(String sheet) {
        if (sheet.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            return sheet;
        }
        return "'" + sheet.replace("'", "''") + "'";
    }

    /** The cell's address without the sheet, e.g. {@code D7}. */
    public String address() {
        return columnLetters(column) + (row + 1);
    }

    @Override
    public String toString() {
        return quoteSheet(sheet) + "!" + address();
    }

    @Override
    public int compareTo(CellRef o) {
        int c = sheet.compareTo(o.sheet);
        if (c != 0) return c;
        c = Integer.compare(row, o.row);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
