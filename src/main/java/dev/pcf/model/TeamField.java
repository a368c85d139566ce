package dev.pcf.model;

/** The columns of the 评价组 Team sheet, in the template's order: {@link TeamMember}. */
public enum TeamField implements SheetField {
    NAME("name", "姓名", "Name", "", true, FieldKind.TEXT),
    ROLE("role", "角色", "Role", "", false, FieldKind.CHOICE),
    CERTIFICATE("certificate", "证书编号", "Certificate No.", "", false, FieldKind.TEXT),
    ORGANISATION("organisation", "工作单位", "Organisation", "", false, FieldKind.TEXT);

    private final Def def;

    TeamField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
        this.def = new Def(key, zh, en, unit, required, kind);
    }

    @Override
    public Def def() {
        return def;
    }
}
