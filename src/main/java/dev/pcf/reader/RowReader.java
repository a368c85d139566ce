package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.model.RowCells;

import java.util.Map;

/** One record row of a {@link Table}: typed access by field name, remembering whether the row had errors. */
final class RowReader {
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
    boolean failed() {
        return problems.errorCount() > errorsBefore;
    }

    int row() {
        return row;
    }

    RowCells cells() {
        return new RowCells(table.sheetName(), row, table.index());
    }

    /** The field's cell; the whole row when the sheet has no such column (see {@link RowCells#cell}). */
    CellRef ref(String field) {
        Integer c = table.index().get(field);
        return c == null ? CellRef.wholeRow(table.sheetName(), row) : new CellRef(table.sheetName(), row, c);
    }

    boolean hasColumn(String field) {
        return table.hasColumn(field);
    }

    CellValue value(String field) {
        return values.getOrDefault(field, CellValue.BLANK);
    }

    boolean blank(String field) {
        return value(field).isBlank();
    }

    String label(String field) {
        return table.column(field).label();
    }

    void error(String field, String message) {
        problems.error(ref(field), message);
    }

    void warning(String field, String message) {
        problems.warning(ref(field), message);
    }

    /** Text, "" when blank. */
    String text(String field) {
        String t = Values.text(ref(field), label(field), value(field), problems);
        return t == null ? "" : t;
    }

    /** Text or null when blank. */
    String optText(String field) {
        String t = text(field);
        return t.isEmpty() ? null : t;
    }

    Double number(String field) {
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

    <T> T choice(String field, Vocabulary<T> vocabulary) {
        return Values.choice(ref(field), label(field), value(field), vocabulary, problems);
    }
}
