package dev.pcf.model;

/**
 * A column of a data sheet, or a field row of the Report sheet, of the standard workbook: its key
 * in the model, its bilingual name as the template prints it and the kind of value it holds. One
 * enum per sheet implements it, so every stage names a field the same way (messages use
 * {@link #label()}), and {@code dev.pcf.workbook.Schema} builds the workbook layout from them.
 */
public sealed interface SheetField
        permits StageField, FactorField, ActivityField, UncertaintyField, TeamField, ImprovementField, ReportField {

    /**
     * What each enum constant carries.
     *
     * @param key      the field's key in {@link RowCells} and {@link ReportInfo#cell}, e.g. {@code amount}
     * @param zh       the Chinese name, e.g. {@code 数量}
     * @param en       the English name, e.g. {@code Amount}
     * @param unit     a bracketed unit printed after the names and ignored when matching, e.g. {@code (±%)}, or empty
     * @param required whether a non-blank row (or the Report sheet) must fill it (★ in the template)
     * @param kind     what it holds
     */
    record Def(String key, String zh, String en, String unit, boolean required, FieldKind kind) {}

    /** The field's definition. */
    Def def();

    /** The field's key in {@link RowCells} and {@link ReportInfo#cell}, e.g. {@code amount}. */
    default String key() {
        return def().key();
    }

    /** The Chinese name, e.g. {@code 数量}. */
    default String zh() {
        return def().zh();
    }

    /** The English name, e.g. {@code Amount}. */
    default String en() {
        return def().en();
    }

    /** A bracketed unit printed after the names and ignored when matching, e.g. {@code (±%)}, or empty. */
    default String unit() {
        return def().unit();
    }

    /** Whether a non-blank row (or the Report sheet) must fill it (★ in the template). */
    default boolean required() {
        return def().required();
    }

    /** What it holds. */
    default FieldKind kind() {
        return def().kind();
    }

    /** Chinese and English name for messages: {@code 数量 Amount}. */
    default String label() {
        return zh() + " " + en();
    }

    /** The header the template writes: {@code 数量 Amount} or {@code 不确定度(±%) Uncertainty (±%)}. */
    default String header() {
        return unit().isEmpty() ? label() : zh() + unit() + " " + en() + " " + unit();
    }
}
