package dev.pcf.model;

/** The columns of the 排放因子 Factors sheet, in the template's order: {@link Factor}; its uncertainty columns are {@link UncertaintyField}. */
public enum FactorField implements SheetField {
    ID("id", "因子编号", "Factor ID", "", true, FieldKind.TEXT),
    NAME_ZH("nameZh", "名称（中文）", "Name (Chinese)", "", true, FieldKind.TEXT),
    NAME_EN("nameEn", "名称（英文）", "Name (English)", "", false, FieldKind.TEXT),
    VALUE("value", "数值", "Value", "", false, FieldKind.NUMBER),
    UNIT("unit", "单位", "Unit", "", true, FieldKind.CHOICE),
    GAS("gas", "温室气体", "Gas", "", false, FieldKind.CHOICE),
    ORIGIN("origin", "碳类型", "Carbon origin", "", false, FieldKind.CHOICE),
    NCV("ncv", "低位发热量", "NCV", "", false, FieldKind.NUMBER),
    NCV_UNIT("ncvUnit", "热值单位", "NCV unit", "", false, FieldKind.CHOICE),
    CARBON_CONTENT("carbonContent", "单位热值含碳量", "Carbon content", "(tC/TJ)", false, FieldKind.NUMBER),
    OXIDATION_RATE("oxidationRate", "碳氧化率", "Oxidation rate", "", false, FieldKind.FRACTION),
    SOURCE("source", "来源", "Source", "", false, FieldKind.TEXT),
    YEAR("year", "年份", "Year", "", false, FieldKind.TEXT),
    NOTES("notes", "备注", "Notes", "", false, FieldKind.TEXT);

    private final Def def;

    FactorField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
        this.def = new Def(key, zh, en, unit, required, kind);
    }

    @Override
    public Def def() {
        return def;
    }
}
