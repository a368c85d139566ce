package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.model.RowCells;

import java.util.Map;

/** One record row of a {@link Table}: typed access by field name, remembering whether the row had errors. */
public final class RowReader {
    private final Table table;
    private final int row;
    private final Map<String, CellValue> values;
    private final Problems problems;
    private final int errorsBefore;

    RowReader(Table table, int row, Map<String, CellValue> values, Problems problems) {
        this.table = table;
        this.row = row;
        this.values = values;
        this.problems = problems;
        this.errorsBefore = problems.errorCount();
    }

    /** Whether any error was reported for this row. */
    public boolean failed() {
        return problems.errorCount() > errorsBefore;
    }

    public int row() {
        return row;
    }

    RowCells cells() {
        return new RowCells(table.sheetName(), row, table.index());
    }

    /** The field's cell; the whole row when the sheet has no such column (see {@link RowCells#cell}). */
    public CellRef ref(String field) {
        Integer c = table.index().get(field);
        return c == null ? CellRef.wholeRow(table.sheetName(), row) : new CellRef(table.sheetName(), row, c);
    }

    public boolean hasColumn(String field) {
        return table.hasColumn(field);
    }

    CellValue value(String field) {
        return values.getOrDefault(field, CellValue.BLANK);
    }

    public boolean blank(String field) {
        return value(field).isBlank();
    }

    public String label(String field) {
        return table.column(field).label();
    }

    public void error(String field, String message) {
        problems.error(ref(field), message);
    }

    public void warning(String field, String message) {
        problems.warning(ref(field), message);
    }

    /** Text, "" when blank. */
    public String text(String field) {
        String t = Values.text(ref(field), label(field), value(field), problems);
        return t == null ? "" : t;
    }

    /** Text or null when blank. */
    public String optText(String field) {
        String t = text(field);
        return t.isEmpty() ? null : t;
    }

    public Double number(String field) {
        return Values.plainNumber(ref(field), label(field), value(field), problems);
    }

    Values.Number rawNumber(String field) {
        return Values.number(ref(field), label(field), value(field), problems);
    }

    Double percent(String field) {
        return Values.percent(ref(field), label(field), value(field), problems);
    }

    Long integer(String field) {
        return Values.integer(ref(field), label(field), value(field), problems);
    }

    public <T> T choice(String field, Vocabulary<T> vocabulary) {
        return Values.choice(ref(field), label(field), value(field), vocabulary, problems);
    }
}
