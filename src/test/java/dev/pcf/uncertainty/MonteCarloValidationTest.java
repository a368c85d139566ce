package dev.pcf.uncertainty;

import dev.pcf.model.Progress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pcf.model.Footprint;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.model.UncertaintyResult.Summary;
import org.junit.jupiter.api.Test;

/**
 * The validation cases of uncertainty-spec.md against analytic answers. Every tolerance is
 * k = 4 Monte Carlo standard errors (SE of a quantile: sqrt(p(1−p)/M)/f(q_p); of the mean σ/√M;
 * of the SD ≈ σ/√(2M)), so a correct engine fails one assertion with probability
 * 2·Φ(−4) = 6.3·10⁻⁵ over the choice of seed.
 */
class MonteCarloValidationTest {
    static final int M = 1_000_000;
    /** sqrt(0.025 · 0.975 / 10⁶) */
    static final double P_SE = Math.sqrt(0.025 * 0.975 / M);

    static UncertaintyResult run(Footprint fp, long iterations) {
        return MonteCarlo.run(fp, null, new McOptions(7, iterations, McOptions.DEFAULT_CAP, 2, 10_000),
                Progress.NONE);
    }

    @Test
    void jcgmAdditiveNormalGives40PlusMinus3Point9199() {
        // Y = X1+X2+X3+X4, Xi ~ N(10, 1): ±p % with sd = 10·p/100/1.959964 = 1 → p = 19.59964
        Fixture fx = new Fixture().factor("F", 1, Fixture.none());
        for (int i = 0; i < 4; i++) fx.activity("RAW", 10, "F", Fixture.normal(19.59964));
        Summary s = run(fx.footprint(), M).total();
        // Y ~ N(40, 2): f(q0.025) = φ(1.959964)/2 = 0.058445/2 = 0.029222 → SE = 1.5612e-4/0.029222 = 0.005343
        double seQ = P_SE / 0.029222;
        assertEquals(40 - 3.9199, s.low(), 4 * seQ + 5e-5);
        assertEquals(40 + 3.9199, s.high(), 4 * seQ + 5e-5);
        assertEquals(40, s.mean(), 4 * 2 / Math.sqrt(M));        // SE 0.002
        assertEquals(2, s.sd(), 4 * 2 / Math.sqrt(2.0 * M));       // SE 0.0014
        assertEquals(40, s.median(), 4 * Math.sqrt(0.25 / M) / 0.199471); // f(40) = 1/(2√(2π))
        // the reported standard errors estimate the same quantities (spacing estimator, within 10 %)
        assertEquals(seQ, s.seLow(), 0.1 * seQ);
        assertEquals(seQ, s.seHigh(), 0.1 * seQ);
        assertEquals(0.002, s.seMean(), 0.0001);
        assertEquals(3.9199 / 40 * 100, s.minusPct(), 100 * (4 * seQ + 5e-5) / 40);
    }

    @Test
    void jcgmAdditiveRectangularGives40PlusMinus3Point8794() {
        // Xi ~ U(10 − √3, 10 + √3): SD 1 each
        double h = Math.sqrt(3);
        Fixture fx = new Fixture().factor("F", 1, Fixture.none());
        for (int i = 0; i < 4; i++) fx.activity("RAW", 10, "F", Fixture.uniform(10 - h, 10 + h));
        UncertaintyResult r = run(fx.footprint(), M);
        Summary s = r.total();
        // Y = 40 + 2√3(S − 2), S Irwin–Hall(4); q0.025 of S = 2 − 3.8794/(2√3) = 0.88011,
        // f_S = x³/6 = 0.11362 there, so f_Y = 0.11362/(2√3) = 0.032800 → SE = 1.5612e-4/0.0328 = 0.004760
        double seQ = P_SE / 0.032800;
        assertEquals(40 - 3.8794, s.low(), 4 * seQ + 5e-5);
        assertEquals(40 + 3.8794, s.high(), 4 * seQ + 5e-5);
        assertEquals(2, s.sd(), 4 * 2 / Math.sqrt(2.0 * M) * 0.8); // platykurtic: SE of SD below σ/√(2M)
        // the normal approximation (±3.9199) lies 8 SE away and must not be what we get
        assertTrue(s.high() - 40 < 3.9199 - 4 * seQ, "interval is not the normal approximation");
        // Approach 1 is that normal approximation: U = 1.959964·√(4·(10·(2√3/10)/√12)²)/40 = 9.79982 %
        assertEquals(9.79982, r.approach1().relativeHalfWidthPct(), 1e-4);
        assertEquals(40 - 3.919928, r.approach1().low(), 1e-5);
    }

    @Test
    void sharedFactorGivesTheTotalTheFactorsOwnRelativeInterval() {
        // one factor (value 2, lognormal ±20 %) used by three lines with exact amounts 1, 2, 3: total = 12·m
        Fixture fx = new Fixture().factor("GRID", 2, Fixture.lognormalPct(20))
                .activity("RAW", 1, "GRID", Fixture.none())
                .activity("PRODUCTION", 2, "GRID", Fixture.none())
                .activity("USE", 3, "GRID", Fixture.none());
        UncertaintyResult r = run(fx.footprint(), M);
        Summary s = r.total();
        // the factor's own 95 % interval is [1/1.2, 1.2]·nominal; σ = ln 1.2/1.959964 = 0.093022;
        // f(1.2) = φ(1.959964)/(1.2σ) = 0.52356, f(1/1.2) = 0.75392 → SE (relative) 2.982e-4, 2.071e-4
        assertEquals(1.2, s.high() / 12, 4 * P_SE / 0.52356);
        assertEquals(1 / 1.2, s.low() / 12, 4 * P_SE / 0.75392);
        assertEquals(20, s.plusPct(), 100 * 4 * P_SE / 0.52356);
        // perfectly correlated: every stage's relative interval is the total's, exactly
        for (var st : r.stages()) {
            assertEquals(s.high() / 12, st.summary().high() / st.summary().deterministic(), 1e-12);
            assertEquals(s.low() / 12, st.summary().low() / st.summary().deterministic(), 1e-12);
        }
        // and the factor explains all of the variance (ranks identical)
        assertEquals(1, r.contributions().size());
        assertEquals(1.0, r.contributions().get(0).share(), 1e-12);
        // sampled per line instead, the relative SD would be σ·√(1+4+9)/6 = 0.62σ: far outside the tolerances
    }

    @Test
    void lognormalQuantileIsMedianTimesGsd2ToTheHalfZ() {
        double g = 1.5;
        Fixture fx = new Fixture().factor("F", 1, Fixture.none()).activity("RAW", 10, "F", Fixture.lognormalGsd2(g));
        Summary s = run(fx.footprint(), M).total();
        double sigma = Math.log(g) / 2;                        // 0.202733
        double q975 = 10 * Math.pow(g, 1.959964 / 2);          // 14.8787
        double q025 = 10 * Math.pow(g, -1.959964 / 2);         // 6.7210
        double phi = 0.058445;                                 // φ(1.959964)
        assertEquals(q975, s.high(), 4 * P_SE / (phi / (q975 * sigma)));   // SE 0.0080
        assertEquals(q025, s.low(), 4 * P_SE / (phi / (q025 * sigma)));    // SE 0.0036
        // median-preserving: median = nominal, mean = nominal·exp(σ²/2) = 10.2076 > nominal
        assertEquals(10, s.median(), 4 * 0.0005 / (0.398942 / (10 * sigma)));
        double sd = 10 * Math.sqrt(Math.expm1(sigma * sigma) * Math.exp(sigma * sigma));
        assertEquals(10 * Math.exp(sigma * sigma / 2), s.mean(), 4 * sd / Math.sqrt(M));
    }

    @Test
    void stagesAddUpToTheTotalInEveryIteration() {
        Fixture fx = new Fixture().factor("A", 2, Fixture.lognormalPct(10)).factor("B", 3, Fixture.normal(30))
                .activity("RAW", 1, "A", Fixture.uniform(0.5, 1.5))
                .activity("PRODUCTION", 2, "B", Fixture.triangular(1, null, 4))
                .activity("PRODUCTION", 5, "A", Fixture.lognormalGsd2(1.3));
        UncertaintyResult r = run(fx.footprint(), 30_000);
        double stageMeans = r.stages().stream().mapToDouble(st -> st.summary().mean()).sum();
        // means are sums in the same iteration order: equal up to rounding
        assertEquals(r.total().mean(), stageMeans, 1e-9 * r.total().mean());
        assertEquals(2 + 6 + 10, r.total().deterministic(), 1e-12);
        assertEquals(2, r.stages().size());
        assertEquals(2, r.stages().get(0).summary().deterministic(), 1e-12);
    }

    @Test
    void triangularQuantilesMatchTheInverseDistributionFunction() {
        // triangular(8, 10, 14): F(10) = 2/6; q0.025 = 8 + √(0.025·6·2) = 8.547723, q0.975 = 14 − √(0.025·6·4) = 13.225403
        // densities there: 2·0.547723/(6·2) = 0.091287 and 2·0.774597/(6·4) = 0.064550
        Fixture fx = new Fixture().factor("F", 1, Fixture.none()).activity("RAW", 10, "F", Fixture.triangular(8, null, 14));
        Summary s = run(fx.footprint(), M).total();
        assertEquals(8 + Math.sqrt(0.025 * 6 * 2), s.low(), 4 * P_SE / 0.091287);
        assertEquals(14 - Math.sqrt(0.025 * 6 * 4), s.high(), 4 * P_SE / 0.064550);
        // mean (8 + 10 + 14)/3 = 10.6667, SD √(28/18) = 1.247219
        assertEquals(32.0 / 3, s.mean(), 4 * 1.247219 / Math.sqrt(M));
    }

    @Test
    void negativeFactorKeepsItsSignAndReadsAsPlusMinusPercent() {
        // a removal factor −2 (normal ±10 %) on an exact amount 5: total = −10·m, m ~ N(1, 0.1/1.959964)
        // 97.5 % of m is 1.1 → low −11; density of the total there φ(1.959964)/(10·0.1/1.959964) = 0.114550
        Fixture fx = new Fixture().factor("REMOVAL", -2, Fixture.normal(10)).activity("EOL", 5, "REMOVAL", Fixture.none());
        Summary s = run(fx.footprint(), M).total();
        assertEquals(-11, s.low(), 4 * P_SE / 0.114550);
        assertEquals(-9, s.high(), 4 * P_SE / 0.114550);
        assertEquals(10, s.minusPct(), 100 * 4 * P_SE / 0.114550 / 10);
        assertEquals(10, s.plusPct(), 100 * 4 * P_SE / 0.114550 / 10);
    }

    @Test
    void pedigreeRowSamplesItsLognormal() {
        // kWh row, scores (2,3,1,2,3): σ² = 0.0006 (basic) + 0.0006 + 0.0006 + 0 + 0.000025 + 0.008 = 0.009825,
        // σ = 0.099121; 97.5 % at 10·exp(1.959964σ) = 12.1443, density φ(1.959964)/(12.1443σ) = 0.048553
        Fixture fx = new Fixture().factor("F", 1, Fixture.none())
                .activity("PRODUCTION", 10, "kWh", "F", dev.pcf.model.DataType.PRIMARY, Fixture.pedigree(2, 3, 1, 2, 3));
        Summary s = run(fx.footprint(), M).total();
        double sigma = Math.sqrt(0.009825);
        assertEquals(10 * Math.exp(1.959964 * sigma), s.high(), 4 * P_SE / 0.048553);
        assertEquals(10 * Math.exp(-1.959964 * sigma), s.low(), 4 * P_SE / (0.058445 / (10 * Math.exp(-1.959964 * sigma) * sigma)));
    }
}
