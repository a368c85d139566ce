package dev.pcf.model;

/** The columns of the 活动数据 Activity sheet, in the template's order: {@link Activity}; its uncertainty columns are {@link UncertaintyField}. */
public enum ActivityField implements SheetField {
    STAGE("stage", "阶段代码", "Stage code", "", true, FieldKind.CHOICE),
    ITEM_ZH("itemZh", "项目（中文）", "Item (Chinese)", "", true, FieldKind.TEXT),
    ITEM_EN("itemEn", "项目（英文）", "Item (English)", "", false, FieldKind.TEXT),
    AMOUNT("amount", "数量", "Amount", "", true, FieldKind.NUMBER),
    UNIT("unit", "单位", "Unit", "", true, FieldKind.CHOICE),
    BASIS("basis", "数量基准", "Basis", "", false, FieldKind.CHOICE),
    ALLOCATION("allocation", "分配系数", "Allocation factor", "", false, FieldKind.FRACTION),
    FACTOR_ID("factorId", "因子编号", "Factor ID", "", true, FieldKind.CHOICE),
    DATA_TYPE("dataType", "数据类型", "Data type", "", false, FieldKind.CHOICE),
    DATA_SOURCE("dataSource", "数据来源", "Data source", "", false, FieldKind.TEXT),
    NOTES("notes", "备注", "Notes", "", false, FieldKind.TEXT);

    private final Def def;

    ActivityField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
        this.def = new Def(key, zh, en, unit, required, kind);
    }

    @Override
    public Def def() {
        return def;
    }
}
