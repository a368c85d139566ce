package dev.pcf.model;

/** The columns of the 生命周期阶段 Stages sheet, in the template's order: {@link Stage}. */
public enum StageField implements SheetField {
    CODE("code", "阶段代码", "Stage code", "", true, FieldKind.TEXT),
    NAME_ZH("nameZh", "阶段名称（中文）", "Stage (Chinese)", "", true, FieldKind.TEXT),
    NAME_EN("nameEn", "阶段名称（英文）", "Stage (English)", "", false, FieldKind.TEXT),
    INCLUDED("included", "是否包含", "Included", "", false, FieldKind.CHOICE),
    INCLUDED_PROCESSES("includedProcesses", "包含的过程", "Included processes", "", false, FieldKind.TEXT),
    INCLUDED_PROCESSES_EN("includedProcessesEn", "包含的过程（英文）", "Included processes (English)", "", false, FieldKind.TEXT),
    EXCLUDED_PROCESSES("excludedProcesses", "未包含的过程", "Excluded processes", "", false, FieldKind.TEXT),
    EXCLUDED_PROCESSES_EN("excludedProcessesEn", "未包含的过程（英文）", "Excluded processes (English)", "", false, FieldKind.TEXT);

    private final Def def;

    StageField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
        this.def = new Def(key, zh, en, unit, required, kind);
    }

    @Override
    public Def def() {
        return def;
    }
}
