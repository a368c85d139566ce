package dev.pcf.model;

/** The columns of the 改进建议 Improvements sheet, in the template's order: {@link Improvement}. */
public enum ImprovementField implements SheetField {
    ZH("zh", "建议（中文）", "Suggestion (Chinese)", "", false, FieldKind.LONG_TEXT),
    EN("en", "建议（英文）", "Suggestion (English)", "", false, FieldKind.LONG_TEXT);

    private final Def def;

    ImprovementField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
        this.def = new Def(key, zh, en, unit, required, kind);
    }

    @Override
    public Def def() {
        return def;
    }
}
