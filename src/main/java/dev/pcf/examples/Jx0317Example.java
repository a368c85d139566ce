package dev.pcf.examples;

import dev.pcf.model.Activity;
import dev.pcf.model.PictureKind;
import dev.pcf.model.Stage;
import dev.pcf.model.TeamMember;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.time.LocalDate;
import java.util.List;

import static dev.pcf.examples.ExampleFiller.row;

/**
 * Example {@code JX0317-D30}: the reference report's centralised DTU (杭州聚昕科技有限公司,
 * report T410267-3), filled in as the company would. Expected results, worked by hand, are in
 * {@code src/test/resources/dev/pcf/examples/JX0317-D30.expected.md}: 113.38583 kgCO2e per unit.
 */
final class Jx0317Example {
    private Jx0317Example() {}

    static final String NAME = "JX0317-D30";

    static XSSFWorkbook build() {
        ExampleFiller f = new ExampleFiller();
        report(f);
        stages(f);
        activities(f);
        f.team(row(TeamMember.NAME, "李少娟", TeamMember.ROLE, "组长 Team leader",
                TeamMember.CERTIFICATE, "2024-CCAA-GHG1-1251115", TeamMember.ORGANISATION, "三信国际检测认证有限公司"));
        f.team(row(TeamMember.NAME, "孙芳芳", TeamMember.ROLE, "组员 Member",
                TeamMember.CERTIFICATE, "2025-CCAA-GHG1-2270116", TeamMember.ORGANISATION, "三信国际检测认证有限公司"));
        f.team(row(TeamMember.NAME, "李培华", TeamMember.ROLE, "组员 Member",
                TeamMember.CERTIFICATE, "2026-CCAA-GHG1-1499700", TeamMember.ORGANISATION, "三信国际检测认证有限公司"));
        improvements(f);
        f.picture(PictureKind.PRODUCT_PHOTO, ExamplePictures.dtuCabinet(
                new ExamplePictures.Label("集中式 DTU JX0317-D30（示意图）", "Centralised DTU JX0317-D30 (sketch)")));
        f.picture(PictureKind.PLANT_LAYOUT, ExamplePictures.plantLayout(
                new ExamplePictures.Label("厂区布局（示意图）", "Plant layout (sketch)"),
                List.of(new ExamplePictures.Label("原料仓库", "Material store"),
                        new ExamplePictures.Label("装配车间", "Assembly shop"),
                        new ExamplePictures.Label("调试老化区", "Test, burn-in"),
                        new ExamplePictures.Label("成品仓库", "Finished goods"),
                        new ExamplePictures.Label("办公楼", "Offices"),
                        new ExamplePictures.Label("配电房", "Switch room"))));
        f.picture(PictureKind.PROCESS_FLOW, ExamplePictures.flowChart(
                new ExamplePictures.Label("JX0317-D30 产品工艺流程", "JX0317-D30 process flow"),
                List.of(new ExamplePictures.Label("原辅料采购", "Purchasing"),
                        new ExamplePictures.Label("来料检验", "Incoming QC"),
                        new ExamplePictures.Label("部件装配", "Sub-assembly"),
                        new ExamplePictures.Label("整机组装", "Final assembly"),
                        new ExamplePictures.Label("调试老化", "Test, burn-in"),
                        new ExamplePictures.Label("出厂检验", "Final QC"),
                        new ExamplePictures.Label("包装入库", "Pack, store"),
                        new ExamplePictures.Label("成品运输", "Delivery"))));
        return f.wb;
    }

    private static void report(ExampleFiller f) {
        f.report("reportNo", "T410267-3")
                .report("issueDate", LocalDate.of(2026, 5, 26))
                .report("language", "zh+en")
                .report("verificationBody", "三信国际检测认证有限公司")
                .report("verificationBodyEn", "Sanxin International Testing and Certification Co., Ltd.")
                .report("productName", "集中式 DTU")
                .report("productNameEn", "Centralised DTU (distribution terminal unit)")
                .report("model", "JX0317-D30")
                .report("manufacturer", "杭州聚昕科技有限公司")
                .report("manufacturerEn", "Hangzhou Juxin Technology Co., Ltd.")
                .report("address", "浙江省杭州市余杭区闲林街嘉企路8号2幢2楼201室；江西省南昌市南昌县武阳镇武阳创业园雪芹路1666号")
                .report("addressEn", "Room 201, 2F, Building 2, No. 8 Jiaqi Road, Xianlin Street, Yuhang District, Hangzhou, Zhejiang; "
                        + "No. 1666 Xueqin Road, Wuyang Entrepreneurship Park, Wuyang Town, Nanchang County, Nanchang, Jiangxi")
                .report("legalRepresentative", "马翠戴")
                .report("contactPerson", "袁称长")
                .report("contactPhone", "13367098854")
                .report("companyProfile", JxTexts.PROFILE_ZH)
                .report("companyProfileEn", JxTexts.PROFILE_EN)
                .report("productFunction", JxTexts.FUNCTION_ZH)
                .report("productFunctionEn", JxTexts.FUNCTION_EN)
                .report("processDescription", JxTexts.PROCESS_ZH)
                .report("processDescriptionEn", JxTexts.PROCESS_EN)
                .report("standard", "GB/T 24067-2024 / ISO 14067:2018")
                .report("functionalUnit", "1 台集中式 DTU JX0317-D30")
                .report("functionalUnitEn", "1 centralised DTU JX0317-D30")
                .report("boundary", "cradle-to-grave")
                .report("periodStart", LocalDate.of(2025, 1, 1))
                .report("periodEnd", LocalDate.of(2025, 12, 31))
                .report("annualProduction", 7500)
                .report("productionRegion", "CN-ZJ")
                .report("packagingIncluded", "否 no")
                .report("decimals", 4)
                .report("gwpSet", "AR6")
                .report("purpose", JxTexts.PURPOSE_ZH)
                .report("purposeEn", JxTexts.PURPOSE_EN)
                .report("cutOffRule", JxTexts.CUTOFF_ZH)
                .report("cutOffRuleEn", JxTexts.CUTOFF_EN)
                .report("allocationRule", JxTexts.ALLOCATION_ZH)
                .report("allocationRuleEn", JxTexts.ALLOCATION_EN)
                .report("assumptions", JxTexts.ASSUMPTIONS_ZH)
                .report("assumptionsEn", JxTexts.ASSUMPTIONS_EN)
                .report("seed", 20260526);
    }

    private static void stages(ExampleFiller f) {
        f.stages(List.of(
                stage("RAW", "原材料获取", "Raw material acquisition", true,
                        "原料1站所终端本体、原料2电源模块、原料3外护层等获取", "Acquisition of raw material 1 (station terminal body), 2 (power module), 3 (outer casing) etc.",
                        "包装材料获取", "Acquisition of packaging materials"),
                stage("RAW_TRANSPORT", "原材料运输", "Raw material transport", true,
                        "原料1站所终端本体、原料2电源模块、原料3外护层等运输", "Transport of raw materials 1, 2, 3 etc.",
                        "包装材料运输", "Transport of packaging materials"),
                stage("PRODUCTION", "产品生产", "Production", true, "厂区内生产阶段", "Production on site", "/", "/"),
                stage("DISTRIBUTION", "成品运输", "Distribution", true, "柴油运输", "Diesel road transport", "/", "/"),
                stage("USE", "产品使用", "Use", false, "",  "",
                        "产品使用阶段：参考报告的系统边界不含使用阶段（运行电耗未核算）",
                        "Use stage: the reference report's boundary has no use stage (operating electricity not assessed)"),
                stage("EOL", "产品处置", "End of life", true, "废旧电子电器产品等的处置", "Disposal of waste electrical and electronic products etc.", "/", "/")));
    }

    static java.util.Map<String, Object> stage(String code, String zh, String en, boolean included,
                                               String inZh, String inEn, String exZh, String exEn) {
        return row(Stage.CODE, code, Stage.NAME_ZH, zh, Stage.NAME_EN, en, Stage.INCLUDED, included ? "是 yes" : "否 no",
                Stage.INCLUDED_PROCESSES, inZh, Stage.INCLUDED_PROCESSES_EN, inEn,
                Stage.EXCLUDED_PROCESSES, exZh, Stage.EXCLUDED_PROCESSES_EN, exEn);
    }

    private static void activities(ExampleFiller f) {
        f.activity(row(Activity.STAGE, "RAW", Activity.ITEM_ZH, "电力", Activity.ITEM_EN, "Electricity",
                Activity.AMOUNT, 174.9425, Activity.UNIT, "kWh", Activity.BASIS, "unit", Activity.FACTOR_ID, "EF-ELEC-CN-2024",
                Activity.DATA_TYPE, "primary", Activity.DATA_SOURCE, "供应商电表读数（按产量分摊） Supplier meter readings, allocated by output",
                Activity.RELIABILITY, 2, Activity.COMPLETENESS, 2, Activity.TEMPORAL, 1, Activity.GEOGRAPHICAL, 1, Activity.TECHNOLOGICAL, 2,
                Activity.NOTES, "原材料获取阶段以原材料生产耗电表示。 Raw-material acquisition is represented by the electricity used to make the materials."));
        f.activity(row(Activity.STAGE, "RAW_TRANSPORT", Activity.ITEM_ZH, "柴油", Activity.ITEM_EN, "Diesel",
                Activity.AMOUNT, 0.09703, Activity.UNIT, "kg", Activity.FACTOR_ID, "EF-DIESEL-CN",
                Activity.DATA_TYPE, "secondary", Activity.DATA_SOURCE, "按运距和车型估算 Estimated from distance and vehicle type",
                Activity.RELIABILITY, 3, Activity.COMPLETENESS, 3, Activity.TEMPORAL, 1, Activity.GEOGRAPHICAL, 2, Activity.TECHNOLOGICAL, 3,
                Activity.NOTES, "参考报告活动数据栏印修约值 0.0970 kg；本表用未修约的 0.09703 kg，得出报告所印的 0.3004 kgCO2e。 "
                        + "The reference report prints the rounded 0.0970 kg; the unrounded 0.09703 kg gives its printed 0.3004 kgCO2e."));
        f.activity(row(Activity.STAGE, "PRODUCTION", Activity.ITEM_ZH, "电力", Activity.ITEM_EN, "Electricity",
                Activity.AMOUNT, 13.8912, Activity.UNIT, "kWh", Activity.FACTOR_ID, "EF-ELEC-CN-2024",
                Activity.DATA_TYPE, "primary", Activity.DATA_SOURCE, "电表读数（按产量分摊） Meter readings, allocated by output",
                Activity.DISTRIBUTION, "normal", Activity.PERCENT, 2,
                Activity.NOTES, JxTexts.ROUNDING_NOTE_PRODUCTION));
        f.activity(row(Activity.STAGE, "DISTRIBUTION", Activity.ITEM_ZH, "柴油", Activity.ITEM_EN, "Diesel",
                Activity.AMOUNT, 0.7370, Activity.UNIT, "kg", Activity.FACTOR_ID, "EF-DIESEL-CN",
                Activity.DATA_TYPE, "primary", Activity.DATA_SOURCE, "运输油耗台账 Fuel ledger of the deliveries",
                Activity.DISTRIBUTION, "normal", Activity.PERCENT, 5,
                Activity.NOTES, JxTexts.ROUNDING_NOTE_DISTRIBUTION));
        f.activity(row(Activity.STAGE, "EOL", Activity.ITEM_ZH, "电力", Activity.ITEM_EN, "Electricity",
                Activity.AMOUNT, 2.5000, Activity.UNIT, "kWh", Activity.FACTOR_ID, "EF-ELEC-CN-2024",
                Activity.DATA_TYPE, "secondary", Activity.DATA_SOURCE, "拆解处置耗电估算 Estimated dismantling electricity",
                Activity.RELIABILITY, 4, Activity.COMPLETENESS, 3, Activity.TEMPORAL, 2, Activity.GEOGRAPHICAL, 2, Activity.TECHNOLOGICAL, 3));
        f.activity(row(Activity.STAGE, "EOL", Activity.ITEM_ZH, "天然气", Activity.ITEM_EN, "Natural gas",
                Activity.AMOUNT, 0.1250, Activity.UNIT, "m3", Activity.FACTOR_ID, "EF-NG-CN",
                Activity.DATA_TYPE, "secondary", Activity.DATA_SOURCE, "处置过程燃气消耗估算 Estimated gas use of the disposal process",
                Activity.DISTRIBUTION, "lognormal", Activity.PERCENT, 20));
    }

    private static void improvements(ExampleFiller f) {
        for (int i = 0; i < JxTexts.IMPROVEMENTS_ZH.size(); i++) {
            f.improvement(JxTexts.IMPROVEMENTS_ZH.get(i), JxTexts.IMPROVEMENTS_EN.get(i));
        }
    }
}
