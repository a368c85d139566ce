package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.workbook.Schema;
import dev.pcf.workbook.Schema.Column;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet of one field per row: the label in the column headed {@code 字段 Field} (column A when
 * there is none), the value in the column headed {@code 值 Value}. Labels are matched by their
 * Chinese or English text; every problem is reported at its cell. The Report sheet of the company's
 * workbook and the Verification sheet of the verifier's are read with it.
 */
public final class FieldSheet {
    private final String name;
    private final List<Column> fields;
    private final Problems problems;
    private final Map<String, CellValue> values = new HashMap<>();
    private final Map<String, CellRef> cells = new LinkedHashMap<>();

    private FieldSheet(String name, List<Column> fields, Problems problems) {
        this.name = name;
        this.fields = fields;
        this.problems = problems;
    }

    /**
     * Reads the sheet's labels and value cells; the values are checked when asked for.
     *
     * @param fields the fields the sheet may hold, matched by their Chinese or English label
     * @return the sheet, or null (and an error) when it has no 值 Value column
     */
    public static FieldSheet read(Page sheet, List<Column> fields, Problems problems) {
        FieldSheet f = new FieldSheet(sheet.name(), fields, problems);
        return f.collect(sheet) ? f : null;
    }

    private boolean collect(Page sheet) {
        int labelCol = -1;
        int valueCol = -1;
        for (int c : sheet.columns(0)) {
            String t = sheet.headerText(0, c);
            if (labelCol < 0 && Headers.matches(t, Schema.FIELD_LABEL.zh(), Schema.FIELD_LABEL.en())) labelCol = c;
            if (valueCol < 0 && Headers.matches(t, Schema.FIELD_VALUE.zh(), Schema.FIELD_VALUE.en())) valueCol = c;
        }
        if (valueCol < 0) {
            problems.error(null, CellRef.quoteSheet(name) + " header row 1: required column "
                    + Schema.FIELD_VALUE.label() + " not found");
            return false;
        }
        if (labelCol < 0) labelCol = 0;
        Map<String, CellRef> labels = new HashMap<>();
        for (int r = 1; r <= sheet.lastRow(); r++) {
            if (!sheet.hasCell(r, labelCol)) continue;
            String label = sheet.headerText(r, labelCol);
            for (Column f : fields) {
                if (!Headers.matches(label, f.zh(), f.en())) continue;
                CellRef at = new CellRef(name, r, labelCol);
                CellRef first = labels.putIfAbsent(f.field(), at);
                if (first != null) {
                    problems.error(at, "field " + f.label() + " repeats the field at " + first + "; keep only one");
                } else {
                    values.put(f.field(), sheet.value(r, valueCol));
                    cells.put(f.field(), new CellRef(name, r, valueCol));
                }
                break;
            }
        }
        return true;
    }

    /** Where each field's value was read, in row order. */
    public Map<String, CellRef> cells() {
        return cells;
    }

    /** Where the field's value was read; null when the field's row is missing. */
    public CellRef cell(String field) {
        return cells.get(field);
    }

    /** Whether the field's value cell is blank or missing (nothing reported). */
    public boolean isBlank(String field) {
        return values.getOrDefault(field, CellValue.BLANK).isBlank();
    }

    /** The field's label for messages: {@code 核查结论 Conclusion}. */
    public String label(String field) {
        return field(field).label();
    }

    private Column field(String field) {
        for (Column c : fields) if (c.field().equals(field)) return c;
        throw new IllegalArgumentException(field);
    }

    /** The raw value; a required field that is missing or empty is reported. */
    private CellValue value(String field) {
        CellValue v = values.getOrDefault(field, CellValue.BLANK);
        Column c = field(field);
        if (c.required() && v.isBlank()) {
            CellRef at = cells.get(field);
            if (at == null) {
                problems.error(null, CellRef.quoteSheet(name) + ": required field " + c.label() + " not found in the "
                        + Schema.FIELD_LABEL.label() + " column");
            } else {
                problems.error(at, c.label() + " is required but empty");
            }
        }
        return v;
    }

    /** The field's text, "" when empty; a required field that is empty is reported. */
    public String text(String field) {
        String t = Values.text(cells.get(field), field(field).label(), value(field), problems);
        return t == null ? "" : t;
    }

    /** The field's number, null when empty or not a number (reported). */
    public Double number(String field) {
        return Values.plainNumber(cells.get(field), field(field).label(), value(field), problems);
    }

    /** The field in percent (12.5 for 12.5, "12.5%" or a cell showing 12.5 %), null when empty or invalid (reported). */
    public Double percent(String field) {
        return Values.percent(cells.get(field), field(field).label(), value(field), problems);
    }

    /** The field's whole number, null when empty or invalid (reported). */
    public Long integer(String field) {
        return Values.integer(cells.get(field), field(field).label(), value(field), problems);
    }

    /** The field's date, null when empty or invalid (reported). */
    public LocalDate date(String field) {
        return Values.date(cells.get(field), field(field).label(), value(field), problems);
    }

    /** The field's choice in the vocabulary, null when empty or not one of its words (reported). */
    public <T> T choice(String field, Vocabulary<T> vocabulary) {
        return Values.choice(cells.get(field), field(field).label(), value(field), vocabulary, problems);
    }

    /** The field's label for messages, with its cell: {@code 核查结论 Conclusion ('核查信息 Verification'!B10)}. */
    public String labelAt(String field) {
        CellRef at = cells.get(field);
        return field(field).label() + (at == null ? "" : " (" + at + ")");
    }
}
