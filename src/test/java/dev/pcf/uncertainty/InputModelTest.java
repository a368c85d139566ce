package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pcf.model.DataType;
import dev.pcf.model.DistributionType;
import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import dev.pcf.model.UncertaintyInput;
import dev.pcf.model.UncertaintyResult.DistributionOrigin;
import dev.pcf.model.UncertaintyResult.InputDistribution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputModelTest {
    /** The 97.5 % point as JCGM 101 prints it, which turns ±p % into σ (uncertainty-spec.md). */
    static final double Z = 1.959964;
    /** Φ⁻¹(0.975) to 16 digits (tables; e.g. R's qnorm(0.975)): the reported quantiles are exact inverse CDFs. */
    static final double ZQ = 1.959963984540054;

    static List<InputSpec> resolve(Fixture fx, List<Problem> warnings) {
        return InputModel.resolve(fx.footprint(), warnings);
    }

    @Test
    void pedigreeScoresGiveALognormalWithTheBasicVarianceOfTheKindOfInput() {
        Fixture fx = new Fixture().factor("F", 1, Fixture.none())
                .activity("RAW", 10, "kWh", "F", DataType.PRIMARY, Fixture.pedigree(2, 3, 1, 2, 3))
                .activity("RAW_TRANSPORT", 10, "t·km", "F", DataType.PRIMARY, Fixture.pedigree(1, 1, 1, 1, 1));
        List<InputSpec> specs = resolve(fx, new ArrayList<>());
        InputDistribution kwh = specs.get(0).distribution();
        // σ² = 0.0006 + 0.0006 + 0.0006 + 0 + 0.000025 + 0.008 = 0.009825
        assertEquals(DistributionOrigin.PEDIGREE, kwh.origin());
        assertEquals(DistributionType.LOGNORMAL, kwh.type());
        assertEquals(10 * Math.exp(ZQ * Math.sqrt(0.009825)), kwh.high95(), 1e-9);
        assertEquals(10 * Math.exp(-ZQ * Math.sqrt(0.009825)), kwh.low95(), 1e-9);
        // GSD² = exp(2·√0.009825) = 1.21926
        assertEquals("lognormal from pedigree (2,3,1,2,3), basic variance 0.0006, σ² = 0.0098, GSD² = 1.2193",
                kwh.description());
        // transport: basic variance 0.12 with the best scores
        assertEquals(10 * Math.exp(ZQ * Math.sqrt(0.12)), specs.get(1).distribution().high95(), 1e-9);
    }

    @Test
    void defaultsDependOnTheDataTypeAndTheGas() {
        Fixture fx = new Fixture().factor("CO2F", 2.0, UncertaintyInput.NONE_GIVEN)
                .factor("CH4F", 3.0, "CH4", UncertaintyInput.NONE_GIVEN)
                .activity("RAW", 10, "kg", "CO2F", DataType.PRIMARY, UncertaintyInput.NONE_GIVEN)
                .activity("RAW", 20, "kg", "CH4F", DataType.SECONDARY, UncertaintyInput.NONE_GIVEN)
                .activity("RAW", 30, "kg", "CO2F", null, UncertaintyInput.NONE_GIVEN);
        List<InputSpec> specs = resolve(fx, new ArrayList<>());
        // lognormal ±p %: σ = ln(1 + p/100)/1.959964, so the 97.5 % quantile is nominal·(1 + p/100)^(ZQ/Z),
        // (1 + p/100) to within 8·10⁻⁹ relative; the 2.5 % one nominal/(1 + p/100)^(ZQ/Z)
        assertEquals(10 * Math.pow(1.05, ZQ / Z), specs.get(0).distribution().high95(), 1e-9);
        assertEquals(10 / Math.pow(1.05, ZQ / Z), specs.get(0).distribution().low95(), 1e-9);
        assertEquals(20 * Math.pow(1.10, ZQ / Z), specs.get(1).distribution().high95(), 1e-9);
        assertEquals(30 * Math.pow(1.10, ZQ / Z), specs.get(2).distribution().high95(), 1e-9);
        assertEquals(2 * Math.pow(1.10, ZQ / Z), specs.get(3).distribution().high95(), 1e-9);
        // CH4 factor: σ² = 0.04 → 97.5 % at 3·exp(1.959964·0.2)
        assertEquals(3 * Math.exp(ZQ * 0.2), specs.get(4).distribution().high95(), 1e-9);
        for (InputSpec s : specs) assertEquals(DistributionOrigin.DEFAULT, s.distribution().origin());
        assertEquals("lognormal, ±5 % (default for primary activity data)", specs.get(0).distribution().description());
    }

    @Test
    void givenDistributionsKeepTheirParameters() {
        Fixture fx = new Fixture().factor("F", 4, Fixture.normal(10))
                .activity("RAW", 10, "F", Fixture.triangular(8, null, 14))
                .activity("RAW", 10, "F", new UncertaintyInput(null, 20.0, null, null, null, null, null))
                .activity("RAW", 10, "F", Fixture.none())
                .activity("RAW", 10, "F", new UncertaintyInput(null, null, 1.5, null, null, null,
                        new dev.pcf.model.Pedigree(5, 5, 5, 5, 5)));
        List<InputSpec> specs = resolve(fx, new ArrayList<>());
        // GSD² 1.5 wins over the scores: 97.5 % at 10·1.5^(1.959964/2)
        assertEquals(10 * Math.pow(1.5, ZQ / 2), specs.get(3).distribution().high95(), 1e-9);
        assertEquals(DistributionOrigin.GIVEN, specs.get(3).distribution().origin());
        InputSpec tri = specs.get(0);
        assertInstanceOf(Distribution.Triangular.class, tri.law());
        assertEquals("triangular, min 8, mode 10, max 14", tri.distribution().description());
        // triangular(8, 10, 14): F(10) = 2/6, q0.025 = 8 + √(0.025·6·2) = 8.547723
        assertEquals(8 + Math.sqrt(0.025 * 6 * 2), tri.distribution().low95(), 1e-9);
        // SD = √((64 + 100 + 196 − 80 − 112 − 140)/18) = √(28/18) = 1.247219, relative to 10
        assertEquals(Math.sqrt(28.0 / 18) / 10, tri.relativeSd(), 1e-12);
        // ±% without a name: lognormal
        assertEquals(DistributionType.LOGNORMAL, specs.get(1).distribution().type());
        assertEquals(DistributionOrigin.GIVEN, specs.get(1).distribution().origin());
        assertInstanceOf(Distribution.Fixed.class, specs.get(2).law());
        // normal ±10 % of 4: sd = 0.4/1.959964 relative 0.1/1.959964
        assertEquals(0.1 / Z, specs.get(4).relativeSd(), 1e-12);
        // the truncation at 0 removes Φ(−19.6) ≈ 10⁻⁸⁵ of the mass: the 2.5 % point is 4·(1 − 0.1·ZQ/Z)
        assertEquals(4 * (1 - 0.1 * ZQ / Z), specs.get(4).distribution().low95(), 1e-12);
    }

    @Test
    void zeroAmountIsFixedWithAWarningFromCheck() {
        Fixture fx = new Fixture().factor("F", 1, Fixture.none()).activity("RAW", 0, "F", Fixture.normal(10))
                .activity("RAW", 0, "F", UncertaintyInput.NONE_GIVEN);
        List<Problem> warnings = new ArrayList<>();
        List<InputSpec> specs = resolve(fx, warnings);
        assertInstanceOf(Distribution.Fixed.class, specs.get(0).law());
        // the default needs no word (the reader warns of the zero amount itself)
        assertInstanceOf(Distribution.Fixed.class, specs.get(1).law());
        // reported once, by check(), not again by the run
        assertEquals(List.of(), warnings);
        assertEquals(List.of("'活动数据 Activity'!M2: 数量 Amount is 0, so its distribution is ignored (fixed at 0)"),
                InputModel.check(fx.workbook()).stream().map(Problem::toString).toList());
    }

    @Test
    void boundsAroundAComputedFactorAreCheckedAgainstTheFootprintsValue() {
        // value empty (computed from carbon content): the fixture's line uses factorValue 1
        Fixture fx = new Fixture().factor("COAL", null, "CO2", Fixture.uniform(2, 3))
                .activity("RAW", 5, "COAL", Fixture.none());
        assertEquals(List.of(), InputModel.check(fx.workbook()));
        List<Problem> warnings = new ArrayList<>();
        resolve(fx, warnings);
        assertEquals(List.of("'排放因子 Factors'!P2: the range 最小值 Min to 最大值 Max (2 to 3) does not contain the 数值 Value 1"),
                warnings.stream().map(Problem::toString).toList());
    }

    @Test
    void checkNamesTheCellOfEachInvalidParameter() {
        Fixture fx = new Fixture().factor("ZERO", 0.0, Fixture.lognormalPct(10))
                .factor("F", 1, Fixture.none())
                .activity("RAW", 10, "F", new UncertaintyInput(DistributionType.NORMAL, null, null, null, null, null, null))
                .activity("RAW", 10, "F", Fixture.uniform(12, 15))
                .activity("RAW", 10, "F", Fixture.lognormalGsd2(0.9));
        List<String> problems = InputModel.check(fx.workbook()).stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "'活动数据 Activity'!N2: 不确定度(±%) Uncertainty (±%) is required for a normal distribution, found an empty cell",
                "'活动数据 Activity'!P3: the range 最小值 Min to 最大值 Max (12 to 15) does not contain the 数量 Amount 10",
                "'排放因子 Factors'!M2: 不确定性分布 Distribution lognormal needs a 数值 Value greater than 0, found 0"),
                problems);
        // GSD² ≤ 1 is left to the reader by check(), but a run still refuses it
        InputException e = assertThrows(InputException.class, () -> InputModel.resolve(fx.footprint(), new ArrayList<>()));
        assertTrue(e.problems().stream().map(Problem::toString).toList().contains(
                "'活动数据 Activity'!O4: 几何标准差平方 GSD² must be greater than 1, found 0.9"), e.getMessage());
        // the missing ±% and the GSD²; factor ZERO is used by no line, so it is not an input of the run
        assertEquals(2, e.errors().size());
    }

    @Test
    void triangularModeDefaultingToAValueOutsideTheBoundsIsAnError() {
        Fixture fx = new Fixture().factor("F", 1, Fixture.none()).activity("RAW", 10, "F", Fixture.triangular(1, null, 3));
        List<String> problems = InputModel.check(fx.workbook()).stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "'活动数据 Activity'!P2: the range 最小值 Min to 最大值 Max (1 to 3) does not contain the 数量 Amount 10",
                "'活动数据 Activity'!Q2: 最可能值 Mode is empty and defaults to the 数量 Amount 10, which lies outside 最小值 Min to 最大值 Max"),
                problems);
    }

    @Test
    void pedigreeOfAMethaneFactorStartsFromBasicVariance0Point04() {
        Fixture fx = new Fixture().factor("CH4", 0.5, "CH4", Fixture.pedigree(1, 1, 1, 1, 1))
                .activity("USE", 2, "CH4", Fixture.none());
        InputSpec f = resolve(fx, new ArrayList<>()).get(1);
        assertEquals(DistributionOrigin.PEDIGREE, f.distribution().origin());
        // σ = √0.04 = 0.2
        assertEquals(0.5 * Math.exp(ZQ * 0.2), f.distribution().high95(), 1e-12);
    }
}
