package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.Stage;
import dev.pcf.model.TeamMember;

import java.util.Map;

/**
 * Workbooks for the report's tests in other packages, built with {@link TestWorkbook} and written as
 * .xlsx bytes (read them with {@link WorkbookReader#read(byte[], String)}).
 */
public final class ReportWorkbooks {
    private ReportWorkbooks() {}

    /**
     * The minimal workbook with every unit written in Chinese, as the template's dropdown offers them:
     * 钢材 12.5 千克 on EF-STEEL 2.1 kgCO2e/千克 (26.25), 电力 1500 千瓦时 annual (production 1000) on
     * EF-ELEC 0.5703 kgCO2e/千瓦时 (0.85545); total 27.10545 kgCO2e.
     */
    public static byte[] chineseUnits() {
        TestWorkbook t = TestWorkbook.minimal();
        t.set(Schema.FACTORS, 2, Factor.UNIT, "kgCO2e/千瓦时");
        t.set(Schema.FACTORS, 3, Factor.UNIT, "kgCO2e/千克");
        t.set(Schema.ACTIVITY, 2, Activity.UNIT, "千克");
        t.set(Schema.ACTIVITY, 3, Activity.UNIT, "千瓦时");
        return t.xlsx();
    }

    /**
     * A workbook with a biogenic removal of 45.1 % of its gross emissions, per functional unit:
     * RAW 钢材 12.5 kg × 2.1 kgCO2e/kg = 26.25 (CO2e, fossil); RAW 木材 Wood 10 kg × −1.5 kgCO2/kg =
     * −15 (CO2, biogenic removal); PRODUCTION 电力 1500 kWh annual / 1200 × 0.5703 = 0.712875 (CO2e,
     * fossil); PRODUCTION 生物质 Biomass 2 kg × 1.6 kgCO2/kg = 3.2 (CO2, biogenic); PRODUCTION 柴油
     * Diesel 1 kg × 3.1 kgCO2/kg = 3.1 (CO2, fossil). Gross emissions 33.262875, removals −15, net
     * 18.262875 kgCO2e. The Team sheet names an author only (no team leader, no member).
     */
    public static byte[] withRemoval() {
        TestWorkbook t = TestWorkbook.minimal().report("annualProduction", 1200.0);
        t.row(Schema.FACTORS, Map.of(Factor.ID, "EF-WOOD", Factor.NAME_ZH, "木材固碳", Factor.NAME_EN, "Wood carbon uptake",
                Factor.VALUE, -1.5, Factor.UNIT, "kgCO2/kg", Factor.ORIGIN, "biogenic-removal"));
        t.row(Schema.FACTORS, Map.of(Factor.ID, "EF-BIO", Factor.NAME_ZH, "生物质燃烧", Factor.NAME_EN, "Biomass combustion",
                Factor.VALUE, 1.6, Factor.UNIT, "kgCO2/kg", Factor.ORIGIN, "biogenic"));
        t.row(Schema.FACTORS, Map.of(Factor.ID, "EF-DIESEL", Factor.NAME_ZH, "柴油", Factor.NAME_EN, "Diesel",
                Factor.VALUE, 3.1, Factor.UNIT, "kgCO2/kg"));
        t.row(Schema.ACTIVITY, Map.of(Activity.STAGE, "RAW", Activity.ITEM_ZH, "木材", Activity.ITEM_EN, "Wood",
                Activity.AMOUNT, 10.0, Activity.UNIT, "kg", Activity.FACTOR_ID, "EF-WOOD"));
        t.row(Schema.ACTIVITY, Map.of(Activity.STAGE, "PRODUCTION", Activity.ITEM_ZH, "生物质", Activity.ITEM_EN, "Biomass",
                Activity.AMOUNT, 2.0, Activity.UNIT, "kg", Activity.FACTOR_ID, "EF-BIO"));
        t.row(Schema.ACTIVITY, Map.of(Activity.STAGE, "PRODUCTION", Activity.ITEM_ZH, "柴油", Activity.ITEM_EN, "Diesel",
                Activity.AMOUNT, 1.0, Activity.UNIT, "kg", Activity.FACTOR_ID, "EF-DIESEL"));
        t.row(Schema.TEAM, Map.of(TeamMember.NAME, "张三", TeamMember.ROLE, "编制 Author"));
        return t.xlsx();
    }

    /** The minimal workbook with its stages as the template ships them (all six included) and the given boundary. */
    public static byte[] sixStages(String boundary) {
        return sixStagesWorkbook(boundary).xlsx();
    }

    /** {@link #sixStages} before it is written, for a test to add rows. */
    static TestWorkbook sixStagesWorkbook(String boundary) {
        TestWorkbook t = TestWorkbook.minimal().report("boundary", boundary);
        String[][] more = {{"RAW_TRANSPORT", "原材料运输", "Raw material transport"},
                {"DISTRIBUTION", "成品运输", "Distribution"}, {"USE", "产品使用", "Use"}, {"EOL", "产品处置", "End of life"}};
        for (String[] s : more) {
            t.row(Schema.STAGES, Map.of(Stage.CODE, s[0], Stage.NAME_ZH, s[1], Stage.NAME_EN, s[2], Stage.INCLUDED, "是 yes"));
        }
        return t;
    }
}
