package dev.pcf.reader;

import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/**
 * One sheet as the reader sees it: cell values by row and column (0-based), merged ranges and
 * pictures. Two kinds implement it: {@link PoiBook}'s view of POI's in-memory model (formulas
 * evaluated by POI), and {@link Grid}'s compact values read by streaming the sheet's XML. The
 * readers of the sheets ({@link Table}, {@link FieldSheet}, {@link OptionalSheets}) see only this.
 */
public interface Page {

    /**
     * A picture placed on the sheet (not inside a group).
     *
     * @param row    the 0-based row of its anchor's top-left cell
     * @param column the 0-based column of its anchor's top-left cell
     * @param data   the picture's bytes, or null when the picture has no data
     * @param mime   the picture part's content type, or null when {@code data} is null
     */
    record Pic(int row, int column, byte[] data, String mime) {}

    /** The sheet's name, as in the workbook. */
    String name();

    /** The largest row index that may hold cells; -1 for an empty sheet. */
    int lastRow();

    /** Whether the row exists (it may still hold only blank cells). */
    boolean hasRow(int row);

    /** The columns of the cells the row defines, in column order; empty when the row does not exist. */
    int[] columns(int row);

    /** Whether the cell exists (it may be blank). */
    boolean hasCell(int row, int column);

    /**
     * A header's text: text stripped, a number as plain decimals, a formula's cached text; "" for
     * anything else and for a missing cell.
     */
    String headerText(int row, int column);

    /** The cell's value, formulas evaluated; {@link CellValue#BLANK} for a missing cell. */
    CellValue value(int row, int column);

    /** The merged ranges, in the sheet's order. */
    List<CellRangeAddress> merged();

    /** The pictures placed directly on the sheet, in the drawing's order. */
    List<Pic> pictures();
}
