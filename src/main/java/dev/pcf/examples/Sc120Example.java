package dev.pcf.examples;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.PictureKind;
import dev.pcf.model.TeamMember;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.pcf.examples.ExampleFiller.row;
import static dev.pcf.examples.Jx0317Example.stage;

/**
 * Example {@code SC-120}: a fictitious small refrigerated display cabinet, exercising what the
 * JX0317-D30 example does not — CH4 and N2O factors (kgCH4/kg, kgCH4/TJ and kgN2O/TJ through the
 * NCV), a refrigerant (HFC-134a), t·km transport, {@code annual} basis with an allocation factor,
 * biogenic CO2 and CH4, a custom stage (PACKAGING), a use stage, Chinese units, and every kind of
 * distribution. Expected results, worked by hand: {@code SC-120.expected.md}.
 */
final class Sc120Example {
    private Sc120Example() {}

    static final String NAME = "SC-120";

    private static final String DEMO = "示例值，仅作演示，非真实数据库数据 / Illustrative value for the example only, not from a database";
    private static final String IPCC_T23 = "IPCC 2006 国家温室气体清单指南 第2卷 第2章 表2.3（制造业和建筑业固定源燃烧） / "
            + "2006 IPCC Guidelines, Vol. 2, Ch. 2, Table 2.3 (stationary combustion, manufacturing industries and construction)";

    static XSSFWorkbook build() {
        ExampleFiller f = new ExampleFiller();
        report(f);
        f.stages(List.of(
                stage("RAW", "原材料获取", "Raw material acquisition", true, "钢板、铜管、聚氨酯发泡料、中空玻璃门", "Steel sheet, copper tube, PU foam, insulating glass door",
                        "电子元件、紧固件（<1%）", "Electronic parts, fasteners (< 1 %)"),
                stage("PACKAGING", "包装材料", "Packaging materials", true, "瓦楞纸箱", "Corrugated carton", "胶带、标签", "Tape, labels"),
                stage("RAW_TRANSPORT", "原材料运输", "Raw material transport", true, "原材料公路运输", "Road freight of raw materials", "/", "/"),
                stage("PRODUCTION", "产品生产", "Production", true, "车间用电、烘干炉天然气、生物质锅炉", "Workshop electricity, drying-oven natural gas, biomass boiler", "办公楼", "Office building"),
                stage("DISTRIBUTION", "成品运输", "Distribution", true, "成品公路运输至经销商", "Road freight to distributors", "零售店内搬运", "Handling in shops"),
                stage("USE", "产品使用", "Use", true, "10 年使用期用电、制冷剂泄漏", "Electricity over 10 years of use, refrigerant leakage", "维修备件", "Spare parts"),
                stage("EOL", "产品处置", "End of life", true, "报废运输、制冷剂回收损失", "Transport to the recycler, refrigerant lost at recovery", "材料回收的抵扣", "Credits for recycled materials")));
        factors(f);
        activities(f);
        f.team(row(TeamMember.NAME, "王示例", TeamMember.ROLE, "编制 Author", TeamMember.CERTIFICATE, "EX-0001", TeamMember.ORGANISATION, "示例认证中心"));
        f.team(row(TeamMember.NAME, "陈演示", TeamMember.ROLE, "审核 Reviewer", TeamMember.CERTIFICATE, "EX-0002", TeamMember.ORGANISATION, "示例认证中心"));
        f.improvement("选用一级能效压缩机和 LED 照明，降低使用阶段电耗（使用阶段约占 92%）。",
                "Fit a grade-1 efficiency compressor and LED lighting to cut use-phase electricity (about 92 % of the total).");
        f.improvement("改用 R290 等低 GWP 制冷剂，并提高报废时的制冷剂回收率。",
                "Switch to a low-GWP refrigerant such as R290 and recover more refrigerant at end of life.");
        f.picture(PictureKind.PRODUCT_PHOTO, ExamplePictures.displayCabinet(
                new ExamplePictures.Label("冷藏展示柜 SC-120（示意图）", "Display cabinet SC-120 (sketch)")));
        f.picture(PictureKind.PROCESS_FLOW, ExamplePictures.flowChart(
                new ExamplePictures.Label("SC-120 产品工艺流程", "SC-120 process flow"),
                List.of(new ExamplePictures.Label("钣金冲压", "Sheet metal"),
                        new ExamplePictures.Label("喷涂烘干", "Paint, dry"),
                        new ExamplePictures.Label("箱体发泡", "PU foaming"),
                        new ExamplePictures.Label("制冷系统", "Refrigeration"),
                        new ExamplePictures.Label("充注检漏", "Charge, leak test"),
                        new ExamplePictures.Label("总装检验", "Assembly, QC"))));
        return f.wb;
    }

    private static void report(ExampleFiller f) {
        f.report("reportNo", "EX-2026-002")
                .report("issueDate", LocalDate.of(2026, 3, 16))
                .report("language", "zh+en")
                .report("verificationBody", "示例认证中心")
                .report("verificationBodyEn", "Example Certification Centre")
                .report("productName", "商用冷藏展示柜")
                .report("productNameEn", "Commercial refrigerated display cabinet")
                .report("model", "SC-120")
                .report("manufacturer", "示例冷链设备有限公司")
                .report("manufacturerEn", "Example Cold-Chain Equipment Co., Ltd.")
                .report("address", "江苏省示例市示例路 1 号")
                .report("addressEn", "No. 1 Example Road, Example City, Jiangsu")
                .report("contactPerson", "张联系")
                .report("companyProfile", "示例冷链设备有限公司是一家虚构的企业，用于演示本工具；生产小型商用冷藏展示柜。")
                .report("companyProfileEn", "Example Cold-Chain Equipment Co., Ltd. is a fictitious company used to demonstrate the tool; it makes small commercial refrigerated display cabinets.")
                .report("productFunction", "单门玻璃冷藏展示柜，容积 120 L，柜内温度 2–8 ℃，用于便利店饮料冷藏展示；设计使用寿命 10 年。")
                .report("productFunctionEn", "Single glass-door refrigerated display cabinet, 120 L, 2–8 °C, for chilled drinks in convenience stores; design life 10 years.")
                .report("processDescription", "钣金冲压、喷涂烘干（天然气烘干炉）、箱体发泡、制冷系统装配、HFC-134a 充注与检漏、总装检验、包装。车间采暖使用生物质颗粒锅炉。")
                .report("processDescriptionEn", "Sheet-metal stamping, painting and drying (natural-gas oven), cabinet foaming, refrigeration assembly, HFC-134a charging and leak test, final assembly and inspection, packing. The workshop is heated by a wood-pellet boiler.")
                .report("standard", "GB/T 24067-2024 / ISO 14067:2018")
                .report("functionalUnit", "1 台商用冷藏展示柜 SC-120，使用 10 年")
                .report("functionalUnitEn", "1 commercial refrigerated display cabinet SC-120 used for 10 years")
                .report("boundary", "摇篮到坟墓")
                .report("periodStart", LocalDate.of(2025, 1, 1))
                .report("periodEnd", LocalDate.of(2025, 12, 31))
                .report("annualProduction", 12000)
                .report("productMassKg", 78)
                .report("productionRegion", "CN-JS")
                .report("packagingIncluded", "是 yes")
                .report("decimals", 4)
                .report("gwpSet", "AR6")
                .report("allocationRule", "车间电、天然气和生物质颗粒为全厂共用，按本产品产值占比 40% 分配。")
                .report("allocationRuleEn", "The workshop's electricity, natural gas and wood pellets are shared by the whole plant and allocated to this product by its 40 % share of output value.")
                .report("assumptions", "虚构示例：材料和运输因子为演示值。使用阶段按每天 1.1 kWh、10 年计 4015 kWh；制冷剂充注 0.15 kg，使用期泄漏 0.03 kg，报废时剩余 0.12 kg 中回收 85%，损失 0.018 kg。")
                .report("assumptionsEn", "Fictitious example: material and transport factors are illustrative. Use: 1.1 kWh a day for 10 years = 4015 kWh; refrigerant charge 0.15 kg, 0.03 kg leaks during use, 85 % of the remaining 0.12 kg is recovered at end of life, 0.018 kg is lost.")
                .report("mcIterations", 100000)
                .report("seed", 20260316);
    }

    private static void factors(ExampleFiller f) {
        f.factorUpdate("EF-ELEC-CN-2024", row(Activity.DISTRIBUTION, "lognormal", Activity.PERCENT, 10));
        f.factor(factor("EF-STEEL-SHEET", "冷轧钢板", "Cold-rolled steel sheet", 2.35, "kgCO2e/kg", "CO2e", DEMO)
                .andThen(Activity.DISTRIBUTION, "lognormal").andThen(Activity.GSD2, 1.44));
        f.factor(factor("EF-CU-TUBE", "铜管", "Copper tube", 4.80, "kgCO2e/kg", "CO2e", DEMO)
                .andThen(Activity.RELIABILITY, 3).andThen(Activity.COMPLETENESS, 3).andThen(Activity.TEMPORAL, 2)
                .andThen(Activity.GEOGRAPHICAL, 3).andThen(Activity.TECHNOLOGICAL, 2));
        f.factor(factor("EF-PU-FOAM", "聚氨酯发泡料", "Polyurethane foam system", 4.20, "kgCO2e/kg", "CO2e", DEMO));
        f.factor(factor("EF-GLASS", "中空玻璃", "Insulating glass", 1.45, "kgCO2e/kg", "CO2e", DEMO));
        f.factor(factor("EF-CARTON", "瓦楞纸箱", "Corrugated carton", 0.95, "kgCO2e/kg", "CO2e", DEMO));
        f.factor(factor("EF-TRUCK", "公路货运（重型柴油货车）", "Road freight, heavy diesel truck", 0.078, "kgCO2e/t·km", "CO2e", DEMO)
                .andThen(Activity.DISTRIBUTION, "uniform").andThen(Activity.MIN, 0.06).andThen(Activity.MAX, 0.10));
        f.factor(factor("EF-R134A", "HFC-134a 排放", "HFC-134a emission", 1, "kg/kg", "HFC-134a",
                "按排放质量计，工具乘以 GWP（AR6：1530，IPCC AR6 WG1 表7.15） / Emission by mass; the tool applies the GWP (AR6: 1530, IPCC AR6 WG1 Table 7.15)")
                .andThen(Activity.DISTRIBUTION, "none"));
        f.factor(factor("EF-NG-CH4", "天然气燃烧 CH4", "Natural gas combustion, CH4", 1, "kgCH4/TJ", "CH4", IPCC_T23)
                .andThen(Factor.ORIGIN, "fossil").andThen(Factor.NCV, 389.31).andThen(Factor.NCV_UNIT, "GJ/10^4Nm3")
                .andThen(Factor.YEAR, "2006").andThen(Factor.NOTES, "低位发热量取自国家缺省值表 / NCV from the Chinese default table"));
        f.factor(factor("EF-NG-N2O", "天然气燃烧 N2O", "Natural gas combustion, N2O", 0.1, "kgN2O/TJ", "N2O", IPCC_T23)
                .andThen(Factor.NCV, 389.31).andThen(Factor.NCV_UNIT, "GJ/10^4Nm3").andThen(Factor.YEAR, "2006"));
        f.factor(factor("EF-PELLET-CO2", "木质颗粒燃烧 CO2（生物源）", "Wood pellet combustion, CO2 (biogenic)", 112, "tCO2/TJ", "CO2",
                "IPCC 2006 第2卷 表2.3（木材/木材废料 112 000 kg/TJ）与表1.2（NCV 15.6 TJ/Gg） / 2006 IPCC Guidelines Vol. 2, Table 2.3 (wood/wood waste, 112 000 kg/TJ) and Table 1.2 (NCV 15.6 TJ/Gg)")
                .andThen(Factor.ORIGIN, "biogenic").andThen(Factor.NCV, 15.6).andThen(Factor.NCV_UNIT, "GJ/t").andThen(Factor.YEAR, "2006"));
        f.factor(factor("EF-PELLET-CH4", "木质颗粒燃烧 CH4（生物源）", "Wood pellet combustion, CH4 (biogenic)", 0.000468, "kgCH4/kg", "CH4",
                "IPCC 2006 第2卷 表2.3：30 kgCH4/TJ × 15.6 MJ/kg / 2006 IPCC Guidelines Vol. 2, Table 2.3: 30 kgCH4/TJ × 15.6 MJ/kg")
                .andThen(Factor.ORIGIN, "biogenic").andThen(Factor.YEAR, "2006"));
    }

    /** An ordered row builder with {@code andThen} for the optional columns. */
    private static final class FactorRow extends java.util.LinkedHashMap<String, Object> {
        FactorRow andThen(String field, Object value) {
            put(field, value);
            return this;
        }
    }

    private static FactorRow factor(String id, String zh, String en, double value, String unit, String gas, String source) {
        FactorRow r = new FactorRow();
        r.put(Factor.ID, id);
        r.put(Factor.NAME_ZH, zh);
        r.put(Factor.NAME_EN, en);
        r.put(Factor.VALUE, value);
        r.put(Factor.UNIT, unit);
        r.put(Factor.GAS, gas);
        r.put(Factor.SOURCE, source);
        r.put(Factor.YEAR, "2024");
        return r;
    }

    private static Map<String, Object> line(String stage, String zh, String en, double amount, String unit, String factorId,
                                            String dataType, String source, Object... more) {
        Map<String, Object> r = row(Activity.STAGE, stage, Activity.ITEM_ZH, zh, Activity.ITEM_EN, en, Activity.AMOUNT, amount,
                Activity.UNIT, unit, Activity.FACTOR_ID, factorId, Activity.DATA_TYPE, dataType, Activity.DATA_SOURCE, source);
        r.putAll(row(more));
        return r;
    }

    private static void activities(ExampleFiller f) {
        f.activity(line("RAW", "冷轧钢板", "Cold-rolled steel sheet", 42.5, "kg", "EF-STEEL-SHEET", "primary", "物料清单 BOM",
                Activity.DISTRIBUTION, "normal", Activity.PERCENT, 2));
        f.activity(line("RAW", "铜管", "Copper tube", 3.2, "kg", "EF-CU-TUBE", "primary", "物料清单 BOM",
                Activity.DISTRIBUTION, "triangular", Activity.MIN, 3.0, Activity.MODE, 3.2, Activity.MAX, 3.5));
        f.activity(line("RAW", "聚氨酯发泡料", "Polyurethane foam system", 6.8, "kg", "EF-PU-FOAM", "primary", "发泡机计量 Foaming machine meter",
                Activity.DISTRIBUTION, "lognormal", Activity.PERCENT, 5));
        f.activity(line("RAW", "中空玻璃门", "Insulating glass door", 12.0, "kg", "EF-GLASS", "primary", "称重 Weighed",
                Activity.DISTRIBUTION, "uniform", Activity.MIN, 11.5, Activity.MAX, 12.5));
        f.activity(line("PACKAGING", "瓦楞纸箱", "Corrugated carton", 2.6, "千克", "EF-CARTON", "primary", "采购台账 Purchase ledger",
                Activity.RELIABILITY, 2, Activity.COMPLETENESS, 2, Activity.TEMPORAL, 1, Activity.GEOGRAPHICAL, 2, Activity.TECHNOLOGICAL, 3,
                Activity.NOTES, "单位用中文“千克”。 Unit written in Chinese (千克 = kg)."));
        f.activity(line("RAW_TRANSPORT", "原材料公路运输", "Road freight of raw materials", 20.13, "t·km", "EF-TRUCK", "secondary",
                "67.1 kg × 300 km", Activity.DISTRIBUTION, "lognormal", Activity.GSD2, 1.5));
        f.activity(line("PRODUCTION", "车间用电（共用）", "Workshop electricity (shared)", 360000, "kWh", "EF-ELEC-CN-2024", "primary",
                "电表读数 Meter readings", Activity.BASIS, "annual", Activity.ALLOCATION, 0.4, Activity.DISTRIBUTION, "normal", Activity.PERCENT, 3));
        f.activity(line("PRODUCTION", "天然气（烘干炉）CO2", "Natural gas (drying oven), CO2", 18000, "m3", "EF-NG-CN", "primary",
                "燃气发票 Gas invoices", Activity.BASIS, "annual", Activity.ALLOCATION, 0.4, Activity.DISTRIBUTION, "normal", Activity.PERCENT, 2));
        f.activity(line("PRODUCTION", "天然气（烘干炉）CH4", "Natural gas (drying oven), CH4", 18000, "m3", "EF-NG-CH4", "primary",
                "燃气发票 Gas invoices", Activity.BASIS, "annual", Activity.ALLOCATION, 0.4, Activity.DISTRIBUTION, "normal", Activity.PERCENT, 2));
        f.activity(line("PRODUCTION", "天然气（烘干炉）N2O", "Natural gas (drying oven), N2O", 18000, "m3", "EF-NG-N2O", "primary",
                "燃气发票 Gas invoices", Activity.BASIS, "annual", Activity.ALLOCATION, 0.4, Activity.DISTRIBUTION, "normal", Activity.PERCENT, 2));
        f.activity(line("PRODUCTION", "木质颗粒（采暖锅炉）CO2", "Wood pellets (heating boiler), CO2", 24, "t", "EF-PELLET-CO2", "primary",
                "入库过磅单 Weighbridge tickets", Activity.BASIS, "annual", Activity.ALLOCATION, 0.4, Activity.DISTRIBUTION, "none"));
        f.activity(line("PRODUCTION", "木质颗粒（采暖锅炉）CH4", "Wood pellets (heating boiler), CH4", 24, "t", "EF-PELLET-CH4", "primary",
                "入库过磅单 Weighbridge tickets", Activity.BASIS, "annual", Activity.ALLOCATION, 0.4, Activity.DISTRIBUTION, "none"));
        f.activity(line("DISTRIBUTION", "成品公路运输", "Road freight to distributors", 68.51, "吨公里", "EF-TRUCK", "secondary",
                "80.6 kg × 850 km（平均运距 average distance）",
                Activity.RELIABILITY, 3, Activity.COMPLETENESS, 3, Activity.TEMPORAL, 2, Activity.GEOGRAPHICAL, 3, Activity.TECHNOLOGICAL, 2));
        f.activity(line("USE", "使用阶段用电（10 年）", "Use-phase electricity (10 years)", 4015, "kWh", "EF-ELEC-CN-2024", "secondary",
                "1.1 kWh/d × 365 d × 10 a（能效检测报告 energy test report）", Activity.DISTRIBUTION, "normal", Activity.PERCENT, 15));
        f.activity(line("USE", "制冷剂泄漏 HFC-134a", "Refrigerant leakage, HFC-134a", 0.03, "kg", "EF-R134A", "secondary",
                "充注量 0.15 kg × 2%/a × 10 a", Activity.DISTRIBUTION, "triangular", Activity.MIN, 0.015, Activity.MAX, 0.06));
        f.activity(line("EOL", "报废运输", "Transport to the recycler", 7.8, "t·km", "EF-TRUCK", "secondary", "78 kg × 100 km"));
        f.activity(line("EOL", "制冷剂回收损失 HFC-134a", "Refrigerant lost at recovery, HFC-134a", 0.018, "kg", "EF-R134A", "secondary",
                "0.12 kg × (1 − 85%)", Activity.DISTRIBUTION, "lognormal", Activity.PERCENT, 50));
    }
}
