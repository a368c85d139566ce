package dev.pcf.calc;

import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.InputException;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each problem the calculation finds, asserted as the whole message with its cell. */
class CalculatorProblemsTest {

    private static List<String> errors(PcfWorkbook wb) {
        InputException e = assertThrows(InputException.class, () -> Calculator.calculate(wb));
        List<String> fromCheck = Calculator.check(wb).stream().filter(Problem::isError).map(Problem::toString).toList();
        List<String> thrown = e.errors().stream().map(Problem::toString).toList();
        assertEquals(thrown, fromCheck, "check() returns what calculate() throws");
        return thrown;
    }

    private static TestWorkbook one() {
        return new TestWorkbook().stage("RAW", true);
    }

    @Test
    void namesBothCellsWhenUnitsCannotBeConverted() {
        TestWorkbook b = one();
        for (int i = 0; i < 3; i++) b.factor("EF-" + i, 1.0, "kgCO2e/kg");
        b.factor("EF-DIESEL-CN", 3.0959, "kgCO2/kg");
        b.activity("RAW", 1, "kg", "EF-0");
        b.activity("RAW", 2, "km", "EF-DIESEL-CN");
        assertEquals(List.of("'活动数据 Activity'!E3: 单位 Unit \"km\" (a distance) cannot be converted to the reference unit \"kg\" (a mass) "
                + "of factor EF-DIESEL-CN ('排放因子 Factors'!E5)"), errors(b.build()));
    }

    @Test
    void energyToMassNeedsTheNcv() {
        TestWorkbook b = one();
        b.factor("EF-DIESEL-CN", 3.0959, "kgCO2/kg");
        b.activity("RAW", 2, "kWh", "EF-DIESEL-CN");
        assertEquals(List.of("'活动数据 Activity'!E2: 单位 Unit \"kWh\" (an energy) cannot be converted to the reference unit \"kg\" (a mass) "
                + "of factor EF-DIESEL-CN ('排放因子 Factors'!E2) without its 低位发热量 NCV ('排放因子 Factors'!H2), "
                + "which is empty"), errors(b.build()));
    }

    @Test
    void massToEnergyNeedsTheNcv() {
        TestWorkbook b = one();
        b.factor("EF-DIESEL", 74.1, "tCO2/TJ");
        b.activity("RAW", 2, "kg", "EF-DIESEL");
        assertEquals(List.of("'活动数据 Activity'!E2: 单位 Unit \"kg\" (a mass) cannot be converted to the reference unit \"TJ\" (an energy) "
                + "of factor EF-DIESEL ('排放因子 Factors'!E2) without its 低位发热量 NCV ('排放因子 Factors'!H2), "
                + "which is empty"), errors(b.build()));
    }

    @Test
    void ncvPerVolumeCannotConvertAMass() {
        TestWorkbook b = one();
        b.factor("EF-NG", 0.0555, "kgCO2/MJ").ncv(38.931, "MJ/m3");
        b.activity("RAW", 2, "kg", "EF-NG");
        assertEquals(List.of("'活动数据 Activity'!E2: 单位 Unit \"kg\" (a mass) cannot be converted to the reference unit \"MJ\" (an energy) "
                + "of factor EF-NG ('排放因子 Factors'!E2) through its 热值单位 NCV unit \"MJ/m3\" "
                + "('排放因子 Factors'!I2), which is per volume, not per mass"), errors(b.build()));
    }

    @Test
    void unknownGasInTheGasColumn() {
        TestWorkbook b = one();
        b.factor("EF-X", 1.0, "kg/kg").gas("XYZ");
        b.activity("RAW", 2, "kg", "EF-X");
        assertEquals(List.of("'排放因子 Factors'!F2: 温室气体 Gas \"XYZ\" is not in the GWP table; "
                + "expected e.g. CO2e, CO2, CH4, N2O, SF6, NF3, HFC-134a, CF4"), errors(b.build()));
    }

    @Test
    void unknownGasInTheUnit() {
        TestWorkbook b = one();
        b.factor("EF-X", 1.0, "kgFOO/kg");
        b.activity("RAW", 2, "kg", "EF-X");
        assertEquals(List.of("'排放因子 Factors'!E2: 单位 Unit \"kgFOO/kg\" names the gas \"FOO\", which is not in the "
                + "GWP table; expected e.g. CO2e, CO2, CH4, N2O, SF6, NF3, HFC-134a, CF4"), errors(b.build()));
    }

    @Test
    void noGasAnywhere() {
        TestWorkbook b = one();
        b.factor("EF-X", 1.0, "kg/kg");
        assertEquals(List.of("'排放因子 Factors'!F2: 温室气体 Gas is empty and 单位 Unit \"kg/kg\" names no gas; "
                + "expected a gas such as CO2e, CO2, CH4, N2O, SF6, NF3, HFC-134a, CF4"), errors(b.build()));
    }

    @Test
    void gasColumnContradictingTheUnit() {
        TestWorkbook b = one();
        b.factor("EF-X", 1.0, "kgCO2e/kg").gas("CH4");
        assertEquals(List.of("'排放因子 Factors'!F2: 温室气体 Gas \"CH4\" contradicts the gas \"CO2e\" of 单位 Unit "
                + "\"kgCO2e/kg\" ('排放因子 Factors'!E2)"), errors(b.build()));
    }

    @Test
    void compatibleGasColumnAndUnitAgree() {
        TestWorkbook b = one();
        b.factor("EF-A", 1.0, "kgCO2e/kg").gas("CO2");
        b.factor("EF-B", 2.0, "kgCH4/kg").gas("CH4-biogenic");
        b.activity("RAW", 1, "kg", "EF-A");
        b.activity("RAW", 1, "kg", "EF-B");
        // the Gas column wins: CO2 (GWP 1) and CH4-non-fossil (AR6 27.0): 1 + 2 × 27.0 = 55
        var fp = Calculator.calculate(b.build());
        assertEquals(List.of("CO2", "CH4-non-fossil"), List.copyOf(fp.byGas().keySet()));
        assertEquals(55.0, fp.total(), 1e-12);
    }

    @Test
    void unknownUnits() {
        TestWorkbook b = one();
        b.factor("EF-X", 1.0, "kgCO2e/furlong");
        b.factor("EF-Y", 1.0, "kgCO2e/kg");
        b.activity("RAW", 1, "kg", "EF-X");
        b.activity("RAW", 1, "bushel", "EF-Y");
        assertEquals(List.of(
                "'排放因子 Factors'!E2: 单位 Unit \"kgCO2e/furlong\": the reference unit \"furlong\" is not a known unit; expected "
                        + "e.g. kWh, MJ, GJ, kg, t, m3, Nm3, L, t·km, km, pcs, or a unit of one's own written "
                        + "identically in the activity rows that use the factor",
                "'活动数据 Activity'!E3: 单位 Unit \"bushel\" is not a known unit; expected e.g. "
                        + "kWh, MJ, GJ, kg, t, m3, Nm3, L, t·km, km, pcs"), errors(b.build()));
    }

    @Test
    void badNcvUnits() {
        TestWorkbook b = one();
        b.factor("EF-X", 1.0, "kgCO2/MJ").ncv(42.652, "MJ/km");
        b.factor("EF-Y", 1.0, "kgCO2/MJ").ncv(42.652, null);
        assertEquals(List.of(
                "'排放因子 Factors'!I2: 热值单位 NCV unit \"MJ/km\" is not an energy per mass or volume; "
                        + "expected e.g. MJ/kg, GJ/t, MJ/m3, GJ/10^4Nm3",
                "'排放因子 Factors'!I3: 热值单位 NCV unit is empty but 低位发热量 NCV 42.652 is given; "
                        + "expected e.g. MJ/kg, GJ/t, MJ/m3, GJ/10^4Nm3"), errors(b.build()));
    }

    @Test
    void computedFactorPerKgNeedsTheNcv() {
        TestWorkbook b = one();
        b.factor("EF-DIESEL", null, "kgCO2/kg").carbon(20.20, 0.98);
        b.activity("RAW", 1, "kg", "EF-DIESEL");
        assertEquals(List.of("'排放因子 Factors'!H2: 低位发热量 NCV is empty, but 数值 Value ('排放因子 Factors'!D2) is "
                + "empty too and the factor computed from 单位热值含碳量 Carbon content × 碳氧化率 Oxidation rate × 44/12 "
                + "(tCO2/TJ) needs it to be per \"kg\" as 单位 Unit \"kgCO2/kg\" ('排放因子 Factors'!E2) says"),
                errors(b.build()));
    }

    @Test
    void computedFactorPerEnergyNeedsNoNcv() {
        TestWorkbook b = one();
        b.factor("EF-DIESEL", null, "kgCO2/GJ").carbon(20.20, 0.98);
        // 20.20 × 0.98 × 44/12 = 72.585333… tCO2/TJ = kgCO2/GJ
        assertEquals(72.58533333333333, Calculator.factorValue(b.build().factor("EF-DIESEL")), 1e-12);
    }

    @Test
    void emptyValueWithoutCarbonContent() {
        TestWorkbook b = one();
        b.factor("EF-X", null, "kgCO2/kg").carbon(20.2, 0.98).cc = null;
        assertEquals(List.of("'排放因子 Factors'!D2: 数值 Value is empty and 单位热值含碳量 Carbon content and "
                + "碳氧化率 Oxidation rate are not both given; expected a value, or both to compute CC × OF × 44/12"),
                errors(b.build()));
        InputException e = assertThrows(InputException.class,
                () -> Calculator.factorValue(b.build().factor("EF-X")));
        assertEquals(1, e.errors().size());
    }

    @Test
    void computedFactorOfAnotherGas() {
        TestWorkbook b = one();
        b.factor("EF-X", null, "kgCH4/TJ").carbon(20.2, 0.98);
        assertEquals(List.of("'排放因子 Factors'!D2: 数值 Value is empty, but 单位热值含碳量 Carbon content × "
                + "碳氧化率 Oxidation rate × 44/12 gives a CO2 factor, not CH4-fossil; expected the value of this "
                + "CH4-fossil factor"), errors(b.build()));
    }

    @Test
    void signOfTheFactorFollowsTheOrigin() {
        TestWorkbook b = one();
        b.factor("EF-UPTAKE", 1.6, "kgCO2/kg").origin(CarbonOrigin.BIOGENIC_REMOVAL);
        b.factor("EF-NEG", -1.0, "kgCO2/kg");
        assertEquals(List.of(
                "'排放因子 Factors'!D2: 数值 Value must be ≤ 0 for the carbon origin biogenic-removal, found 1.6",
                "'排放因子 Factors'!D3: 数值 Value must be ≥ 0 for the carbon origin fossil, found -1"), errors(b.build()));
    }

    @Test
    void annualBasisNeedsTheAnnualProduction() {
        TestWorkbook b = one();
        b.factor("EF-GRID", 0.5777, "kgCO2e/kWh");
        b.activity("RAW", 10, "kWh", "EF-GRID");
        b.activity("RAW", 1000, "kWh", "EF-GRID").annual(1);
        b.activity("RAW", 2000, "kWh", "EF-GRID").annual(1);
        assertEquals(List.of("'活动数据 Activity'!F3: 数量基准 Basis is annual, but 年产量 Annual production is not "
                + "given; expected the number of functional units produced in the reference period"), errors(b.build()));
    }

    @Test
    void annualProductionMustBePositive() {
        TestWorkbook b = one().annualProduction(0.0);
        b.factor("EF-GRID", 0.5777, "kgCO2e/kWh");
        b.activity("RAW", 1000, "kWh", "EF-GRID").annual(1);
        assertEquals(List.of("'报告信息 Report'!B21: 年产量 Annual production must be greater than 0 when "
                + "数量基准 Basis is annual ('活动数据 Activity'!F2), found 0"), errors(b.build()));
    }

    @Test
    void unusableAnnualProductionIsLeftToTheReaderButStillRefused() {
        TestWorkbook b = one().annualProductionUnusable();
        b.factor("EF-GRID", 0.5777, "kgCO2e/kWh");
        b.activity("RAW", 10, "kWh", "EF-GRID");
        b.activity("RAW", 1000, "kWh", "EF-GRID").annual(1);
        // the reader has reported '报告信息 Report'!B21 (text, 0 or negative): check() does not repeat it ...
        assertEquals(List.of(), Calculator.check(b.build()));
        // ... but calculate() never returns a footprint without the annual line
        InputException e = assertThrows(InputException.class, () -> Calculator.calculate(b.build()));
        assertEquals(List.of("'报告信息 Report'!B21: 年产量 Annual production is not a number greater than 0, but "
                + "数量基准 Basis is annual ('活动数据 Activity'!F3); expected the number of functional units produced "
                + "in the reference period"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void reportsEveryProblemOnceAndLinesOfABadFactorNotAgain() {
        TestWorkbook b = one();
        b.factor("EF-BAD", 1.0, "kgCO2e/parsec");
        b.factor("EF-GRID", 0.5777, "kgCO2e/kWh");
        b.activity("RAW", 1, "kWh", "EF-BAD");
        b.activity("RAW", 1, "kWh", "EF-BAD");
        b.activity("RAW", 1, "kg", "EF-GRID");
        b.activity("RAW", 1, "kWh", "EF-NONE");
        List<String> errors = errors(b.build());
        assertEquals(List.of(
                "'排放因子 Factors'!E2: 单位 Unit \"kgCO2e/parsec\": the reference unit \"parsec\" is not a known unit; expected "
                        + "e.g. kWh, MJ, GJ, kg, t, m3, Nm3, L, t·km, km, pcs, or a unit of one's own written "
                        + "identically in the activity rows that use the factor",
                "'活动数据 Activity'!E4: 单位 Unit \"kg\" (a mass) cannot be converted to the reference unit \"kWh\" (an energy) of factor "
                        + "EF-GRID ('排放因子 Factors'!E3) without its 低位发热量 NCV ('排放因子 Factors'!H3), which is empty",
                "'活动数据 Activity'!H5: 因子编号 Factor ID \"EF-NONE\" is not a Factor ID of the Factors sheet"), errors);
    }

    @Test
    void stagesMustExistAndBeIncluded() {
        TestWorkbook b = one().stage("USE", false);
        b.factor("EF-GRID", 0.5777, "kgCO2e/kWh");
        b.activity("USE", 1, "kWh", "EF-GRID");
        b.activity("NOPE", 1, "kWh", "EF-GRID");
        assertEquals(List.of(
                "'活动数据 Activity'!A2: 阶段代码 Stage code \"USE\" is a stage marked not included; expected no activity rows on it",
                "'活动数据 Activity'!A3: 阶段代码 Stage code \"NOPE\" is not a stage of the Stages sheet"), errors(b.build()));
    }

    @Test
    void zeroAmountIsNeitherAnErrorNorAWarningOfItsOwn() {
        TestWorkbook b = one();
        b.factor("EF-GRID", 0.5777, "kgCO2e/kWh");
        b.activity("RAW", 0, "kWh", "EF-GRID");
        b.activity("RAW", 10, "kWh", "EF-GRID");
        // the reader warns about the zero amount ('活动数据 Activity'!D2); the calculation does not repeat it
        assertEquals(List.of(), Calculator.check(b.build()));
        var fp = Calculator.calculate(b.build());
        assertEquals(0.0, fp.lines().getFirst().kgco2e(), 0);
        assertEquals(5.777, fp.total(), 1e-12); // 10 kWh × 0.5777
        assertEquals(List.of(), fp.warnings());
    }

    @Test
    void warningsTravelWithTheErrors() {
        TestWorkbook b = one();
        // 3.2 differs by 3.36 % from 42.652 × 20.20 × 0.98 × 44/12 / 1000 = 3.0959 kgCO2/kg: a warning
        b.factor("EF-A", 3.2, "kgCO2/kg").ncv(42.652, "GJ/t").carbon(20.20, 0.98);
        b.activity("RAW", 1, "kg", "EF-A");
        b.activity("RAW", 1, "t·km", "EF-A"); // a distance-mass cannot become kg: an error
        InputException e = assertThrows(InputException.class, () -> Calculator.calculate(b.build()));
        assertEquals(2, e.problems().size());
        assertEquals(1, e.errors().size());
    }

    @Test
    void carbonParametersOutOfRange() {
        TestWorkbook b = one();
        b.factor("EF-X", null, "kgCO2/GJ").carbon(-20.2, 98);
        assertEquals(List.of(
                "'排放因子 Factors'!J2: 单位热值含碳量 Carbon content must be greater than 0 tC/TJ, found -20.2",
                "'排放因子 Factors'!K2: 碳氧化率 Oxidation rate must be a fraction above 0 and at most 1, such as 0.98 "
                        + "or 98%, found 98"), errors(b.build()));
    }

    @Test
    void warnsWhenTheValueDisagreesWithTheCarbonContent() {
        TestWorkbook b = one();
        // computed: 42.652 × 20.20 × 0.98 × 44/12 / 1000 = 3.0959096… kgCO2/kg
        // 3.2 / 3.0959096 − 1 = 3.362 %  → warning;  3.1 / 3.0959096 − 1 = 0.13 % → none
        b.factor("EF-A", 3.2, "kgCO2/kg").ncv(42.652, "GJ/t").carbon(20.20, 0.98);
        b.factor("EF-B", 3.1, "kgCO2/kg").ncv(42.652, "GJ/t").carbon(20.20, 0.98);
        b.activity("RAW", 1, "kg", "EF-A");
        var fp = Calculator.calculate(b.build());
        assertEquals(3.2, fp.total(), 0, "the given value is used");
        assertEquals(List.of("'排放因子 Factors'!D2: 数值 Value 3.2 differs by 3.36 % from 单位热值含碳量 Carbon content × "
                + "碳氧化率 Oxidation rate × 44/12 = 3.0959 kgCO2/kg; the value is used"),
                fp.warnings().stream().map(Problem::toString).toList());
    }
}
