package dev.pcf.verification;

import dev.pcf.model.CellRef;
import dev.pcf.reader.CellValue;
import dev.pcf.reader.Headers;
import dev.pcf.reader.Problems;
import dev.pcf.workbook.Schema;
import dev.pcf.workbook.Schema.Column;
import dev.pcf.reader.Table;
import dev.pcf.reader.Values;
import dev.pcf.reader.Vocabulary;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet of one field per row: the label in the column headed {@code 字段 Field} (column A when
 * there is none), the value in the column headed {@code 值 Value}. Labels are matched by their
 * Chinese or English text; every problem is reported at its cell.
 */
final class FieldSheet {
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

    /** Reads the sheet; null (and an error) when it has no 值 Value column. */
    static FieldSheet read(Sheet sheet, List<Column> fields, FormulaEvaluator evaluator, Problems problems) {
        FieldSheet f = new FieldSheet(sheet.getSheetName(), fields, problems);
        return f.collect(sheet, evaluator) ? f : null;
    }

    private boolean collect(Sheet sheet, FormulaEvaluator evaluator) {
        int labelCol = -1;
        int valueCol = -1;
        Row header = sheet.getRow(0);
        if (header != null) {
            for (Cell c : header) {
                String t = Table.headerText(c);
                if (labelCol < 0 && Headers.matches(t, Schema.FIELD_LABEL.zh(), Schema.FIELD_LABEL.en())) labelCol = c.getColumnIndex();
                if (valueCol < 0 && Headers.matches(t, Schema.FIELD_VALUE.zh(), Schema.FIELD_VALUE.en())) valueCol = c.getColumnIndex();
            }
        }
        if (valueCol < 0) {
            problems.error(null, CellRef.quoteSheet(name) + " header row 1: required column "
                    + Schema.FIELD_VALUE.label() + " not found");
            return false;
        }
        if (labelCol < 0) labelCol = 0;
        Map<String, CellRef> labels = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(labelCol) == null) continue;
            String label = Table.headerText(row.getCell(labelCol));
            for (Column f : fields) {
                if (!Headers.matches(label, f.zh(), f.en())) continue;
                CellRef at = new CellRef(name, r, labelCol);
                CellRef first = labels.putIfAbsent(f.field(), at);
                if (first != null) {
                    problems.error(at, "field " + f.label() + " repeats the field at " + first + "; keep only one");
                } else {
                    values.put(f.field(), CellValue.of(row.getCell(valueCol), evaluator));
                    cells.put(f.field(), new CellRef(name, r, valueCol));
                }
                break;
            }
        }
        return true;
    }

    /** Where each field's value was read. */
    Map<String, CellRef> cells() {
        return cells;
    }

    CellRef cell(String field) {
        return cells.get(field);
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

    String text(String field) {
        String t = Values.text(cells.get(field), field(field).label(), value(field), problems);
        return t == null ? "" : t;
    }

    Double number(String field) {
        return Values.plainNumber(cells.get(field), field(field).label(), value(field), problems);
    }

    Double percent(String field) {
        return Values.percent(cells.get(field), field(field).label(), value(field), problems);
    }

    LocalDate date(String field) {
        return Values.date(cells.get(field), field(field).label(), value(field), problems);
    }

    <T> T choice(String field, Vocabulary<T> vocabulary) {
        return Values.choice(cells.get(field), field(field).label(), value(field), vocabulary, problems);
    }

    /** The field's label for messages, with its cell: {@code 核查结论 Conclusion ('核查信息 Verification'!B10)}. */
    String labelAt(String field) {
        CellRef at = cells.get(field);
        return field(field).label() + (at == null ? "" : " (" + at + ")");
    }
}
