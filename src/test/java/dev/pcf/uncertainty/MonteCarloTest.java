package dev.pcf.uncertainty;

import dev.pcf.model.Progress;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pcf.model.Footprint;
import dev.pcf.model.Problem;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.model.UncertaintyResult.Contribution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    /** A small model mixing every shape, a shared factor and two stages. */
    static Footprint mixed() {
        return new Fixture().factor("GRID", 0.58, Fixture.lognormalPct(10)).factor("STEEL", 2.1, Fixture.pedigree(2, 2, 3, 1, 2))
                .factor("DIESEL", 3.1, Fixture.normal(8))
                .activity("RAW", 12, "STEEL", Fixture.triangular(10, 12.0, 15))
                .activity("RAW", 40, "GRID", Fixture.uniform(35, 45))
                .activity("PRODUCTION", 170, "GRID", Fixture.normal(5))
                .activity("PRODUCTION", 2, "DIESEL", Fixture.lognormalGsd2(1.2))
                .activity("USE", 300, "GRID", dev.pcf.model.UncertaintyInput.NONE_GIVEN)
                .footprint();
    }

    static UncertaintyResult run(Footprint fp, McOptions o) {
        return MonteCarlo.run(fp, null, o, Progress.NONE);
    }

    static void assertSameNumbers(UncertaintyResult a, UncertaintyResult b) {
        assertEquals(a.iterations(), b.iterations());
        assertEquals(a.converged(), b.converged());
        assertEquals(a.tolerance(), b.tolerance());
        assertEquals(a.total(), b.total());
        assertEquals(a.stages(), b.stages());
        assertEquals(a.contributions(), b.contributions());
        assertEquals(a.approach1(), b.approach1());
        assertEquals(a.convergence(), b.convergence());
        assertEquals(a.histogram().lower(), b.histogram().lower());
        assertEquals(a.histogram().width(), b.histogram().width());
        assertArrayEquals(a.histogram().counts(), b.histogram().counts());
        assertEquals(a.resampledShare(), b.resampledShare());
        assertEquals(a.warnings(), b.warnings());
    }

    @Test
    void sameSeedGivesIdenticalNumbersForAnyThreadCount() {
        Footprint fp = mixed();
        int cores = Runtime.getRuntime().availableProcessors();
        // fixed with a partial last block
        McOptions fixed = new McOptions(42, 35_000L, McOptions.DEFAULT_CAP, 1, 10_000);
        UncertaintyResult one = run(fp, fixed);
        assertSameNumbers(one, run(fp, fixed.withThreads(cores)));
        assertSameNumbers(one, run(fp, fixed.withThreads(3)));
        assertEquals(35_000, one.iterations());
        // adaptive: blocks computed ahead by idle threads are discarded
        McOptions adaptive = new McOptions(42, null, 200_000, 1, 10_000);
        UncertaintyResult a1 = run(fp, adaptive);
        assertSameNumbers(a1, run(fp, adaptive.withThreads(cores)));
        assertSameNumbers(a1, run(fp, adaptive.withThreads(3)));
    }

    @Test
    void anotherSeedGivesOtherDraws() {
        McOptions o = new McOptions(1, 10_000L, McOptions.DEFAULT_CAP, 1, 10_000);
        UncertaintyResult a = run(mixed(), o);
        UncertaintyResult b = run(mixed(), o.withSeed(2));
        assertNotEquals(a.total().mean(), b.total().mean());
        assertNotEquals(a.total().high(), b.total().high());
        assertEquals(1, a.seed());
        assertEquals(2, b.seed());
    }

    @Test
    void adaptiveRunStopsAtWholeBlocksOnceStable() {
        UncertaintyResult r = run(mixed(), McOptions.defaults());
        assertTrue(r.adaptive());
        assertTrue(r.converged());
        assertEquals(0, r.iterations() % 10_000);
        assertTrue(r.iterations() >= 20_000);
        // δ from n_dig = 2 significant digits of the SD (JCGM 101 §7.9.2)
        assertEquals(MonteCarlo.tolerance(r.total().sd()), r.tolerance());
        assertEquals(r.iterations(), r.convergence().get(r.convergence().size() - 1).iterations());
        assertEquals(10_000, r.convergence().get(0).iterations());
    }

    @Test
    void adaptiveRunThatHitsTheCapSaysItDidNotConverge() {
        // blocks of 100 are far too small for two significant digits of the SD
        UncertaintyResult r = run(mixed(), new McOptions(3, null, 300, 1, 100));
        assertFalse(r.converged());
        assertEquals(300, r.iterations());
    }

    @Test
    void fixedRunIsNeitherAdaptiveNorTolerant() {
        UncertaintyResult r = run(mixed(), new McOptions(3, 12_345L, 1, 1, 10_000));
        assertFalse(r.adaptive());
        assertTrue(r.converged());
        assertTrue(Double.isNaN(r.tolerance()));
        assertEquals(12_345, r.iterations());
        // 50 bins over the 0.1 %..99.9 % order statistics hold all but at most 0.2 % of the draws (+ ties at the edges)
        long counted = java.util.Arrays.stream(r.histogram().counts()).sum();
        assertEquals(50, r.histogram().counts().length);
        assertTrue(counted >= 12_345 - 26 && counted <= 12_345, "counted " + counted);
    }

    @Test
    void toleranceIsHalfAUnitInTheSecondSignificantDigit() {
        assertEquals(0.05, MonteCarlo.tolerance(2.0), 1e-15);       // 2.0 = 20·10⁻¹
        assertEquals(0.0005, MonteCarlo.tolerance(0.0123), 1e-15);  // 12·10⁻³
        assertEquals(0.5, MonteCarlo.tolerance(9.996), 1e-15);      // rounds to 10 = 10·10⁰
        assertEquals(0, MonteCarlo.tolerance(0));
    }

    @Test
    void wideNormalIsResampledAndWarned() {
        // ±100 %: sd = nominal/1.959964, P(draw ≤ 0) = Φ(−1.959964) = 0.025
        Footprint fp = new Fixture().factor("F", 1, Fixture.none()).activity("RAW", 10, "F", Fixture.normal(100)).footprint();
        UncertaintyResult r = run(fp, new McOptions(5, 200_000L, 1, 2, 10_000));
        // share of rejected draws: binomial SE √(0.025·0.975/200000) = 3.5e-4; 4 SE → false failure 6.3e-5
        assertEquals(0.025, r.resampledShare(), 4 * Math.sqrt(0.025 * 0.975 / 200_000));
        assertTrue(r.total().low() > 0);
        List<String> w = r.warnings().stream().map(Problem::toString).toList();
        assertEquals(List.of("'活动数据 Activity'!A2: normal ±100 % gives 2.5 % of draws ≤ 0, drawn again (truncated normal; consider lognormal)"), w);
    }

    @Test
    void contributionsMatchTheAnalyticSharesOfALinearModel() {
        // two lines of 10 kg CO2e, normal ±10 % and ±20 %: variances 1 : 4 → analytic shares 0.2 and 0.8;
        // for a bivariate normal ρ_S = (6/π)·asin(ρ/2) ≈ 0.98·ρ, so squared normalised shares stay within 0.01.
        // Sampling error of ρ² on n = 10⁴ pairs: ≈ 2ρ(1−ρ²)/√n ≤ 0.008 → 0.03 is ≥ 3.7 SE (false failure < 2·10⁻⁴).
        Footprint fp = new Fixture().factor("F", 1, Fixture.none())
                .activity("RAW", 10, "F", Fixture.normal(10)).activity("RAW", 10, "F", Fixture.normal(20)).footprint();
        UncertaintyResult r = run(fp, new McOptions(9, 10_000L, 1, 1, 10_000));
        List<Contribution> c = r.contributions();
        assertEquals(2, c.size());
        assertEquals("项目1 item 1 (RAW)", c.get(0).label());
        assertEquals(0.8, c.get(0).share(), 0.03);
        assertEquals(0.2, c.get(1).share(), 0.03);
        assertEquals(0.8, c.get(0).analyticShare(), 1e-12);
        assertEquals(0.2, c.get(1).analyticShare(), 1e-12);
        // Approach 1: U = 1.959964·√(1² + 2²)·(1/1.959964)... sd_i = 10·p/1.959964 → U = √(10² + 20²)·... / 20
        assertEquals(Math.sqrt(1 + 4) * 1.0 / 20 * 100, r.approach1().relativeHalfWidthPct(), 1e-9);
    }

    @Test
    void everyInputIsListedForTheAppendix() {
        UncertaintyResult r = run(mixed(), new McOptions(1, 10_000L, 1, 1, 10_000));
        // 5 activity rows then the 3 factor rows
        assertEquals(8, r.inputs().size());
        assertEquals("factor GRID", r.inputs().get(5).label());
        assertEquals(UncertaintyResult.DistributionOrigin.PEDIGREE, r.inputs().get(6).origin());
        assertEquals(UncertaintyResult.DistributionOrigin.DEFAULT, r.inputs().get(4).origin());
        List<Problem> none = new ArrayList<>(r.warnings());
        assertEquals(List.of(), none);
    }

    @Test
    void withoutUncertainInputsEveryDrawIsTheDeterministicValue() {
        Footprint fp = new Fixture().factor("F", 2, Fixture.none()).activity("RAW", 3, "F", Fixture.none()).footprint();
        UncertaintyResult r = run(fp, McOptions.defaults().withThreads(1));
        assertEquals(6, r.total().low());
        assertEquals(6, r.total().high());
        assertEquals(0, r.total().sd());
        // u = 0: δ = 0 and every block statistic agrees exactly, so the procedure stops at h = 2
        assertTrue(r.converged());
        assertEquals(20_000, r.iterations());
        assertEquals(List.of(), r.contributions());
        assertEquals(0, r.approach1().relativeHalfWidthPct());
    }

    static BlockSampler.Block block(double mean, double sd, double low, double high) {
        return new BlockSampler.Block(0, new double[0], new double[0][], null, mean, 0, sd, low, high);
    }

    @Test
    void stabilityNeedsTwiceTheStandardDeviationOfEveryBlockEstimateWithinDelta() {
        // h = 2: s = |x1 − x2|/2 (SD of two values / √2); means 40.00, 40.04 → 2s = 0.04 ≤ 0.05
        // highs 43.90, 43.96 → 2s = 0.06 > 0.05: not yet
        assertFalse(MonteCarlo.stable(List.of(block(40.00, 2, 36.08, 43.90), block(40.04, 2, 36.08, 43.96)), 0.05));
        // highs 43.90, 43.94 → 2s = 0.04: every estimate is within δ
        assertTrue(MonteCarlo.stable(List.of(block(40.00, 2, 36.08, 43.90), block(40.04, 2, 36.08, 43.94)), 0.05));
        // h = 3, SDs 1.9, 2.0, 2.1: sample SD 0.1, s = 0.1/√3 = 0.0577 → 2s = 0.115 > 0.1
        assertFalse(MonteCarlo.stable(List.of(block(40, 1.9, 36, 44), block(40, 2.0, 36, 44), block(40, 2.1, 36, 44)), 0.1));
        assertTrue(MonteCarlo.stable(List.of(block(40, 1.9, 36, 44), block(40, 2.0, 36, 44), block(40, 2.1, 36, 44)), 0.116));
    }

    @Test
    void aSingleIterationStillGivesAResult() {
        UncertaintyResult r = run(mixed(), new McOptions(1, 1L, 1, 2, 10_000));
        assertEquals(1, r.iterations());
        assertEquals(r.total().low(), r.total().high());
        assertEquals(0, r.total().sd());
        assertEquals(1, r.convergence().size());
    }

    @Test
    void listenerHearsEveryBlockThenTheEnd() {
        List<String> heard = new ArrayList<>();
        Progress l = new Progress() {
            @Override
            public void advanced(long done, long expected, String item) {
                heard.add(done + "/" + expected);
            }

            @Override
            public void finished() {
                heard.add("end");
            }
        };
        MonteCarlo.run(mixed(), null, new McOptions(1, 25_000L, 1, 2, 10_000), l);
        assertEquals(List.of("10000/25000", "20000/25000", "25000/25000", "end"), heard);
    }
}
