package dev.pcf.model;

import java.util.Objects;

/**
 * A cell of a workbook sheet, printed as Excel prints it: {@code '活动数据 Activity'!D7}; or, when
 * the row is known but the sheet has no column for the value, the whole row:
 * {@code '排放因子 Factors'!7:7} (see {@link #wholeRow}).
 *
 * @param sheet  sheet name as it appears in the workbook
 * @param row    zero-based row index (row 1 in Excel is 0)
 * @param column zero-based column index (column A is 0), or {@link #WHOLE_ROW}
 */
public record CellRef(String sheet, int row, int column) implements Comparable<CellRef> {

    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 0 || column < WHOLE_ROW) {
            throw new IllegalArgumentException("negative cell index: row " + row + ", column " + column);
        }
    }

    /** The column index of a reference to a whole row. */
    public static final int WHOLE_ROW = -1;

    /**
     * A reference to a whole row, printed {@code '排放因子 Factors'!7:7}: for a value whose column
     * the sheet does not have, so that no message names a cell that does not hold it.
     *
     * @param sheet sheet name as it appears in the workbook
     * @param row   zero-based row index
     * @return the reference
     */
    public static CellRef wholeRow(String sheet, int row) {
        return new CellRef(sheet, row, WHOLE_ROW);
    }

    /** Whether this names a whole row rather than one cell. */
    public boolean isWholeRow() {
        return column == WHOLE_ROW;
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

    /** The cell's address without the sheet, e.g. {@code D7}, or {@code 7:7} for a whole row. */
    public String address() {
        if (isWholeRow()) return (row + 1) + ":" + (row + 1);
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
