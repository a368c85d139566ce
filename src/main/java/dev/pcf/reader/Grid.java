package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.model.Problem;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.Arrays;
import java.util.List;

/**
 * A workbook read by streaming its XML ({@link GridReader}), without POI's in-memory model: per
 * sheet the cells' final values in row and column order, the merged ranges and the pictures. Made
 * only for an .xlsx it represents exactly (no formulas, nothing unusual); a text cell keeps its raw
 * text until {@link #check} has applied the text limits, as {@link SafeOpen} does for POI's model.
 */
final class Grid implements Book {
    private final List<Page> pages;

    Grid(List<Sheet> sheets) {
        this.pages = List.copyOf(sheets);
    }

    @Override
    public List<Page> pages() {
        return pages;
    }

    @Override
    public void close() {
        // only heap
    }

    /**
     * The text checks {@link SafeOpen} makes on POI's model, in the same order: a text longer than
     * the limit is an error; control characters are removed with a warning naming the cell.
     */
    void check(List<Problem> problems) {
        for (Page p : pages) {
            Sheet s = (Sheet) p;
            for (int i = 0; i < s.rows.length; i++) {
                Object[] values = s.values[i];
                for (int j = 0; j < values.length; j++) {
                    if (values[j] instanceof String text) {
                        values[j] = SafeOpen.checkText(new CellRef(s.name, s.rows[i], s.columns[i][j]), text, problems);
                    }
                }
            }
        }
    }

    /**
     * One sheet: {@code rows} ascending; per row its cells' columns ascending and their values, each
     * a {@link String} (a text cell, raw) or a {@link CellValue} (anything else, final).
     */
    static final class Sheet implements Page {
        private final String name;
        private final int[] rows;
        private final int[][] columns;
        private final Object[][] values;
        private final List<CellRangeAddress> merged;
        private final List<Pic> pictures;

        Sheet(String name, int[] rows, int[][] columns, Object[][] values, List<CellRangeAddress> merged, List<Pic> pictures) {
            this.name = name;
            this.rows = rows;
            this.columns = columns;
            this.values = values;
            this.merged = List.copyOf(merged);
            this.pictures = List.copyOf(pictures);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int lastRow() {
            return rows.length == 0 ? -1 : rows[rows.length - 1];
        }

        @Override
        public boolean hasRow(int row) {
            return Arrays.binarySearch(rows, row) >= 0;
        }

        @Override
        public int[] columns(int row) {
            int i = Arrays.binarySearch(rows, row);
            return i < 0 ? new int[0] : columns[i].clone();
        }

        private Object raw(int row, int column) {
            int i = Arrays.binarySearch(rows, row);
            if (i < 0) return null;
            int j = Arrays.binarySearch(columns[i], column);
            return j < 0 ? null : values[i][j];
        }

        @Override
        public boolean hasCell(int row, int column) {
            return raw(row, column) != null;
        }

        @Override
        public String headerText(int row, int column) {
            return switch (raw(row, column)) {
                case String s -> s.strip();
                case CellValue.Num n -> CellValue.plain(n.value());
                case null, default -> "";
            };
        }

        @Override
        public CellValue value(int row, int column) {
            return switch (raw(row, column)) {
                case String s -> CellValue.str(s);
                case CellValue v -> v;
                case null, default -> CellValue.BLANK;
            };
        }

        @Override
        public List<CellRangeAddress> merged() {
            return merged;
        }

        @Override
        public List<Pic> pictures() {
            return pictures;
        }
    }
}
