package dev.pcf.model;

import java.util.List;

/**
 * The values of one workbook row as the user typed them, shown beside the problems found in it so
 * that the user sees what is wrong without opening the file.
 *
 * @param sheet sheet name as in the workbook
 * @param row   zero-based row index
 * @param cells the row's cells from column A to its last non-empty cell (capped), each with its
 *              column's header text
 */
public record RowValues(String sheet, int row, List<Cell> cells) {

    public RowValues {
        cells = List.copyOf(cells);
    }

    /**
     * One cell of the row.
     *
     * @param column zero-based column index
     * @param header the text of the sheet's first row in this column ("" when none)
     * @param value  the cell's value as displayed (a formula's last computed value; "" when empty)
     */
    public record Cell(int column, String header, String value) {}

    /** The row's first cell (column A), the key the row is found by. */
    public CellRef rowRef() {
        return new CellRef(sheet, row, 0);
    }
}
