package dev.pcf.model;

import java.util.function.Function;

/**
 * The field rows of the 报告信息 Report sheet, in the template's order: the components of
 * {@link ReportInfo}, a bilingual text as two rows ({@code productName} and {@code productNameEn}).
 */
public enum ReportField implements SheetField {
    REPORT_NO("reportNo", "报告编号", "Report No.", "", true, FieldKind.TEXT, ReportInfo::reportNo),
    ISSUE_DATE("issueDate", "签发日期", "Issue date", "", true, FieldKind.DATE),
    LANGUAGE("language", "报告语言", "Report language", "", false, FieldKind.CHOICE),
    VERIFICATION_BODY("verificationBody", "评价机构", "Verification body", "", true, FieldKind.TEXT, zh(ReportInfo::verificationBody)),
    VERIFICATION_BODY_EN("verificationBodyEn", "评价机构（英文）", "Verification body (English)", "", false, FieldKind.TEXT, en(ReportInfo::verificationBody)),
    PRODUCT_NAME("productName", "产品名称（中文）", "Product name (Chinese)", "", true, FieldKind.TEXT, zh(ReportInfo::productName)),
    PRODUCT_NAME_EN("productNameEn", "产品名称（英文）", "Product name (English)", "", false, FieldKind.TEXT, en(ReportInfo::productName)),
    MODEL("model", "规格型号", "Model", "", true, FieldKind.TEXT, ReportInfo::model),
    MANUFACTURER("manufacturer", "生产者名称（中文）", "Manufacturer (Chinese)", "", true, FieldKind.TEXT, zh(ReportInfo::manufacturer)),
    MANUFACTURER_EN("manufacturerEn", "生产者名称（英文）", "Manufacturer (English)", "", false, FieldKind.TEXT, en(ReportInfo::manufacturer)),
    ADDRESS("address", "地址", "Address", "", false, FieldKind.TEXT, zh(ReportInfo::address)),
    ADDRESS_EN("addressEn", "地址（英文）", "Address (English)", "", false, FieldKind.TEXT, en(ReportInfo::address)),
    LEGAL_REPRESENTATIVE("legalRepresentative", "法定代表人", "Legal representative", "", false, FieldKind.TEXT, ReportInfo::legalRepresentative),
    CONTACT_PERSON("contactPerson", "联系人", "Contact person", "", false, FieldKind.TEXT, ReportInfo::contactPerson),
    CONTACT_PHONE("contactPhone", "联系方式", "Contact phone", "", false, FieldKind.TEXT, ReportInfo::contactPhone),
    COMPANY_PROFILE("companyProfile", "企业概况（中文）", "Company profile (Chinese)", "", false, FieldKind.LONG_TEXT, zh(ReportInfo::companyProfile)),
    COMPANY_PROFILE_EN("companyProfileEn", "企业概况（英文）", "Company profile (English)", "", false, FieldKind.LONG_TEXT, en(ReportInfo::companyProfile)),
    PRODUCT_FUNCTION("productFunction", "产品功能（中文）", "Product function (Chinese)", "", false, FieldKind.LONG_TEXT, zh(ReportInfo::productFunction)),
    PRODUCT_FUNCTION_EN("productFunctionEn", "产品功能（英文）", "Product function (English)", "", false, FieldKind.LONG_TEXT, en(ReportInfo::productFunction)),
    PROCESS_DESCRIPTION("processDescription", "工艺流程（中文）", "Process description (Chinese)", "", false, FieldKind.LONG_TEXT, zh(ReportInfo::processDescription)),
    PROCESS_DESCRIPTION_EN("processDescriptionEn", "工艺流程（英文）", "Process description (English)", "", false, FieldKind.LONG_TEXT, en(ReportInfo::processDescription)),
    STANDARD("standard", "核算依据", "Standard", "", false, FieldKind.TEXT, ReportInfo::standard),
    FUNCTIONAL_UNIT("functionalUnit", "功能单位（中文）", "Functional unit (Chinese)", "", true, FieldKind.TEXT, zh(ReportInfo::functionalUnit)),
    FUNCTIONAL_UNIT_EN("functionalUnitEn", "功能单位（英文）", "Functional unit (English)", "", false, FieldKind.TEXT, en(ReportInfo::functionalUnit)),
    BOUNDARY("boundary", "系统边界", "System boundary", "", true, FieldKind.CHOICE),
    PERIOD_START("periodStart", "数据开始日期", "Reference period start", "", true, FieldKind.DATE),
    PERIOD_END("periodEnd", "数据结束日期", "Reference period end", "", true, FieldKind.DATE),
    ANNUAL_PRODUCTION("annualProduction", "年产量", "Annual production", "", false, FieldKind.NUMBER),
    PRODUCT_MASS_KG("productMassKg", "产品质量", "Product mass", "", false, FieldKind.NUMBER),
    PRODUCTION_REGION("productionRegion", "生产地区", "Production region", "", false, FieldKind.TEXT, ReportInfo::productionRegion),
    PACKAGING_INCLUDED("packagingIncluded", "包装是否包含", "Packaging included", "", false, FieldKind.CHOICE),
    PCR("pcr", "产品类别规则", "PCR", "", false, FieldKind.TEXT, ReportInfo::pcr),
    DECIMALS("decimals", "结果小数位", "Decimals", "", false, FieldKind.INTEGER),
    GWP_SET("gwpSet", "GWP 版本", "GWP set", "", false, FieldKind.CHOICE),
    PURPOSE("purpose", "评价目的", "Purpose of study", "", false, FieldKind.LONG_TEXT, zh(ReportInfo::purpose)),
    PURPOSE_EN("purposeEn", "评价目的（英文）", "Purpose of study (English)", "", false, FieldKind.LONG_TEXT, en(ReportInfo::purpose)),
    CUT_OFF_RULE("cutOffRule", "取舍准则", "Cut-off rule", "", false, FieldKind.LONG_TEXT, zh(ReportInfo::cutOffRule)),
    CUT_OFF_RULE_EN("cutOffRuleEn", "取舍准则（英文）", "Cut-off rule (English)", "", false, FieldKind.LONG_TEXT, en(ReportInfo::cutOffRule)),
    ALLOCATION_RULE("allocationRule", "分配原则", "Allocation", "", false, FieldKind.LONG_TEXT, zh(ReportInfo::allocationRule)),
    ALLOCATION_RULE_EN("allocationRuleEn", "分配原则（英文）", "Allocation (English)", "", false, FieldKind.LONG_TEXT, en(ReportInfo::allocationRule)),
    ASSUMPTIONS("assumptions", "假设和限制", "Assumptions and limitations", "", false, FieldKind.LONG_TEXT, zh(ReportInfo::assumptions)),
    ASSUMPTIONS_EN("assumptionsEn", "假设和限制（英文）", "Assumptions and limitations (English)", "", false, FieldKind.LONG_TEXT, en(ReportInfo::assumptions)),
    MC_ITERATIONS("mcIterations", "蒙特卡洛迭代次数", "Monte Carlo iterations", "", false, FieldKind.INTEGER),
    SEED("seed", "随机种子", "Random seed", "", false, FieldKind.INTEGER);

    private final Def def;
    /** The text the field puts in the report, or null for a field that prints no workbook text. */
    private final Function<ReportInfo, String> printed;

    ReportField(String key, String zh, String en, String unit, boolean required, FieldKind kind, Function<ReportInfo, String> printed) {
        this.def = new Def(key, zh, en, unit, required, kind);
        this.printed = printed;
    }

    @Override
    public Def def() {
        return def;
    }

    ReportField(String key, String zh, String en, String unit, boolean required, FieldKind kind) {
        this(key, zh, en, unit, required, kind, null);
    }

    /**
     * The workbook text this field puts in the report (the English half for an {@code …En} row),
     * or null when it prints none (dates, numbers, codes) or was not given.
     *
     * @param info the workbook's Report sheet
     * @return the text, possibly empty, or null
     */
    public String printedText(ReportInfo info) {
        return printed == null ? null : printed.apply(info);
    }

    private static Function<ReportInfo, String> zh(Function<ReportInfo, Text> text) {
        return i -> text.apply(i) == null ? null : text.apply(i).zh();
    }

    private static Function<ReportInfo, String> en(Function<ReportInfo, Text> text) {
        return i -> text.apply(i) == null ? null : text.apply(i).en();
    }
}
