package dev.pcf.workbook;

import dev.pcf.model.ActivityField;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.DistributionType;
import dev.pcf.model.FactorField;
import dev.pcf.model.FieldKind;
import dev.pcf.model.ImprovementField;
import dev.pcf.model.ReportField;
import dev.pcf.model.SheetField;
import dev.pcf.model.StageField;
import dev.pcf.model.SystemBoundary;
import dev.pcf.model.TeamField;
import dev.pcf.model.UncertaintyField;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The standard workbook of {@code workbook-contract.md} v1, as data: its sheets, columns and
 * Report fields, built from the field enums of {@code dev.pcf.model} (one per sheet: name, ★ and
 * kind of value) with the help text and dropdown lists the template adds. The template writer and
 * the reader both work from this one definition, so what the template offers is exactly what the
 * reader accepts.
 */
public final class Schema {
    private Schema() {}

    /** A sheet, found by either its Chinese or its English name. */
    public record SheetDef(String zh, String en, boolean required) {
        /** The name the template gives the sheet: {@code 活动数据 Activity}. */
        public String title() {
            return zh + " " + en;
        }
    }

    /**
     * A column of a data sheet (or a field row of the Report sheet).
     *
     * @param field    the field name in the model record ({@link dev.pcf.model.SheetField#key()}, e.g. {@code amount})
     * @param zh       Chinese name, e.g. {@code 数量}
     * @param en       English name, e.g. {@code Amount}
     * @param unit     a bracketed unit printed after the names and ignored when matching, e.g. {@code (±%)}, or empty
     * @param required whether a non-blank row must fill it (★)
     * @param kind     what it holds
     * @param choices  the dropdown values for {@link FieldKind#CHOICE} (empty for a list built elsewhere)
     * @param helpZh   help shown as the header's comment, Chinese
     * @param helpEn   help shown as the header's comment, English
     */
    public record Column(String field, String zh, String en, String unit, boolean required, FieldKind kind,
                         List<String> choices, String helpZh, String helpEn) {
        public Column {
            choices = List.copyOf(choices);
        }

        /** The header the template writes: {@code 数量 Amount} or {@code 不确定度(±%) Uncertainty (±%)}. */
        public String header() {
            return unit.isEmpty() ? zh + " " + en : zh + unit + " " + en + " " + unit;
        }

        /** Chinese and English name for messages: {@code 数量 Amount}. */
        public String label() {
            return zh + " " + en;
        }
    }

    public static final SheetDef GUIDE = new SheetDef("说明", "Guide", false);
    public static final SheetDef REPORT = new SheetDef("报告信息", "Report", true);
    public static final SheetDef STAGES = new SheetDef("生命周期阶段", "Stages", true);
    public static final SheetDef FACTORS = new SheetDef("排放因子", "Factors", true);
    public static final SheetDef ACTIVITY = new SheetDef("活动数据", "Activity", true);
    public static final SheetDef TEAM = new SheetDef("评价组", "Team", false);
    public static final SheetDef IMPROVEMENTS = new SheetDef("改进建议", "Improvements", false);
    public static final SheetDef IMAGES = new SheetDef("图片", "Images", false);

    /** Sheets in the template's order. */
    public static final List<SheetDef> SHEETS = List.of(GUIDE, REPORT, STAGES, FACTORS, ACTIVITY, TEAM, IMPROVEMENTS, IMAGES);

    // Choice lists (the words the reader accepts; it also accepts the Chinese synonyms listed in the
    // reader's Vocabulary). Lists of a model enum are that enum's codes, in its order.
    public static final List<String> YES_NO = List.of("是 yes", "否 no");
    public static final List<String> BASES = List.of("unit", "annual");
    public static final List<String> DATA_TYPES = List.of("primary", "secondary");
    public static final List<String> DISTRIBUTIONS = codes(DistributionType.values(), DistributionType::code);
    public static final List<String> ORIGINS = codes(CarbonOrigin.values(), CarbonOrigin::code);
    public static final List<String> SCORES = List.of("1", "2", "3", "4", "5");
    public static final List<String> ACTIVITY_UNITS = List.of("kWh", "MWh", "MJ", "GJ", "TJ", "kg", "t", "g", "m3", "Nm3",
            "L", "t·km", "kg·km", "km", "pcs", "unit", "千瓦时", "千克", "吨", "立方米", "吨公里", "个", "件", "台", "套");
    public static final List<String> FACTOR_UNITS = List.of("kgCO2e/kWh", "kgCO2e/kg", "kgCO2e/t", "kgCO2e/t·km",
            "kgCO2e/m3", "kgCO2e/pcs", "kgCO2/kWh", "kgCO2/MJ", "tCO2/TJ", "kgCO2/kg", "kgCO2/m3", "kgCH4/kg",
            "kgN2O/kg", "kgCH4/TJ", "kgN2O/TJ", "kg/kg");
    public static final List<String> GASES = List.of("CO2e", "CO2", "CH4", "CH4-fossil", "CH4-biogenic", "N2O", "SF6",
            "NF3", "HFC-134a", "HFC-32", "HFC-125", "HFC-23", "CF4", "C2F6");
    public static final List<String> ROLES = List.of("编制 Author", "组长 Team leader", "组员 Member", "审核 Reviewer");
    public static final List<String> BOUNDARIES = codes(SystemBoundary.values(), SystemBoundary::code);
    public static final List<String> LANGUAGES = List.of("zh+en", "zh", "en");
    public static final List<String> GWP_SETS = List.of("AR6", "AR5", "AR4");
    public static final List<String> NCV_UNITS = List.of("MJ/kg", "GJ/t", "MJ/m3", "GJ/10^4Nm3", "TJ/Gg", "MJ/L");

    private static Column col(SheetField f, String helpZh, String helpEn) {
        return new Column(f.key(), f.zh(), f.en(), f.unit(), f.required(), f.kind(), List.of(), helpZh, helpEn);
    }

    private static Column choice(SheetField f, List<String> choices, String helpZh, String helpEn) {
        return new Column(f.key(), f.zh(), f.en(), f.unit(), f.required(), f.kind(), choices, helpZh, helpEn);
    }

    /** A column of the Report sheet's own header row (not a field). */
    private static Column raw(String field, String zh, String en, boolean req, FieldKind kind, String helpZh, String helpEn) {
        return new Column(field, zh, en, "", req, kind, List.of(), helpZh, helpEn);
    }

    /** Columns of the 生命周期阶段 Stages sheet. */
    public static final List<Column> STAGE_COLUMNS = List.of(
            col(StageField.CODE, "活动数据表引用的代码，如 RAW、PRODUCTION；可自定义新代码。",
                    "Code referenced from Activity, e.g. RAW, PRODUCTION; you may add your own."),
            col(StageField.NAME_ZH, "报告中显示的阶段中文名称。", "Stage name in Chinese as printed in the report."),
            col(StageField.NAME_EN, "阶段英文名称；英文或中英文报告需要。", "Stage name in English; needed for en and zh+en reports."),
            choice(StageField.INCLUDED, YES_NO, "该阶段是否在系统边界内（是/否，默认是）。不包含的阶段不能有活动数据。",
                    "Whether the stage is inside the system boundary (yes/no, default yes). An excluded stage may not have activity rows."),
            col(StageField.INCLUDED_PROCESSES, "该阶段包含的过程（中文），印在系统边界表中。", "Processes included in the stage (Chinese), printed in the boundary table."),
            col(StageField.INCLUDED_PROCESSES_EN, "包含的过程（英文）。", "Processes included, in English."),
            col(StageField.EXCLUDED_PROCESSES, "该阶段未包含的过程（中文），如包装材料。", "Processes excluded from the stage (Chinese), e.g. packaging."),
            col(StageField.EXCLUDED_PROCESSES_EN, "未包含的过程（英文）。", "Processes excluded, in English."));

    /** Uncertainty columns shared by Activity and Factors. */
    public static final List<Column> UNCERTAINTY_COLUMNS = List.of(
            choice(UncertaintyField.DISTRIBUTION, DISTRIBUTIONS, "none/normal/lognormal/triangular/uniform；留空则按谱系评分，或按数据类型取默认值。",
                    "none/normal/lognormal/triangular/uniform; empty = from the pedigree scores, or a default by data type."),
            col(UncertaintyField.PERCENT, "95% 区间半宽，相对于数值的百分比：5 或 5% 均表示 ±5%（normal、lognormal）。",
                    "Half-width of the 95 % interval relative to the value, in percent: 5 or 5% mean ±5 % (normal, lognormal)."),
            col(UncertaintyField.GSD2, "对数正态分布的几何标准差平方（>1），可替代 ±%。", "Squared geometric standard deviation (> 1) of a lognormal, instead of ±%."),
            col(UncertaintyField.MIN, "三角分布、均匀分布的下限（与数值同单位）。", "Lower bound for triangular and uniform, in the row's unit."),
            col(UncertaintyField.MODE, "三角分布的最可能值，默认等于数值。", "Most likely value for triangular; defaults to the value."),
            col(UncertaintyField.MAX, "三角分布、均匀分布的上限（与数值同单位）。", "Upper bound for triangular and uniform, in the row's unit."),
            choice(UncertaintyField.RELIABILITY, SCORES, "谱系评分 1–5：1 为经核实的实测数据，5 为未经核实的估计。", "Pedigree score 1–5: 1 verified measured data, 5 non-qualified estimate."),
            choice(UncertaintyField.COMPLETENESS, SCORES, "谱系评分 1–5：1 为充分代表全部相关场所和时段。", "Pedigree score 1–5: 1 representative data from all relevant sites over an adequate period."),
            choice(UncertaintyField.TEMPORAL, SCORES, "谱系评分 1–5：1 为与研究年份相差不足 3 年。", "Pedigree score 1–5: 1 less than 3 years from the year of study."),
            choice(UncertaintyField.GEOGRAPHICAL, SCORES, "谱系评分 1–5：1 为研究区域的数据。", "Pedigree score 1–5: 1 data from the area under study."),
            choice(UncertaintyField.TECHNOLOGICAL, SCORES, "谱系评分 1–5：1 为所研究企业、过程和材料的数据。", "Pedigree score 1–5: 1 data from enterprises, processes and materials under study."));

    /** Columns of the 排放因子 Factors sheet. */
    public static final List<Column> FACTOR_COLUMNS = concat(List.of(
            col(FactorField.ID, "唯一编号，活动数据表通过它引用本因子。", "Unique key; Activity rows reference the factor by it."),
            col(FactorField.NAME_ZH, "因子中文名称。", "Factor name in Chinese."),
            col(FactorField.NAME_EN, "因子英文名称。", "Factor name in English."),
            col(FactorField.VALUE, "排放因子数值；给出单位热值含碳量和碳氧化率时可留空（按 CC×OF×44/12 计算）。",
                    "The factor; may be empty when carbon content and oxidation rate are given (CC × OF × 44/12)."),
            choice(FactorField.UNIT, FACTOR_UNITS, "<气体质量>/<基准单位>，如 kgCO2e/kWh、tCO2/TJ、kgCH4/kg、kgCO2e/t·km。",
                    "<mass of gas>/<reference unit>, e.g. kgCO2e/kWh, tCO2/TJ, kgCH4/kg, kgCO2e/t·km."),
            choice(FactorField.GAS, GASES, "CO2e（已特征化）、CO2、CH4、N2O、SF6、HFC 等；留空则取自单位。",
                    "CO2e (already characterised), CO2, CH4, N2O, SF6, an HFC…; empty = taken from the unit."),
            choice(FactorField.ORIGIN, ORIGINS, "fossil（默认）、biogenic、biogenic-removal、dLUC、aircraft；按 ISO 14067 分别报告。",
                    "fossil (default), biogenic, biogenic-removal, dLUC, aircraft; reported separately per ISO 14067."),
            col(FactorField.NCV, "低位发热量；活动数据为质量或体积而因子按能量计时使用。",
                    "Net calorific value; used when the activity is a mass or volume and the factor is per energy."),
            choice(FactorField.NCV_UNIT, NCV_UNITS, "如 MJ/kg、GJ/t、MJ/m3、GJ/10^4Nm3。", "e.g. MJ/kg, GJ/t, MJ/m3, GJ/10^4Nm3."),
            col(FactorField.CARBON_CONTENT, "单位热值含碳量，tC/TJ；与碳氧化率一起得出 CO2 因子 = CC×OF×44/12。",
                    "Carbon content per unit heat, tC/TJ; with the oxidation rate gives the CO2 factor CC × OF × 44/12."),
            col(FactorField.OXIDATION_RATE, "碳氧化率，小数（0.98）或百分比（98%）。", "Oxidation rate, a fraction (0.98) or percent (98%)."),
            col(FactorField.SOURCE, "出处，印在报告中。", "Citation printed in the report."),
            col(FactorField.YEAR, "数据年份。", "Year of the data.")),
            UNCERTAINTY_COLUMNS,
            List.of(col(FactorField.NOTES, "备注。", "Notes.")));

    /** Columns of the 活动数据 Activity sheet. */
    public static final List<Column> ACTIVITY_COLUMNS = concat(List.of(
            col(ActivityField.STAGE, "生命周期阶段表中的代码。", "A code from the Stages sheet."),
            col(ActivityField.ITEM_ZH, "如 电力、柴油运输。", "e.g. 电力, 柴油运输 (in Chinese)."),
            col(ActivityField.ITEM_EN, "项目英文名称。", "Item in English, e.g. Electricity."),
            col(ActivityField.AMOUNT, "活动量，≥0；可为数字、公式或数字文本。", "The amount, ≥ 0: a number, a formula or a number as text."),
            choice(ActivityField.UNIT, ACTIVITY_UNITS, "kWh、MWh、MJ、GJ、kg、t、m3、Nm3、L、t·km、km、pcs；也接受 千瓦时/度、千克/公斤、吨、立方米/方、吨公里、个/件/台/套。",
                    "kWh, MWh, MJ, GJ, kg, t, m3, Nm3, L, t·km, km, pcs; Chinese units 千瓦时/度, 千克/公斤, 吨, 立方米/方, 吨公里, 个/件/台/套 accepted."),
            choice(ActivityField.BASIS, BASES, "unit：每功能单位（默认）；annual：核算期总量，除以年产量。",
                    "unit: per functional unit (default); annual: a total for the reference period, divided by the annual production."),
            col(ActivityField.ALLOCATION, "共用总量中属于本产品的份额，0–1，默认 1。", "Share of a shared total that belongs to this product, 0–1, default 1."),
            col(ActivityField.FACTOR_ID, "排放因子表中的因子编号。", "A Factor ID from the Factors sheet."),
            choice(ActivityField.DATA_TYPE, DATA_TYPES, "primary（初级数据，实测）或 secondary（次级数据）。", "primary (measured) or secondary data."),
            col(ActivityField.DATA_SOURCE, "如 电表读数、财务台账。", "e.g. meter readings, financial ledger.")),
            UNCERTAINTY_COLUMNS,
            List.of(col(ActivityField.NOTES, "备注。", "Notes.")));

    /** Columns of the 评价组 Team sheet. */
    public static final List<Column> TEAM_COLUMNS = List.of(
            col(TeamField.NAME, "评价组成员姓名。", "Team member's name."),
            choice(TeamField.ROLE, ROLES, "编制、组长、组员或审核。", "Author, Team leader, Member or Reviewer."),
            col(TeamField.CERTIFICATE, "如 CCAA 温室气体核查员证书号。", "e.g. the CCAA GHG verifier certificate number."),
            col(TeamField.ORGANISATION, "工作单位。", "Employer."));

    /** Columns of the 改进建议 Improvements sheet. */
    public static final List<Column> IMPROVEMENT_COLUMNS = List.of(
            col(ImprovementField.ZH, "企业自己的改进建议（中文），印在工具生成的建议之后。", "The company's own suggestion in Chinese, printed after the derived ones."),
            col(ImprovementField.EN, "改进建议（英文）。", "The suggestion in English."));

    /** Columns of the 报告信息 Report sheet. */
    public static final Column FIELD_LABEL = raw("label", "字段", "Field", true, FieldKind.TEXT, "字段名称，请勿修改。", "Field name; do not change it.");
    public static final Column FIELD_VALUE = raw("value", "值", "Value", false, FieldKind.TEXT, "在此列填写。", "Fill in this column.");
    public static final Column FIELD_NOTE = raw("note", "说明", "Note", false, FieldKind.TEXT, "填写说明。", "How to fill in the field.");

    /**
     * Field rows of the Report sheet, in template order. Each label is matched like a header;
     * {@link Column#field()} is the {@link dev.pcf.model.ReportInfo} component (with an {@code En}
     * suffix for the English version of a bilingual text).
     */
    public static final List<Column> REPORT_FIELDS = List.of(
            col(ReportField.REPORT_NO, "如 T410267-3。", "e.g. T410267-3."),
            col(ReportField.ISSUE_DATE, "日期单元格或 yyyy-mm-dd 文本。", "A date cell or yyyy-mm-dd text."),
            choice(ReportField.LANGUAGE, LANGUAGES, "zh、en 或 zh+en（默认）。", "zh, en or zh+en (default)."),
            col(ReportField.VERIFICATION_BODY, "出具报告的机构名称。", "Name of the body issuing the report."),
            col(ReportField.VERIFICATION_BODY_EN, "机构英文名称。", "Name of the body in English."),
            col(ReportField.PRODUCT_NAME, "产品中文名称。", "Product name in Chinese."),
            col(ReportField.PRODUCT_NAME_EN, "英文或中英文报告需要。", "Needed for en and zh+en reports."),
            col(ReportField.MODEL, "产品规格型号。", "Product model."),
            col(ReportField.MANUFACTURER, "生产者中文名称。", "Manufacturer's name in Chinese."),
            col(ReportField.MANUFACTURER_EN, "生产者英文名称。", "Manufacturer's name in English."),
            col(ReportField.ADDRESS, "生产者地址。", "Manufacturer's address."),
            col(ReportField.ADDRESS_EN, "地址英文。", "Address in English."),
            col(ReportField.LEGAL_REPRESENTATIVE, "法定代表人。", "Legal representative."),
            col(ReportField.CONTACT_PERSON, "授权人（联系人）。", "Authorised contact person."),
            col(ReportField.CONTACT_PHONE, "联系电话。", "Contact phone."),
            col(ReportField.COMPANY_PROFILE, "企业介绍（长文本）。", "Company profile (long text)."),
            col(ReportField.COMPANY_PROFILE_EN, "企业介绍英文。", "Company profile in English."),
            col(ReportField.PRODUCT_FUNCTION, "产品功能（长文本）。", "Product function (long text)."),
            col(ReportField.PRODUCT_FUNCTION_EN, "产品功能英文。", "Product function in English."),
            col(ReportField.PROCESS_DESCRIPTION, "工艺流程说明（长文本）。", "Process description (long text)."),
            col(ReportField.PROCESS_DESCRIPTION_EN, "工艺流程英文。", "Process description in English."),
            col(ReportField.STANDARD, "默认 GB/T 24067-2024 / ISO 14067:2018。", "Default GB/T 24067-2024 / ISO 14067:2018."),
            col(ReportField.FUNCTIONAL_UNIT, "如 1 台集中式 DTU JX0317-D30。", "e.g. 1 台集中式 DTU JX0317-D30."),
            col(ReportField.FUNCTIONAL_UNIT_EN, "功能单位英文。", "Functional unit in English."),
            choice(ReportField.BOUNDARY, BOUNDARIES, "cradle-to-grave 摇篮到坟墓、cradle-to-gate 摇篮到大门、gate-to-gate 大门到大门。",
                    "cradle-to-grave, cradle-to-gate or gate-to-gate (摇篮到坟墓 / 摇篮到大门 / 大门到大门)."),
            col(ReportField.PERIOD_START, "核算期开始日期。", "Start of the reference period."),
            col(ReportField.PERIOD_END, "核算期结束日期。", "End of the reference period."),
            col(ReportField.ANNUAL_PRODUCTION, "核算期内生产的功能单位数；有 annual 基准的活动数据时必填。",
                    "Functional units produced in the reference period; required when any activity row uses basis annual."),
            col(ReportField.PRODUCT_MASS_KG, "每功能单位产品质量 kg，不含包装。", "kg per functional unit, excluding packaging."),
            col(ReportField.PRODUCTION_REGION, "ISO 3166-2 代码，如 CN-ZJ 或 CN。", "ISO 3166-2 code, e.g. CN-ZJ (or CN)."),
            choice(ReportField.PACKAGING_INCLUDED, YES_NO, "是/否。", "yes/no."),
            col(ReportField.PCR, "所遵循的产品类别规则（如有）。", "Product category rules followed, if any."),
            col(ReportField.DECIMALS, "报告中 kgCO2e 数值的小数位，默认 4。", "Decimals for kgCO2e figures in the report, default 4."),
            choice(ReportField.GWP_SET, GWP_SETS, "AR6（默认）、AR5 或 AR4 的 GWP-100 值。", "AR6 (default), AR5 or AR4 IPCC GWP-100 values."),
            col(ReportField.PURPOSE, "留空则使用标准文本。", "Empty: a standard text is used."),
            col(ReportField.PURPOSE_EN, "评价目的英文。", "Purpose in English."),
            col(ReportField.CUT_OFF_RULE, "留空则使用标准文本。", "Empty: a standard text is used."),
            col(ReportField.CUT_OFF_RULE_EN, "取舍准则英文。", "Cut-off rule in English."),
            col(ReportField.ALLOCATION_RULE, "留空则使用标准文本。", "Empty: a standard text is used."),
            col(ReportField.ALLOCATION_RULE_EN, "分配原则英文。", "Allocation in English."),
            col(ReportField.ASSUMPTIONS, "相关假设和限制。", "Assumptions and limitations."),
            col(ReportField.ASSUMPTIONS_EN, "假设和限制英文。", "Assumptions and limitations in English."),
            col(ReportField.MC_ITERATIONS, "正整数；留空则自适应（JCGM 101 §7.9）。", "Positive integer; empty = adaptive (JCGM 101 §7.9)."),
            col(ReportField.SEED, "整数；留空使用固定默认值，保证报告可复现。",
                    "Integer; empty = a fixed default that keeps reports reproducible."));

    private static <E extends Enum<E>> List<String> codes(E[] values, Function<E, String> code) {
        return java.util.Arrays.stream(values).map(code).toList();
    }

    @SafeVarargs
    private static List<Column> concat(List<Column>... parts) {
        List<Column> all = new ArrayList<>();
        for (List<Column> p : parts) all.addAll(p);
        return List.copyOf(all);
    }
}
