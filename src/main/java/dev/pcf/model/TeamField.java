package dev.pcf.model;

/** The columns of the 评价组 Team sheet, in the template's order: {@link TeamMember}. */
public enum TeamField implements SheetField {
    NAME("name", "姓名", "Name", "", true, FieldKind.TEXT),
    ROLE("role", "角色", "Role", "", false, FieldKind.CHOICE),
    CERTIFICATE("certificate", "证书编号", "Certificate No.", "", false, FieldKind.TEXT),
    ORGANISATION("organisation", "工作单位", "Organisation", "", false, FieldKind.TEXT);

    private final String key;
    private final String zh;
    private final String en;
    private final String unit;
    private final boolean required;
    private final FieldKind kind;

    TeamField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
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
