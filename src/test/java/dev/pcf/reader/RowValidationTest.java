package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.Activity;
import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.DataType;
import dev.pcf.model.Factor;
import dev.pcf.model.Stage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Row checks of Stages, Factors and Activity. Template column letters: Activity A stage, B item,
 * C item (English), D amount, E unit, F basis, G allocation, H factor ID, I data type, K
 * distribution; Factors A ID, C name (English), D value, G carbon origin; Stages A code, C name
 * (English), D included. Row 2 of Activity is RAW/EF-STEEL, row 3 PRODUCTION/EF-ELEC (annual).
 */
class RowValidationTest {

    private static List<String> activityFactors(Reading r) {
        return r.workbook().activities().stream().map(Activity::factorId).toList();
    }

    @Test
    void rejectsNegativeAmount() {
        Reading r = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.AMOUNT, -3.0).readXlsx();
        Expect.errors(r, "'活动数据 Activity'!D2: 数量 Amount must be ≥ 0, found -3");
        assertEquals(List.of("EF-ELEC"), activityFactors(r)); // the row in error is left out
    }

    @Test
    void warnsOnZeroAmountAndKeepsTheLine() {
        Reading r = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.AMOUNT, 0.0).readXlsx();
        Expect.errors(r);
        Expect.warnings(r, "'活动数据 Activity'!D2: 数量 Amount is 0: the line adds nothing to the footprint");
        assertEquals(2, r.workbook().activities().size());
        assertEquals(r.warnings(), r.workbook().warnings());
    }

    @Test
    void rejectsNegativeFactorAndDropsItsActivitiesSilently() {
        Reading r = TestWorkbook.minimal().set(Schema.FACTORS, 2, Factor.VALUE, -0.5).readXlsx();
        Expect.errors(r, "'排放因子 Factors'!D2: 数值 Value must be ≥ 0, found -0.5 "
                + "(only carbon origin biogenic-removal takes negative values)");
        assertEquals(List.of("EF-STEEL"), activityFactors(r));
        assertEquals(List.of("EF-STEEL"), r.workbook().factors().stream().map(Factor::id).toList());
        assertEquals(0, r.workbook().factors().get(0).index());
    }

    @Test
    void biogenicRemovalTakesOnlyValuesAtOrBelowZero() {
        Reading bad = TestWorkbook.minimal().set(Schema.FACTORS, 2, Factor.ORIGIN, "biogenic-removal").readXlsx();
        Expect.errors(bad, "'排放因子 Factors'!D2: 数值 Value must be ≤ 0 for carbon origin biogenic-removal, found 0.5703");
        Reading good = TestWorkbook.minimal().set(Schema.FACTORS, 2, Factor.ORIGIN, "生物碳移除")
                .set(Schema.FACTORS, 2, Factor.VALUE, -1.83).readXlsx();
        Expect.errors(good);
        assertEquals(CarbonOrigin.BIOGENIC_REMOVAL, good.workbook().factors().get(0).origin());
        assertEquals(-1.83, good.workbook().factors().get(0).value());
    }

    @Test
    void rejectsUnknownStageCode() {
        Reading r = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.STAGE, "PACK").readXlsx();
        Expect.errors(r, "'活动数据 Activity'!A2: 阶段代码 Stage code \"PACK\" is not a stage code of the Stages sheet "
                + "(RAW, PRODUCTION)");
    }

    @Test
    void matchesStageCodeAndFactorIdIgnoringCase() {
        Reading r = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.STAGE, "raw")
                .set(Schema.ACTIVITY, 2, Activity.FACTOR_ID, "ef-steel").readXlsx();
        Expect.errors(r);
        assertEquals("RAW", r.workbook().activities().get(0).stage());
        assertEquals("EF-STEEL", r.workbook().activities().get(0).factorId());
    }

    @Test
    void rejectsUnknownFactorId() {
        Reading r = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.FACTOR_ID, "EF-X").readXlsx();
        Expect.errors(r, "'活动数据 Activity'!H2: 因子编号 Factor ID \"EF-X\" is not a Factor ID of the Factors sheet");
    }

    @Test
    void rejectsDuplicateFactorIdNamingBothCells() {
        Reading r = TestWorkbook.minimal().row(Schema.FACTORS, Map.of(Factor.ID, "ef-elec", Factor.NAME_ZH, "电力",
                Factor.NAME_EN, "Electricity", Factor.VALUE, 0.6, Factor.UNIT, "kgCO2e/kWh")).readXlsx();
        Expect.errors(r, "'排放因子 Factors'!A4: 因子编号 Factor ID \"ef-elec\" repeats the factor at '排放因子 Factors'!A2");
        // the ID is ambiguous: neither factor is used, and the activity using it is left out without a second message
        assertEquals(List.of("EF-STEEL"), r.workbook().factors().stream().map(Factor::id).toList());
        assertEquals(List.of("EF-STEEL"), activityFactors(r));
    }

    @Test
    void rejectsDuplicateStageCode() {
        Reading r = TestWorkbook.minimal().row(Schema.STAGES, Map.of(Stage.CODE, "RAW", Stage.NAME_ZH, "原料",
                Stage.NAME_EN, "Raw")).readXlsx();
        Expect.errors(r, "'生命周期阶段 Stages'!A4: 阶段代码 Stage code \"RAW\" repeats the stage at '生命周期阶段 Stages'!A2");
        assertEquals(List.of("PRODUCTION"), r.workbook().stages().stream().map(Stage::code).toList());
    }

    @Test
    void rejectsActivityOnExcludedStage() {
        Reading r = TestWorkbook.minimal().set(Schema.STAGES, 2, Stage.INCLUDED, "否 no").readXlsx();
        Expect.errors(r, "'活动数据 Activity'!A2: 阶段代码 Stage code \"RAW\" is a stage marked not included "
                + "('生命周期阶段 Stages'!D2); include the stage or remove the row");
        assertEquals(false, r.workbook().stages().get(0).included());
    }

    @Test
    void stageIsIncludedByDefault() {
        Reading r = TestWorkbook.minimal().set(Schema.STAGES, 2, Stage.INCLUDED, null).readXlsx();
        Expect.errors(r);
        assertEquals(true, r.workbook().stages().get(0).included());
    }

    @Test
    void rejectsAnnualBasisWithoutAnnualProduction() {
        Reading blank = TestWorkbook.minimal().report("annualProduction", null).readXlsx();
        Expect.errors(blank, "'活动数据 Activity'!F3: 数量基准 Basis is annual, but 年产量 Annual production "
                + "('报告信息 Report'!B16) is empty: give the annual production or use basis unit");
        Reading absent = TestWorkbook.minimal().dropReportField("annualProduction").readXlsx();
        Expect.errors(absent, "'活动数据 Activity'!F3: 数量基准 Basis is annual, but 年产量 Annual production "
                + "('报告信息 Report') is empty: give the annual production or use basis unit");
    }

    @Test
    void wrongAnnualProductionIsReportedOnceAtItsCell() {
        Reading r = TestWorkbook.minimal().report("annualProduction", 0.0).readXlsx();
        Expect.errors(r, "'报告信息 Report'!B16: 年产量 Annual production must be greater than 0, found 0");
    }

    @Test
    void reportsEachEmptyRequiredCellOfAPartlyFilledRow() {
        Reading r = TestWorkbook.minimal().row(Schema.ACTIVITY, Map.of(Activity.ITEM_ZH, "柴油", Activity.AMOUNT, 3.0))
                .readXlsx();
        Expect.errors(r, "'活动数据 Activity'!A4: 阶段代码 Stage code is required but empty",
                "'活动数据 Activity'!E4: 单位 Unit is required but empty",
                "'活动数据 Activity'!H4: 因子编号 Factor ID is required but empty");
        assertEquals(2, r.workbook().activities().size());
    }

    @Test
    void skipsBlankRows() {
        TestWorkbook t = TestWorkbook.minimal()
                .set(Schema.ACTIVITY, 4, Activity.NOTES, "   ")          // spaces only: blank
                .set(Schema.ACTIVITY, 5, Activity.STAGE, "RAW").set(Schema.ACTIVITY, 5, Activity.ITEM_ZH, "铜")
                .set(Schema.ACTIVITY, 5, Activity.ITEM_EN, "Copper").set(Schema.ACTIVITY, 5, Activity.AMOUNT, 0.4)
                .set(Schema.ACTIVITY, 5, Activity.UNIT, "kg").set(Schema.ACTIVITY, 5, Activity.FACTOR_ID, "EF-STEEL")
                .extraColumn(Schema.ACTIVITY, "我的列", 22);                  // the user's own column does not make a row non-blank
        Reading r = t.readXlsx();
        Expect.errors(r);
        List<Activity> a = r.workbook().activities();
        assertEquals(3, a.size());
        assertEquals(2, a.get(2).index());
        assertEquals("'活动数据 Activity'!D5", a.get(2).cells().cell(Activity.AMOUNT).toString());
    }

    @Test
    void rejectsFactorWithoutValueOrCarbonContentAndOxidation() {
        String msg = "'排放因子 Factors'!D2: 数值 Value is empty: give the factor, or 单位热值含碳量 Carbon content "
                + "and 碳氧化率 Oxidation rate";
        Expect.errors(TestWorkbook.minimal().set(Schema.FACTORS, 2, Factor.VALUE, null).readXlsx(), msg);
        Expect.errors(TestWorkbook.minimal().set(Schema.FACTORS, 2, Factor.VALUE, null)
                .set(Schema.FACTORS, 2, Factor.CARBON_CONTENT, 15.3).readXlsx(), msg);
        Reading ok = TestWorkbook.minimal().set(Schema.FACTORS, 2, Factor.VALUE, null)
                .set(Schema.FACTORS, 2, Factor.CARBON_CONTENT, 15.3).set(Schema.FACTORS, 2, Factor.OXIDATION_RATE, "98%")
                .readXlsx();
        Expect.errors(ok);
        Factor f = ok.workbook().factors().get(0);
        assertEquals(null, f.value());
        assertEquals(15.3, f.carbonContent());
        assertEquals(0.98, f.oxidationRate());
    }

    @Test
    void rejectsUnknownWordsListingAcceptedOnes() {
        Reading r = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.BASIS, "monthly")
                .set(Schema.ACTIVITY, 2, Activity.DATA_TYPE, "measured")
                .set(Schema.ACTIVITY, 2, Activity.DISTRIBUTION, "gamma")
                .set(Schema.FACTORS, 2, Factor.ORIGIN, "coal").readXlsx();
        Expect.errors(r,
                "'排放因子 Factors'!G2: 碳类型 Carbon origin must be one of fossil (化石), biogenic (生物源), "
                        + "biogenic-removal (生物碳移除), dLUC (土地利用变化), aircraft (航空), found \"coal\"",
                "'活动数据 Activity'!F2: 数量基准 Basis must be one of unit (每单位), annual (年度), found \"monthly\"",
                "'活动数据 Activity'!I2: 数据类型 Data type must be one of primary (初级数据), secondary (次级数据), found \"measured\"",
                "'活动数据 Activity'!K2: 不确定性分布 Distribution must be one of none (无), normal (正态), "
                        + "lognormal (对数正态), triangular (三角), uniform (均匀), found \"gamma\"");
    }

    @Test
    void acceptsChineseChoiceWords() {
        Reading r = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.BASIS, "每单位")
                .set(Schema.ACTIVITY, 2, Activity.DATA_TYPE, "次级数据")
                .set(Schema.ACTIVITY, 2, Activity.DISTRIBUTION, "对数正态").set(Schema.ACTIVITY, 2, Activity.PERCENT, 10.0)
                .set(Schema.ACTIVITY, 3, Activity.BASIS, "年度").set(Schema.ACTIVITY, 3, Activity.DATA_TYPE, "初级数据")
                .set(Schema.ACTIVITY, 3, Activity.DISTRIBUTION, "正态").set(Schema.ACTIVITY, 3, Activity.PERCENT, 5.0)
                .set(Schema.FACTORS, 2, Factor.ORIGIN, "化石").set(Schema.FACTORS, 3, Factor.ORIGIN, "生物源")
                .readXlsx();
        Expect.errors(r);
        Activity a = r.workbook().activities().get(0);
        Activity b = r.workbook().activities().get(1);
        assertEquals(List.of(Basis.UNIT, DataType.SECONDARY, dev.pcf.model.DistributionType.LOGNORMAL),
                List.of(a.basis(), a.dataType(), a.uncertainty().type()));
        assertEquals(List.of(Basis.ANNUAL, DataType.PRIMARY, dev.pcf.model.DistributionType.NORMAL),
                List.of(b.basis(), b.dataType(), b.uncertainty().type()));
        assertEquals(List.of(CarbonOrigin.FOSSIL, CarbonOrigin.BIOGENIC),
                r.workbook().factors().stream().map(Factor::origin).toList());
    }

    @Test
    void acceptsEveryOriginWordInBothLanguages() {
        Map<String, CarbonOrigin> words = Map.of("dLUC", CarbonOrigin.DLUC, "土地利用变化", CarbonOrigin.DLUC,
                "aircraft", CarbonOrigin.AIRCRAFT, "航空", CarbonOrigin.AIRCRAFT, "Fossil", CarbonOrigin.FOSSIL);
        words.forEach((word, origin) -> {
            Reading r = TestWorkbook.minimal().set(Schema.FACTORS, 2, Factor.ORIGIN, word).readXlsx();
            Expect.errors(r);
            assertEquals(origin, r.workbook().factors().get(0).origin(), word);
        });
    }

    @Test
    void warnsOncePerMissingEnglishName() {
        Reading r = TestWorkbook.minimal().set(Schema.STAGES, 2, Stage.NAME_EN, null)
                .set(Schema.FACTORS, 3, Factor.NAME_EN, null).set(Schema.ACTIVITY, 3, Activity.ITEM_EN, null).readXlsx();
        Expect.errors(r);
        Expect.warnings(r,
                "'生命周期阶段 Stages'!C2: 阶段名称（英文） Stage (English) is empty: the English report will show \"原材料获取\"",
                "'排放因子 Factors'!C3: 名称（英文） Name (English) is empty: the English report will show \"钢材\"",
                "'活动数据 Activity'!C3: 项目（英文） Item (English) is empty: the English report will show \"电力\"");
    }

    @Test
    void noEnglishWarningsForChineseReport() {
        Reading r = TestWorkbook.minimal().report("language", "zh").set(Schema.STAGES, 2, Stage.NAME_EN, null)
                .set(Schema.ACTIVITY, 3, Activity.ITEM_EN, null).report("productNameEn", null)
                .dropColumn(Schema.FACTORS, Factor.NAME_EN).readXlsx();
        Expect.errors(r);
        Expect.warnings(r);
    }

    @Test
    void warnsOnceWhenEnglishColumnIsMissing() {
        Reading r = TestWorkbook.minimal().dropColumn(Schema.ACTIVITY, Activity.ITEM_EN).readXlsx();
        Expect.errors(r);
        Expect.warnings(r, "'活动数据 Activity': no 项目（英文） Item (English) column: the English report will show the Chinese names");
    }

    @Test
    void rejectsWorkbookWithoutActivityRows() {
        TestWorkbook t = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.STAGE, null);
        for (Schema.Column c : Schema.ACTIVITY_COLUMNS) {
            t.set(Schema.ACTIVITY, 2, c.field(), null).set(Schema.ACTIVITY, 3, c.field(), null);
        }
        Expect.errors(t.readXlsx(), "'活动数据 Activity': no activity rows; enter the inventory from row 2 down");
    }

    @Test
    void dropsActivityOnStageInErrorWithoutSecondMessage() {
        Reading r = TestWorkbook.minimal().set(Schema.STAGES, 2, Stage.INCLUDED, "maybe").readXlsx();
        Expect.errors(r, "'生命周期阶段 Stages'!D2: 是否包含 Included must be one of 是, 否, yes, no, found \"maybe\"");
        assertEquals(List.of("EF-ELEC"), activityFactors(r));
    }
}
