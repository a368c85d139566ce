package dev.pcf.reader;

import dev.pcf.model.Activity;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Factor;
import dev.pcf.model.GwpSet;
import dev.pcf.model.Numbers;
import dev.pcf.model.RowCells;
import dev.pcf.model.Scenario;
import dev.pcf.model.Scenario.Change;
import dev.pcf.model.Scenario.Kind;
import dev.pcf.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the optional 情景 Scenarios sheet against the factors and activity lines already read:
 * each row's change kind, target and value are checked like any other input, and a problem names
 * the row's own cell. Whether a replacement factor's unit fits the lines that use the target is
 * the calculation's check (done on the workbook with the scenario applied).
 */
final class ScenarioSheet {
    private ScenarioSheet() {}

    static List<Scenario> read(Table table, Problems problems,
                               FactorSheet.Result factors, List<Activity> activities) {
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        Map<String, Text> names = new LinkedHashMap<>();
        Map<String, RowCells> nameRows = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (RowReader row : table.rows(problems)) {
            String id = row.text(Scenario.ID);
            Text name = Text.of(row.text(Scenario.NAME_ZH), row.text(Scenario.NAME_EN));
            String kindText = row.text(Scenario.CHANGE);
            String rationale = row.text(Scenario.RATIONALE);
            Kind kind = parseKind(kindText);
            if (kind == null && !kindText.isEmpty()) {
                row.error(Scenario.CHANGE, row.label(Scenario.CHANGE) + " must be one of factor (替换因子), factor-value "
                        + "(因子数值), amount (数量), scale (比例), allocation (分配系数), exclude (排除), gwp (GWP 版本), found \""
                        + kindText + "\"");
            }
            Change change = kind == null ? null : change(row, kind, rationale, factors, activities);
            if (row.failed() || change == null || id.isEmpty()) continue;
            String key = id.toUpperCase(Locale.ROOT);
            ids.putIfAbsent(key, id);
            changes.computeIfAbsent(key, k -> new ArrayList<>()).add(change);
            if (!name.isEmpty() && names.putIfAbsent(key, name) == null) nameRows.put(key, change.cells());
        }
        List<Scenario> out = new ArrayList<>();
        changes.forEach((key, list) -> out.add(new Scenario(ids.get(key), names.getOrDefault(key, Text.EMPTY), list,
                nameRows.get(key))));
        return out;
    }

    /** The kind a cell names: the code, the Chinese word, or the template's {@code code 中文} form. */
    static Kind parseKind(String text) {
        Kind whole = Kind.parse(text);
        if (whole != null) return whole;
        int sp = text.strip().indexOf(' ');
        return sp < 0 ? null : Kind.parse(text.strip().substring(0, sp));
    }

    private static Change change(RowReader row, Kind kind, String rationale, FactorSheet.Result factors,
                                 List<Activity> activities) {
        String target = row.text(Scenario.TARGET);
        Activity activity = null;
        Factor factor = null;
        switch (kind) {
            case FACTOR, FACTOR_VALUE -> factor = factorTarget(row, target, factors, true);
            case AMOUNT, ALLOCATION, EXCLUDE -> activity = activityTarget(row, target, activities, true);
            case SCALE -> {
                factor = factorTarget(row, target, factors, false);
                if (factor == null) activity = activityTarget(row, target, activities, false);
                if (factor == null && activity == null && !target.isEmpty()) {
                    row.error(Scenario.TARGET, row.label(Scenario.TARGET) + " of scale must be a Factor ID from the "
                            + "Factors sheet or an Activity sheet row number, found \"" + target + "\"");
                }
                if (target.isEmpty()) missing(row, Scenario.TARGET, "an Activity sheet row number or a Factor ID");
            }
            case GWP -> { }
        }
        double number = Double.NaN;
        Factor other = null;
        GwpSet gwp = null;
        switch (kind) {
            case FACTOR -> {
                String v = row.text(Scenario.VALUE);
                if (v.isEmpty()) missing(row, Scenario.VALUE, "the Factor ID to use instead");
                else {
                    other = factors.byId().get(v.toUpperCase(Locale.ROOT));
                    if (other == null) row.error(Scenario.VALUE, row.label(Scenario.VALUE)
                            + " must be a Factor ID from the Factors sheet, found \"" + v + "\"");
                }
            }
            case FACTOR_VALUE -> number = checked(row, factor != null && factor.origin() == CarbonOrigin.BIOGENIC_REMOVAL
                    ? Range.NON_POSITIVE : Range.NON_NEGATIVE, "the factor's new value");
            case AMOUNT -> number = checked(row, Range.NON_NEGATIVE, "the new amount");
            case SCALE -> number = checked(row, Range.NON_NEGATIVE, "the multiplier");
            case ALLOCATION -> number = checked(row, Range.SHARE, "the new allocation factor, 0–1");
            case EXCLUDE -> { }
            case GWP -> {
                String v = row.text(Scenario.VALUE);
                gwp = v.isEmpty() ? null : Vocabulary.GWP.lookup(v);
                if (gwp == null) {
                    row.error(Scenario.VALUE, row.label(Scenario.VALUE) + " of gwp must be AR4, AR5 or AR6, found "
                            + (v.isEmpty() ? "an empty cell" : "\"" + v + "\""));
                }
            }
        }
        return new Change(kind, activity, factor, number, other, gwp, rationale, row.cells());
    }

    private enum Range { NON_NEGATIVE, NON_POSITIVE, SHARE }

    private static double checked(RowReader row, Range range, String expected) {
        if (row.blank(Scenario.VALUE)) {
            missing(row, Scenario.VALUE, expected);
            return Double.NaN;
        }
        Double v = row.number(Scenario.VALUE);
        if (v == null) return Double.NaN;
        boolean ok = switch (range) {
            case NON_NEGATIVE -> v >= 0;
            case NON_POSITIVE -> v <= 0;
            case SHARE -> v >= 0 && v <= 1;
        };
        if (!ok) {
            row.error(Scenario.VALUE, row.label(Scenario.VALUE) + " must be " + switch (range) {
                case NON_NEGATIVE -> "≥ 0";
                case NON_POSITIVE -> "≤ 0 (the target is a biogenic removal)";
                case SHARE -> "between 0 and 1";
            } + ", found " + Numbers.plain(v));
        }
        return v;
    }

    private static void missing(RowReader row, String field, String expected) {
        row.error(field, row.label(field) + " is required: " + expected + ", found an empty cell");
    }

    private static Factor factorTarget(RowReader row, String target, FactorSheet.Result factors, boolean required) {
        if (target.isEmpty()) {
            if (required) missing(row, Scenario.TARGET, "a Factor ID from the Factors sheet");
            return null;
        }
        Factor f = factors.byId().get(target.toUpperCase(Locale.ROOT));
        if (f == null && required) {
            row.error(Scenario.TARGET, row.label(Scenario.TARGET) + " must be a Factor ID from the Factors sheet, found \""
                    + target + "\"");
        }
        return f;
    }

    private static Activity activityTarget(RowReader row, String target, List<Activity> activities, boolean required) {
        if (target.isEmpty()) {
            if (required) missing(row, Scenario.TARGET, "an Activity sheet row number, e.g. 7");
            return null;
        }
        Values.Number n = Values.parse(target);
        if (n == null || n.percent() || n.value() != Math.rint(n.value()) || n.value() < 2) {
            if (required) row.error(Scenario.TARGET, row.label(Scenario.TARGET)
                    + " must be an Activity sheet row number (2 or more), found \"" + target + "\"");
            return null;
        }
        int excelRow = (int) n.value();
        for (Activity a : activities) {
            if (a.cells().row() + 1 == excelRow) return a;
        }
        row.error(Scenario.TARGET, row.label(Scenario.TARGET) + ": row " + excelRow
                + " of the Activity sheet has no activity line");
        return null;
    }
}
