package dev.pcf.model;

/** The columns of the 核查发现 Findings sheet of the verification workbook: {@link Verification.Finding}. */
public enum FindingField implements SheetField {
    ID("id", "编号", "ID", "", true, FieldKind.TEXT),
    TYPE("type", "类型", "Type", "", true, FieldKind.CHOICE),
    DESCRIPTION("description", "描述（中文）", "Description (Chinese)", "", true, FieldKind.LONG_TEXT),
    DESCRIPTION_EN("descriptionEn", "描述（英文）", "Description (English)", "", false, FieldKind.LONG_TEXT),
    CELL("cell", "涉及单元格", "Cell", "", false, FieldKind.TEXT),
    STATUS("status", "状态", "Status", "", true, FieldKind.CHOICE),
    RESOLUTION("resolution", "关闭说明", "Resolution", "", false, FieldKind.LONG_TEXT);

    private final Def def;

    FindingField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
        this.def = new Def(key, zh, en, unit, required, kind);
    }

    @Override
    public Def def() {
        return def;
    }
}
