package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.CellRef;
import dev.pcf.workbook.Schema.Column;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data sheet: header in row 1, one record per row below. Columns are found by header text in
 * any order; columns the schema does not know are ignored.
 */
public final class Table {
    private final Sheet sheet;
    private final List<Column> columns;
    private final Map<String, Integer> index;
    private final boolean complete;

    private Table(Sheet sheet, List<Column> columns, Map<String, Integer> index, boolean complete) {
        this.sheet = sheet;
        this.columns = columns;
        this.index = index;
        this.complete = complete;
    }

    /** Reads the header row; a missing required column or a repeated header is reported. */
    public static Table of(Sheet sheet, List<Column> columns, Problems problems) {
        String name = sheet.getSheetName();
        Map<String, Integer> index = new LinkedHashMap<>();
        Row header = sheet.getRow(0);
        boolean complete = true;
        if (header != null) {
            for (Cell cell : header) {
                String text = headerText(cell);
                if (text.isEmpty()) continue;
                for (Column c : columns) {
                    if (!Headers.matches(text, c.zh(), c.en())) continue;
                    Integer first = index.get(c.field());
                    if (first != null) {
                        problems.error(new CellRef(name, 0, cell.getColumnIndex()), "header " + c.label()
                                + " repeats the column at " + new CellRef(name, 0, first) + "; keep only one");
                        complete = false;
                    } else {
                        index.put(c.field(), cell.getColumnIndex());
                    }
                    break;
                }
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

    public static String headerText(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> CellValue.plain(cell.getNumericCellValue());
            case FORMULA -> cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
            default -> "";
        };
    }

    /** Whether every required column was found once. */
    public boolean complete() {
        return complete;
    }

    public boolean hasColumn(String field) {
        return index.containsKey(field);
    }

    public String sheetName() {
        return sheet.getSheetName();
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
    public Iterable<RowReader> rows(FormulaEvaluator evaluator, Problems problems) {
        return rows(evaluator, problems, java.util.Set.of());
    }

    /**
     * The rows, as {@link #rows(FormulaEvaluator, Problems)}, except that the required fields in
     * {@code checkedByCaller} may be empty: whether they must be filled depends on other cells, which
     * the caller checks (an activity row with an emission given directly has no factor ID).
     */
    Iterable<RowReader> rows(FormulaEvaluator evaluator, Problems problems, java.util.Set<String> checkedByCaller) {
        List<Integer> numbers = new ArrayList<>();
        List<Map<String, CellValue>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) continue;
            Map<String, CellValue> values = new LinkedHashMap<>();
            boolean blank = true;
            for (var e : index.entrySet()) {
                CellValue v = CellValue.of(row.getCell(e.getValue()), evaluator);
                values.put(e.getKey(), v);
                blank &= v.isBlank();
            }
            if (blank) continue;
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

    /**
     * For an empty cell inside a merged range (Excel keeps a merged range's value in its first cell only,
     * though every cell of it shows that value): why the cell the user sees filled is empty; else "".
     */
    static String merged(Sheet sheet, int row, int column) {
        for (org.apache.poi.ss.util.CellRangeAddress m : sheet.getMergedRegions()) {
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
