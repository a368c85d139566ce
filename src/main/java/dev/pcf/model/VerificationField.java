package dev.pcf.model;

/** The fields of the 核查信息 Verification sheet of the verification workbook, in the template's order: {@link Verification}. */
public enum VerificationField implements SheetField {
    BODY("body", "核查机构", "Verification body", "", true, FieldKind.TEXT),
    STATEMENT_NO("statementNo", "核查声明编号", "Statement No.", "", true, FieldKind.TEXT),
    CRITERIA("criteria", "核查依据", "Criteria", "", false, FieldKind.TEXT),
    ASSURANCE("assurance", "保证等级", "Level of assurance", "", true, FieldKind.CHOICE),
    MATERIALITY("materiality", "实质性阈值", "Materiality", "(%)", false, FieldKind.PERCENT),
    ACTIVITIES("activities", "核查活动（中文）", "Verification activities (Chinese)", "", false, FieldKind.LONG_TEXT),
    ACTIVITIES_EN("activitiesEn", "核查活动（英文）", "Verification activities (English)", "", false, FieldKind.LONG_TEXT),
    SITE_VISIT("siteVisit", "现场核查日期", "Site visit date", "", false, FieldKind.DATE),
    CONCLUSION("conclusion", "核查结论", "Conclusion", "", true, FieldKind.CHOICE),
    CONCLUSION_TEXT("conclusionText", "结论说明（中文）", "Conclusion text (Chinese)", "", false, FieldKind.LONG_TEXT),
    CONCLUSION_TEXT_EN("conclusionTextEn", "结论说明（英文）", "Conclusion text (English)", "", false, FieldKind.LONG_TEXT),
    REPORTED_TOTAL("reportedTotal", "企业报告值", "Reported total", "(kgCO2e)", false, FieldKind.NUMBER),
    STATEMENT_DATE("statementDate", "声明日期", "Statement date", "", true, FieldKind.DATE);

    private final Def def;

    VerificationField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
        this.def = new Def(key, zh, en, unit, required, kind);
    }

    @Override
    public Def def() {
        return def;
    }
}
