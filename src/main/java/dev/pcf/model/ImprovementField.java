package dev.pcf.model;

/** The columns of the 改进建议 Improvements sheet, in the template's order: {@link Improvement}. */
public enum ImprovementField implements SheetField {
    ZH("zh", "建议（中文）", "Suggestion (Chinese)", "", false, FieldKind.LONG_TEXT),
    EN("en", "建议（英文）", "Suggestion (English)", "", false, FieldKind.LONG_TEXT);

    private final String key;
    private final String zh;
    private final String en;
    private final String unit;
    private final boolean required;
    private final FieldKind kind;

    ImprovementField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
        this.key = key;
        this.zh = zh;
        this.en = en;
        this.unit = unit;
        this.required = required;
        this.kind = kind;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }
}
