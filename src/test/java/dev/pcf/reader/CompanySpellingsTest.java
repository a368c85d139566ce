package dev.pcf.reader;

import dev.pcf.Pcf;
import dev.pcf.calc.Calculator;
import dev.pcf.model.Activity;
import dev.pcf.model.AppliedConversion;
import dev.pcf.model.Factor;
import dev.pcf.model.Footprint;
import dev.pcf.model.Problem;
import dev.pcf.model.Stage;
import dev.pcf.workbook.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15: inputs as real companies and published studies write them (workbook contract v1.1, "Units
 * as companies write them"). Each probe is a whole workbook read, checked and calculated as
 * {@code pcf validate} and {@code pcf calc} do; expected results are worked by hand in the comments.
 * GWP-100 values are AR6 (N2O 273, CH4 fossil 29.8).
 */
class CompanySpellingsTest {

    @TempDir
    Path dir;

    /** The Report and the RAW stage, where {@link #activity(TestWorkbook, Object, String, String)} puts a line. */
    private static TestWorkbook base() {
        return TestWorkbook.reportAndRawStage();
    }

    /** The Report and the stages RAW and PRODUCTION, for probes with lines on both. */
    private static TestWorkbook twoStages() {
        return TestWorkbook.reportAndStages();
    }

    private static TestWorkbook factor(TestWorkbook t, String id, Object value, String unit, Object... more) {
        Map<String, Object> row = new HashMap<>(Map.of(Factor.ID, id, Factor.NAME_ZH, id, Factor.NAME_EN, id,
                Factor.UNIT, unit));
        if (value != null) row.put(Factor.VALUE, value);
        for (int i = 0; i < more.length; i += 2) row.put((String) more[i], more[i + 1]);
        return t.row(Schema.FACTORS, row);
    }

    private static TestWorkbook activity(TestWorkbook t, Object amount, String unit, String factorId) {
        return activity(t, "RAW", amount, unit, factorId);
    }

    private static TestWorkbook activity(TestWorkbook t, String stage, Object amount, String unit, String factorId) {
        Map<String, Object> row = new HashMap<>(Map.of(Activity.STAGE, stage, Activity.ITEM_ZH, "项目",
                Activity.ITEM_EN, "Item", Activity.AMOUNT, amount, Activity.UNIT, unit));
        if (factorId != null) row.put(Activity.FACTOR_ID, factorId);
        return t.row(Schema.ACTIVITY, row);
    }

    /** What {@code pcf validate} lists, errors and warnings, as printed. */
    private List<String> validate(TestWorkbook t) throws IOException {
        Path file = Files.write(dir.resolve("probe-" + System.nanoTime() + ".xlsx"), t.xlsx());
        return Pcf.validate(file).problems().stream().map(Problem::toString).toList();
    }

    private static Footprint calculate(TestWorkbook t) {
        Reading r = t.readXlsx();
        assertEquals(List.of(), r.errors().stream().map(Problem::toString).toList());
        return Calculator.calculate(r.workbook());
    }

    private static void total(double expected, TestWorkbook t) {
        assertEquals(expected, calculate(t).total(), Math.abs(expected) * 1e-12);
    }

    @Test
    void powersWithCaretAreCubicMetres() throws IOException {
        // 100 m³ × 2.1622 kgCO2/Nm³ × GWP 1 = 216.22
        TestWorkbook t = factor(base(), "EF-NG", 2.1622, "kgCO2/Nm^3");
        activity(t, 100.0, "m^3", "EF-NG");
        total(216.22, t);
        assertEquals(List.of(), validate(t));
    }

    @Test
    void aRealDimensionErrorBehindNmCaret3IsReached() throws IOException {
        TestWorkbook t = factor(base(), "EF-STEEL", 2.1, "kgCO2e/kg");
        activity(t, 100.0, "Nm^3", "EF-STEEL");
        assertEquals(List.of("'活动数据 Activity'!E2: 单位 Unit \"Nm^3\" (a volume) cannot be converted to the reference"
                + " unit \"kg\" (a mass) of factor EF-STEEL ('排放因子 Factors'!E2)"), validate(t));
    }

    @Test
    void caseAndSpellingVariantsOfMwhAndCo2e() throws IOException {
        // 2.5 MWh × 577.7 kgCO2e/MWh = 1444.25; plus 1000 kWh = 1 MWh → 577.7; total 2021.95
        TestWorkbook t = factor(base(), "EF-GRID", 577.7, "kg CO2eq/Mwh");
        activity(t, 2.5, "mwh", "EF-GRID");
        activity(t, 1000.0, "KWH", "EF-GRID");
        total(2021.95, t);
        assertEquals(List.of(), validate(t));
    }

    @Test
    void aCaseThatDecidesBetweenTwoUnitsIsAnError() throws IOException {
        TestWorkbook t = factor(base(), "EF-STEEL", 2.1, "kgCO2e/kg");
        activity(t, 1.0, "MG", "EF-STEEL");
        assertEquals(List.of("'活动数据 Activity'!E2: 单位 Unit \"MG\" is not a known unit; the case decides: did you mean"
                + " \"mg\" (a mass, 0.000001 kg) or \"Mg\" (a mass, 1000 kg)?; expected e.g. kWh, MJ, GJ, kg, t, m3, Nm3,"
                + " L, t·km, km, pcs"), validate(t));
    }

    @Test
    void nitrogenBaseOfTheIpccTier1N2oFactor() throws IOException {
        // 100 kg N × 0.01 kg N2O-N/kg N = 1 kg N2O-N × 44/28 = 1.5714 kg N2O × 273 = 429 (44/28 × 273 = 429 exactly)
        TestWorkbook t = factor(base(), "EF-N2O-DIRECT", 0.01, "kgN2O-N/kg N");
        activity(t, 100.0, "kg N", "EF-N2O-DIRECT");
        Footprint fp = calculate(t);
        assertEquals(429.0, fp.total(), 1e-9);
        assertEquals(44.0 / 28 * 100 * 0.01, fp.lines().getFirst().gasKg(), 1e-12);
        assertEquals("N2O", fp.lines().getFirst().gas());
        assertEquals(List.of(new AppliedConversion("EF-N2O-DIRECT", "N2O-N → N2O × 44/28")), fp.conversions());
        assertEquals(List.of("'活动数据 Activity'!E2: 单位 Unit \"kg N\" is not a unit the tool knows; it is counted as a"
                + " unit of its own because the reference unit of factor EF-N2O-DIRECT ('排放因子 Factors'!E2) is written"
                + " the same way; check that it is not a typo"), validate(t));
    }

    @Test
    void carbonAndMethaneCarbonBases() throws IOException {
        // CO2-C: 3 kg × 0.2 kg CO2-C/kg × 44/12 = 2.2 kg CO2;
        // CH4-C: 2 t × 0.75 kg CH4-C/t × 16/12 = 2 kg CH4 × 29.8 (fossil) = 59.6; total 61.8
        TestWorkbook t = factor(base(), "EF-C", 0.2, "kgCO2-C/kg");
        factor(t, "EF-CH4", 0.75, "kgCH4-C/t");
        activity(t, 3.0, "kg", "EF-C");
        activity(t, 2.0, "t", "EF-CH4");
        Footprint fp = calculate(t);
        assertEquals(61.8, fp.total(), 1e-9);
        assertEquals(List.of(new AppliedConversion("EF-C", "CO2-C → CO2 × 44/12"),
                new AppliedConversion("EF-CH4", "CH4-C → CH4 × 16/12")), fp.conversions());
        assertEquals(List.of(), validate(t));
    }

    @Test
    void bigCaloriesPerKilogramAsNcvUnit() throws IOException {
        // NCV 5000 大卡/千克 = 5000 × 4.1868 kJ/kg = 20.934 MJ/kg; 2 吨 = 2000 kg → 41 868 MJ = 41.868 GJ;
        // × 96.1 tCO2/TJ (= kgCO2/GJ) = 4023.5148 kg CO2
        TestWorkbook t = factor(base(), "EF-COAL", 96.1, "tCO2/TJ", Factor.NCV, 5000.0, Factor.NCV_UNIT, "大卡/千克");
        activity(t, 2.0, "吨", "EF-COAL");
        total(4023.5148, t);
        assertEquals(List.of(), validate(t));
    }

    @Test
    void spendBasedFactorInTenThousandYuan() throws IOException {
        // 50 000 元 = 5 万元 × 1.2 kgCO2e/万元 = 6
        TestWorkbook t = factor(base(), "EF-SPEND", 1.2, "kgCO2e/万元");
        activity(t, 50000.0, "元", "EF-SPEND");
        total(6.0, t);
        assertEquals(List.of(), validate(t));
    }

    @Test
    void currenciesNeverConvertIntoEachOther() throws IOException {
        TestWorkbook t = factor(base(), "EF-SPEND", 1.2, "kgCO2e/万元");
        activity(t, 700.0, "USD", "EF-SPEND");
        assertEquals(List.of("'活动数据 Activity'!E2: 单位 Unit \"USD\" (a currency (USD)) cannot be converted to the"
                + " reference unit \"万元\" (a currency (CNY)) of factor EF-SPEND ('排放因子 Factors'!E2); currencies never"
                + " convert into each other: convert the amount into CNY at the rate of the reference period and say so"
                + " in the data source"), validate(t));
    }

    @Test
    void aUnitOfItsOwnWrittenIdenticallyIsListedOnce() throws IOException {
        // (15 + 5) 亩 × 120 kgCO2e/亩 = 2400
        TestWorkbook t = factor(base(), "EF-MU", 120.0, "kgCO2e/亩");
        activity(t, 15.0, "亩", "EF-MU");
        activity(t, 5.0, "亩", "EF-MU");
        total(2400.0, t);
        assertEquals(List.of("'活动数据 Activity'!E2: 单位 Unit \"亩\" is not a unit the tool knows; it is counted as a"
                + " unit of its own because the reference unit of factor EF-MU ('排放因子 Factors'!E2) is written the same"
                + " way; check that it is not a typo"), validate(t));
    }

    @Test
    void aUnitOfItsOwnWrittenDifferentlyNamesBothCells() throws IOException {
        TestWorkbook t = factor(base(), "EF-HEAD", 120.0, "kgCO2e/头");
        activity(t, 15.0, "头", "EF-HEAD");
        activity(t, 2.0, "只牛", "EF-HEAD");
        assertEquals(List.of("'活动数据 Activity'!E3: 单位 Unit \"只牛\" is not a known unit, nor written as the reference"
                        + " unit \"头\" (a unit of its own) of factor EF-HEAD ('排放因子 Factors'!E2); a unit the tool does"
                        + " not know is accepted only where the activity row and the factor's reference unit write it"
                        + " identically",
                "'活动数据 Activity'!E2: 单位 Unit \"头\" is not a unit the tool knows; it is counted as a unit of its own"
                        + " because the reference unit of factor EF-HEAD ('排放因子 Factors'!E2) is written the same way;"
                        + " check that it is not a typo"), validate(t));
    }

    @Test
    void anEmissionGivenDirectlyNeedsNoFactor() throws IOException {
        // a supplier's declared footprint 12.5 kgCO2e + a measured release 0.2 t CO2-eq = 200 kg: 212.5
        TestWorkbook t = activity(twoStages(), 12.5, "kgCO2e", null);
        activity(t, "PRODUCTION", 0.2, "t CO2-eq", null);
        Footprint fp = calculate(t);
        assertEquals(212.5, fp.total(), 1e-12);
        assertEquals(200.0, fp.stages().get(1).kgco2e(), 1e-12);
        assertEquals(List.of(), validate(t));
    }

    @Test
    void anEmptyFactorIdIsStillAnErrorForOtherUnits() throws IOException {
        TestWorkbook t = activity(base(), 12.5, "kg", null);
        activity(t, 1.0, "kgCO2", null);
        assertEquals(List.of("'活动数据 Activity'!H2: 因子编号 Factor ID is required but empty",
                "'活动数据 Activity'!H3: 因子编号 Factor ID is required but empty; only an emission given directly, with"
                        + " 单位 Unit a mass of CO2e such as kgCO2e or tCO2e (here \"kgCO2\"), needs no factor"), validate(t));
    }

    @Test
    void anUnknownUnitSuggestsTheNearestSpelling() throws IOException {
        TestWorkbook t = factor(base(), "EF-GRID", 0.5777, "kgCO2e/kWh");
        activity(t, 10.0, "kwhh", "EF-GRID");
        assertEquals(List.of("'活动数据 Activity'!E2: 单位 Unit \"kwhh\" is not a known unit; did you mean \"kWh\"?;"
                + " expected e.g. kWh, MJ, GJ, kg, t, m3, Nm3, L, t·km, km, pcs"), validate(t));
    }

    @Test
    void anUnknownReferenceUnitSuggestsTheNearestSpelling() throws IOException {
        TestWorkbook t = factor(base(), "EF-GRID", 0.5777, "kgCO2e/kWhh");
        activity(t, 10.0, "kWh", "EF-GRID");
        // reported once, at the factor: the lines using it are not reported again
        assertEquals(List.of("'排放因子 Factors'!E2: 单位 Unit \"kgCO2e/kWhh\": the reference unit \"kWhh\" is not a"
                + " known unit; did you mean \"kWh\"?; expected e.g. kWh, MJ, GJ, kg, t, m3, Nm3, L, t·km, km, pcs, or a"
                + " unit of one's own written identically in the activity rows that use the factor"), validate(t));
    }

    @Test
    void aStageNameWhereTheCodeIsExpectedIsReadAsThatStage() throws IOException {
        // PRODUCTION named in Chinese on two rows, RAW in English (case and spaces ignored) on one
        TestWorkbook t = factor(twoStages(), "EF-GRID", 0.5777, "kgCO2e/kWh");
        activity(t, "产品生产", 40.0, "kWh", "EF-GRID");
        activity(t, "产品生产", 50.0, "kWh", "EF-GRID");
        activity(t, "raw material  ACQUISITION", 10.0, "kWh", "EF-GRID");
        Footprint fp = calculate(t);
        assertEquals(51.993, fp.stages().get(1).kgco2e(), 1e-12); // 90 kWh × 0.5777
        assertEquals(5.777, fp.stages().get(0).kgco2e(), 1e-12); // 10 kWh × 0.5777
        assertEquals(List.of("'活动数据 Activity'!A2: 阶段代码 Stage code \"产品生产\" is a stage name, not a code: read as"
                        + " PRODUCTION, the stage of that name ('生命周期阶段 Stages'!A3) on all 2 rows that write it",
                "'活动数据 Activity'!A4: 阶段代码 Stage code \"raw material  ACQUISITION\" is a stage name, not a code:"
                        + " read as RAW, the stage of that name ('生命周期阶段 Stages'!A2)"), validate(t));
    }

    @Test
    void aDecimalCommaIsAnErrorThatExplainsTheComma() throws IOException {
        TestWorkbook t = factor(base(), "EF-GRID", 0.5777, "kgCO2e/kWh");
        activity(t, "12,5", "kWh", "EF-GRID");
        activity(t, "12.5", "kWh", "EF-GRID");
        assertEquals(List.of("'活动数据 Activity'!D2: 数量 Amount must be a number, found \"12,5\"; a comma is read only as"
                + " a thousands separator (1,234.5) and the decimal point is \".\": write 12.5 if a decimal comma is"
                + " meant"), validate(t));
    }

    @Test
    void aLibraryFactorWithANewerOfficialValueIsNamedWithIt() throws IOException {
        TestWorkbook t = factor(base(), "EF-ELEC-CN-2023", 0.6205, "kgCO2e/kWh");
        factor(t, "EF-ELEC-CO2-CN-2022", 0.5366, "kgCO2/kWh");
        activity(t, 100.0, "kWh", "EF-ELEC-CN-2023");
        activity(t, 100.0, "kWh", "EF-ELEC-CN-2023");
        assertEquals(List.of("'排放因子 Factors'!A2: 因子编号 Factor ID EF-ELEC-CN-2023 is the factor library's 2023 value"
                + " (0.6205 kgCO2e/kWh), used by 2 activity rows; the library holds a newer official value:"
                + " EF-ELEC-CN-2024 (2024, 0.5777 kgCO2e/kWh). Use EF-ELEC-CN-2024 unless the reference period calls"
                + " for the 2023 value"), validate(t));
    }

    /**
     * Every new spelling at once gives the same result as its plain twin: the same numbers in the
     * spellings of the v1 contract (or, for 亩 and 万元, converted by hand into ha and 元).
     */
    @Test
    void everyNewSpellingAtOnceGivesTheSameResultAsThePlainTwin() {
        TestWorkbook spelled = twoStages();
        factor(spelled, "EF-GRID", 577.7, "kg CO2eq/Mwh");
        factor(spelled, "EF-NG", 2.1622, "kgCO₂/Nm³");
        factor(spelled, "EF-N2O", 0.01, "kgN2O-N/kg N");
        factor(spelled, "EF-SPEND", 12.0, "kgCO2-e·万元-1");
        factor(spelled, "EF-COAL", 96.1, "tCO2/TJ", Factor.NCV, 5000.0, Factor.NCV_UNIT, "大卡/千克");
        factor(spelled, "EF-MU", 120.0, "kgCO2e/亩");
        activity(spelled, "产品生产", 1.749425, "万kWh", "EF-GRID");
        activity(spelled, 100.0, "Nm^3", "EF-NG");
        activity(spelled, 100.0, "kg N", "EF-N2O");
        activity(spelled, 25000.0, "元", "EF-SPEND");
        activity(spelled, 2.0, "吨", "EF-COAL");
        activity(spelled, 3.0, "亩", "EF-MU");
        activity(spelled, 0.0125, "t CO2-eq", null);

        TestWorkbook plain = twoStages();
        factor(plain, "EF-GRID", 0.5777, "kgCO2e/kWh");
        factor(plain, "EF-NG", 2.1622, "kgCO2/m3");
        factor(plain, "EF-N2O", 0.01 * 44 / 28, "kgN2O/kg");
        factor(plain, "EF-SPEND", 12.0 / 1e4, "kgCO2e/元");
        factor(plain, "EF-COAL", 96.1, "tCO2/TJ", Factor.NCV, 5000.0, Factor.NCV_UNIT, "kcal/kg");
        factor(plain, "EF-MU", 120.0 * 15, "kgCO2e/ha"); // 1 ha = 15 亩
        factor(plain, "EF-ONE", 1.0, "kgCO2e/kg");
        activity(plain, "PRODUCTION", 17494.25, "kWh", "EF-GRID");
        activity(plain, 100.0, "m3", "EF-NG");
        activity(plain, 100.0, "kg", "EF-N2O");
        activity(plain, 25000.0, "元", "EF-SPEND");
        activity(plain, 2.0, "t", "EF-COAL");
        activity(plain, 3.0 / 15, "ha", "EF-MU");
        activity(plain, 12.5, "kg", "EF-ONE");

        Footprint a = calculate(spelled);
        Footprint b = calculate(plain);
        // 17494.25 × 0.5777 + 216.22 + 429 + 30 + 4023.5148 + 360 + 12.5
        double expected = 17494.25 * 0.5777 + 216.22 + 429 + 30 + 4023.5148 + 360 + 12.5;
        assertEquals(expected, a.total(), expected * 1e-12);
        assertEquals(b.total(), a.total(), expected * 1e-12);
        for (int i = 0; i < a.lines().size(); i++) {
            assertEquals(b.lines().get(i).kgco2e(), a.lines().get(i).kgco2e(), 1e-9, "line " + (i + 2));
            assertEquals(b.lines().get(i).gas(), a.lines().get(i).gas(), "line " + (i + 2));
        }
        for (int s = 0; s < a.stages().size(); s++) {
            assertEquals(b.stages().get(s).kgco2e(), a.stages().get(s).kgco2e(), expected * 1e-12);
        }
    }
}
