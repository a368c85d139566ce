package dev.pcf.model;

/** The columns of the 情景 Scenarios sheet, in the template's order: {@link Scenario} (workbook-contract v1.1). */
public enum ScenarioField implements SheetField {
    ID("id", "情景编号", "Scenario ID", "", true, FieldKind.TEXT),
    NAME_ZH("nameZh", "情景名称（中文）", "Scenario name (Chinese)", "", false, FieldKind.TEXT),
    NAME_EN("nameEn", "情景名称（英文）", "Scenario name (English)", "", false, FieldKind.TEXT),
    CHANGE("change", "变更类型", "Change", "", true, FieldKind.CHOICE),
    TARGET("target", "变更对象", "Target", "", false, FieldKind.TEXT),
    VALUE("value", "值", "Value", "", false, FieldKind.TEXT),
    RATIONALE("rationale", "说明", "Rationale", "", false, FieldKind.LONG_TEXT);

    private final Def def;

    ScenarioField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
        this.def = new Def(key, zh, en, unit, required, kind);
    }

    @Override
    public Def def() {
        return def;
    }
}
