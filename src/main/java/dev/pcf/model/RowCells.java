package dev.pcf.model;

import java.util.Map;

/**
 * Where a record was read from: its sheet, row and the column of each field, so that any later
 * stage (calculation, uncertainty, report traceability) can name the exact cell.
 *
 * @param sheet   sheet name as in the workbook
 * @param row     zero-based row
 * @param columns zero-based column of each field found, keyed by the field names of the record
 */
public record RowCells(String sheet, int row, Map<String, Integer> columns) {

    public RowCells {
        columns = Map.copyOf(columns);
    }

    /**
     * The cell of a field; the whole row ({@code '排放因子 Factors'!7:7}) when the sheet has no
     * column for the field, never another column's cell.
     */
    public CellRef cell(String field) {
        Integer c = columns.get(field);
        return c == null ? CellRef.wholeRow(sheet, row) : new CellRef(sheet, row, c);
    }

    /** The row's first cell (column A), used to name a whole line. */
    public CellRef rowRef() {
        return new CellRef(sheet, row, 0);
    }
}
