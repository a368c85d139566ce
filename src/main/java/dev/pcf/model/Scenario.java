package dev.pcf.model;

import java.util.List;
import java.util.Locale;

/**
 * One scenario of the 情景 Scenarios sheet: an alternative choice of method or data, applied to
 * the base workbook (workbook-contract.md v1.1). Rows sharing an ID form one scenario.
 *
 * @param id      the scenario ID, e.g. {@code S1}
 * @param name    the name from the scenario's first row that has one (may be empty)
 * @param changes   the changes, in sheet order (at least one)
 * @param nameCells the row the name was read from, or null (no name, or not read from a sheet)
 */
public record Scenario(String id, Text name, List<Change> changes, RowCells nameCells) {
    public static final String ID = ScenarioField.ID.key();
    public static final String NAME_ZH = ScenarioField.NAME_ZH.key();
    public static final String NAME_EN = ScenarioField.NAME_EN.key();
    public static final String CHANGE = ScenarioField.CHANGE.key();
    public static final String TARGET = ScenarioField.TARGET.key();
    public static final String VALUE = ScenarioField.VALUE.key();
    public static final String RATIONALE = ScenarioField.RATIONALE.key();

    public Scenario {
        changes = List.copyOf(changes);
    }

    /** A scenario whose name's row is not known. */
    public Scenario(String id, Text name, List<Change> changes) {
        this(id, name, changes, null);
    }

    /** The rationales of the changes that give one, joined by a space. */
    public String rationale() {
        return String.join(" ", changes.stream().map(Change::rationale).filter(r -> !r.isEmpty()).toList());
    }

    /** What a change does (the contract's change kinds). */
    public enum Kind {
        /** Every line using the target factor uses the factor named by the value instead. */
        FACTOR("factor", "替换因子"),
        /** The target factor's value is replaced (its unit stays). */
        FACTOR_VALUE("factor-value", "因子数值"),
        /** The target Activity row's amount is replaced (its unit and basis stay). */
        AMOUNT("amount", "数量"),
        /** The target Activity row's amount, or the target factor's value, is multiplied by the value. */
        SCALE("scale", "比例"),
        /** The target Activity row's allocation factor is replaced (0–1). */
        ALLOCATION("allocation", "分配系数"),
        /** The target Activity row is left out. */
        EXCLUDE("exclude", "排除"),
        /** Every gas is characterised with the GWP set named by the value. */
        GWP("gwp", "GWP 版本");

        private final String code;
        private final String zh;

        Kind(String code, String zh) {
            this.code = code;
            this.zh = zh;
        }

        /** The contract's word, e.g. {@code factor-value}. */
        public String code() {
            return code;
        }

        /** The Chinese word, e.g. {@code 因子数值}. */
        public String zh() {
            return zh;
        }

        /** The kind a word names (the code or the Chinese word, any case), or null. */
        public static Kind parse(String word) {
            String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
            for (Kind k : values()) {
                if (k.code.equals(w) || k.zh.toLowerCase(Locale.ROOT).equals(w)) return k;
            }
            return null;
        }
    }

    /**
     * One row of the sheet, checked.
     *
     * @param kind      what the change does
     * @param activity  the target Activity row (amount, scale of an activity, allocation, exclude), else null
     * @param factor    the target factor (factor, factor-value, scale of a factor), else null
     * @param number    the new number or the multiplier (factor-value, amount, scale, allocation), else NaN
     * @param other     the replacement factor ({@code factor}), else null
     * @param gwpSet    the GWP set ({@code gwp}), else null
     * @param rationale why the alternative is plausible (may be empty)
     * @param cells     where the row was read
     */
    public record Change(Kind kind, Activity activity, Factor factor, double number, Factor other, GwpSet gwpSet,
                         String rationale, RowCells cells) {
        public Change {
            rationale = rationale == null ? "" : rationale.strip();
        }

        /** What is changed, as printed: {@code EF-ELEC-CN-2024}, {@code '活动数据 Activity'!A7} or empty. */
        public String targetText() {
            if (factor != null) return factor.id();
            if (activity != null) return "row " + (activity.cells().row() + 1);
            return "";
        }

        /** The new value as printed: a factor ID, a number, a GWP set or empty. */
        public String valueText() {
            if (other != null) return other.id();
            if (gwpSet != null) return gwpSet.name();
            return Double.isNaN(number) ? "" : Numbers.plain(number);
        }
    }
}
