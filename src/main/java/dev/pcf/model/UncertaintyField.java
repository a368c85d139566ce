package dev.pcf.model;

/** The columns of the 排放因子 Factors and 活动数据 Activity sheet, in the template's order: their {@link UncertaintyInput}: the uncertainty columns both sheets share. */
public enum UncertaintyField implements SheetField {
    DISTRIBUTION("distribution", "不确定性分布", "Distribution", "", false, FieldKind.CHOICE),
    PERCENT("percent", "不确定度", "Uncertainty", "(±%)", false, FieldKind.PERCENT),
    GSD2("gsd2", "几何标准差平方", "GSD²", "", false, FieldKind.NUMBER),
    MIN("min", "最小值", "Min", "", false, FieldKind.NUMBER),
    MODE("mode", "最可能值", "Mode", "", false, FieldKind.NUMBER),
    MAX("max", "最大值", "Max", "", false, FieldKind.NUMBER),
    RELIABILITY("reliability", "可靠性", "Reliability", "", false, FieldKind.CHOICE),
    COMPLETENESS("completeness", "完整性", "Completeness", "", false, FieldKind.CHOICE),
    TEMPORAL("temporal", "时间相关性", "Temporal", "", false, FieldKind.CHOICE),
    GEOGRAPHICAL("geographical", "地理相关性", "Geographical", "", false, FieldKind.CHOICE),
    TECHNOLOGICAL("technological", "技术相关性", "Technological", "", false, FieldKind.CHOICE);

    private final Def def;

    UncertaintyField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
        this.def = new Def(key, zh, en, unit, required, kind);
    }

    @Override
    public Def def() {
        return def;
    }
}
