package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.CellRef;
import dev.pcf.workbook.Schema.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data sheet: header in row 1, one record per row below. Columns are found by header text in
 * any order; columns the schema does not know are ignored.
 */
public final class Table {
    private final Page sheet;
    private final List<Column> columns;
    private final Map<String, Integer> index;
    private final boolean complete;

    private Table(Page sheet, List<Column> columns, Map<String, Integer> index, boolean complete) {
        this.sheet = sheet;
        this.columns = columns;
        this.index = index;
        this.complete = complete;
    }

    /** Reads the header row; a missing required column or a repeated header is reported. */
    public static Table of(Page sheet, List<Column> columns, Problems problems) {
        String name = sheet.name();
        Map<String, Integer> index = new LinkedHashMap<>();
        boolean complete = true;
        for (int column : sheet.columns(0)) {
            String text = sheet.headerText(0, column);
            if (text.isEmpty()) continue;
            for (Column c : columns) {
                if (!Headers.matches(text, c.zh(), c.en())) continue;
                Integer first = index.get(c.field());
                if (first != null) {
                    problems.error(new CellRef(name, 0, column), "header " + c.label()
                            + " repeats the column at " + new CellRef(name, 0, first) + "; keep only one");
                    complete = false;
                } else {
                    index.put(c.field(), column);
                }
                break;
            }
        }
        for (Column c : columns) {
            if (c.required() && !index.containsKey(c.field())) {
                problems.error(null, CellRef.quoteSheet(name) + " header row 1: required column " + c.label()
                        + " not found");
                complete = false;
            }
        }
        return new Table(sheet, columns, Map.copyOf(index), complete);
    }

    /** Whether every required column was found once. */
    public boolean complete() {
        return complete;
    }

    public boolean hasColumn(String field) {
        return index.containsKey(field);
    }

    public String sheetName() {
        return sheet.name();
    }

    /** The column definition of a field. */
    Column column(String field) {
        for (Column c : columns) {
            if (c.field().equals(field)) return c;
        }
        throw new IllegalArgumentException("no column " + field);
    }

    /**
     * The non-blank rows below the header, each with its cells evaluated. A row with some cells
     * filled but a required cell empty is reported, once per empty required cell.
     */
    public Iterable<RowReader> rows(Problems problems) {
        return rows(problems, java.util.Set.of());
    }

    /**
     * The rows, as {@link #rows(Problems)}, except that the required fields in
     * {@code checkedByCaller} may be empty: whether they must be filled depends on other cells, which
     * the caller checks (an activity row with an emission given directly has no factor ID).
     */
    Iterable<RowReader> rows(Problems problems, java.util.Set<String> checkedByCaller) {
        List<Integer> numbers = new ArrayList<>();
        List<Map<String, CellValue>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.lastRow(); r++) {
            if (!sheet.hasRow(r) || blank(r)) continue;
            Map<String, CellValue> values = new LinkedHashMap<>();
            for (var e : index.entrySet()) values.put(e.getKey(), sheet.value(r, e.getValue()));
            numbers.add(r);
            rows.add(values);
        }
        // each reader is made when its turn comes, so that it counts only its own row's errors
        return () -> new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < rows.size();
            }

            @Override
            public RowReader next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                Map<String, CellValue> values = rows.get(i);
                RowReader reader = new RowReader(Table.this, numbers.get(i++), values, problems);
                for (Column c : columns) {
                    if (c.required() && index.containsKey(c.field()) && values.get(c.field()).isBlank()
                            && !checkedByCaller.contains(c.field())) {
                        reader.error(c.field(), c.label() + " is required but empty"
                                + merged(sheet, numbers.get(i - 1), index.get(c.field())));
                    }
                }
                return reader;
            }
        };
    }

    /** Whether every column of row {@code r} is blank (a template's formatted rows are, by the hundred). */
    private boolean blank(int r) {
        for (int column : index.values()) {
            if (!sheet.value(r, column).isBlank()) return false;
        }
        return true;
    }

    /**
     * For an empty cell inside a merged range (Excel keeps a merged range's value in its first cell only,
     * though every cell of it shows that value): why the cell the user sees filled is empty; else "".
     */
    static String merged(Page sheet, int row, int column) {
        for (org.apache.poi.ss.util.CellRangeAddress m : sheet.merged()) {
            if (m.isInRange(row, column) && (m.getFirstRow() != row || m.getFirstColumn() != column)) {
                String first = new org.apache.poi.ss.util.CellReference(m.getFirstRow(), m.getFirstColumn()).formatAsString();
                return ": the cell is part of the merged range " + m.formatAsString() + ", whose value Excel keeps in "
                        + first + " only; unmerge the range and fill every row";
            }
        }
        return "";
    }

    Map<String, Integer> index() {
        return index;
    }
}
