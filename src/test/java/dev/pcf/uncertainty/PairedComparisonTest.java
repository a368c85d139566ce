package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pcf.model.Comparison;
import dev.pcf.model.Footprint;
import dev.pcf.model.Progress;
import java.util.List;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The paired analysis of {@code pcf compare} against closed forms. Tolerances are 4 Monte Carlo
 * standard errors (binomial √(p(1−p)/M) for a probability, σ/√M for a mean,
 * √(p(1−p)/M)/f(q) for a quantile): a correct implementation fails each check with probability about
 * 2·Φ(−4) = 6.3·10⁻⁵ over the choice of seed.
 */
class PairedComparisonTest {
    static final long M = 200_000;
    static final double Z = 1.959964;

    static McOptions fixed(long iterations, int threads) {
        return new McOptions(5, iterations, McOptions.DEFAULT_CAP, threads, McOptions.DEFAULT_BLOCK);
    }

    /** One line: amount (fixed) × factor F = 1 kgCO2e/kg, lognormal with GSD² = g. */
    static Footprint shared(double amount, double factorValue, double g) {
        return new Fixture().factor("F", factorValue, Fixture.lognormalGsd2(g))
                .activity("RAW", amount, "F", Fixture.none()).footprint();
    }

    @Test
    void aSharedFactorCancelsAndTheDifferenceIsTheFactorScaled() {
        // A = 10·f, B = 8·f with the same f (same ID, same definition): B < A in every iteration, and
        // B − A = −2·f, a lognormal scaled by −2: median −2, mean −2·e^{σ²/2}, 95 % interval
        // [−2·e^{zσ}, −2·e^{−zσ}] with σ = ln(g)/2
        double g = 1.5;
        double sigma = Math.log(g) / 2;
        Comparison.Paired p = PairedComparison.run(List.of(shared(10, 1, g), shared(8, 1, g)), fixed(M, 2), Progress.NONE);
        assertEquals(M, p.iterations());
        Comparison.Difference d = p.differences().get(0);
        assertEquals(1.0, d.pLower());
        assertEquals(List.of("F"), p.sharedFactors());
        assertEquals(List.of(), p.ownFactors());
        var f = LogNormalDistribution.of(0, sigma);
        double sdD = 2 * Math.sqrt((Math.exp(sigma * sigma) - 1) * Math.exp(sigma * sigma));
        assertEquals(-2 * Math.exp(sigma * sigma / 2), d.summary().mean(), 4 * sdD / Math.sqrt(M));
        assertEquals(-2.0, d.summary().median(), 4 * 2 * Math.sqrt(0.25 / M) / f.density(1));
        double q975 = Math.exp(Z * sigma);
        double q025 = Math.exp(-Z * sigma);
        double seTail = Math.sqrt(0.025 * 0.975 / M);
        assertEquals(-2 * q975, d.summary().low(), 4 * 2 * seTail / f.density(q975));
        assertEquals(-2 * q025, d.summary().high(), 4 * 2 * seTail / f.density(q025));
        assertEquals(-2.0, d.summary().deterministic(), 1e-12);
    }

    @Test
    void aFactorWithTheSameIdButAnotherValueIsDrawnIndependently() {
        // B's F is 1.1 (another definition): ln B − ln A = ln(8.8/10) + σ(Z_B − Z_A), so
        // P(B < A) = Φ(−ln 0.88 / (σ√2)) = Φ(0.127833 / 0.490129) = Φ(0.260812) = 0.60288 for g = 2 (σ = ln 2 / 2)
        double g = 2;
        double sigma = Math.log(g) / 2;
        Comparison.Paired p = PairedComparison.run(List.of(shared(10, 1, g), shared(8, 1.1, g)), fixed(M, 2), Progress.NONE);
        double exact = NormalDistribution.of(0, 1).cumulativeProbability(-Math.log(0.88) / (sigma * Math.sqrt(2)));
        assertEquals(0.60288, exact, 1e-5);
        assertEquals(exact, p.differences().get(0).pLower(), 4 * Math.sqrt(exact * (1 - exact) / M));
        assertEquals(List.of(), p.sharedFactors());
        assertEquals(List.of("F"), p.ownFactors());
    }

    @Test
    void independentNormalInputsGiveTheNormalProbability() {
        // activity rows are never shared: A ~ N(100, σA), B ~ N(95, σB) with σ = nominal·p/1.959964,
        // P(B < A) = Φ((μA − μB)/√(σA² + σB²)); truncation at 0 is 10 SD away and negligible
        double sa = 100 * 0.20 / Z;
        double sb = 95 * 0.30 / Z;
        Footprint a = new Fixture().factor("F", 1, Fixture.none()).activity("RAW", 100, "F", Fixture.normal(20)).footprint();
        Footprint b = new Fixture().factor("F", 1, Fixture.none()).activity("RAW", 95, "F", Fixture.normal(30)).footprint();
        Comparison.Paired p = PairedComparison.run(List.of(a, b), fixed(M, 2), Progress.NONE);
        double sd = Math.hypot(sa, sb);
        double exact = NormalDistribution.of(0, 1).cumulativeProbability(5 / sd);
        assertEquals(exact, p.differences().get(0).pLower(), 4 * Math.sqrt(exact * (1 - exact) / M));
        assertEquals(-5, p.differences().get(0).summary().mean(), 4 * sd / Math.sqrt(M));
        assertEquals(sd, p.differences().get(0).summary().sd(), 4 * sd / Math.sqrt(2.0 * M));
        // each product's own total keeps its own spread
        assertEquals(sa, p.totals().get(0).sd(), 4 * sa / Math.sqrt(2.0 * M));
        assertEquals(sb, p.totals().get(1).sd(), 4 * sb / Math.sqrt(2.0 * M));
        // a fixed factor is no uncertain input at all: nothing shared
        assertEquals(List.of(), p.sharedFactors());
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        List<Footprint> fps = List.of(shared(10, 1, 2), shared(8, 1.1, 2), shared(9, 1, 2));
        assertEquals(PairedComparison.run(fps, fixed(30_000, 1), Progress.NONE),
                PairedComparison.run(fps, fixed(30_000, 3), Progress.NONE));
        McOptions adaptive = McOptions.resolve(null, 5L, null, 1);
        assertEquals(PairedComparison.run(fps, adaptive, Progress.NONE),
                PairedComparison.run(fps, adaptive.withThreads(2), Progress.NONE));
    }

    @Test
    void aFixedCountIsRunExactlyAndTheAdaptiveRunStopsOnWholeGroups() {
        assertEquals(5000, PairedComparison.run(List.of(shared(10, 1, 2), shared(8, 1, 2)), fixed(5000, 1), Progress.NONE)
                .iterations());
        Comparison.Paired a = PairedComparison.run(List.of(shared(10, 1, 2), shared(8, 1.1, 2)),
                McOptions.resolve(null, 5L, null, 2), Progress.NONE);
        assertTrue(a.adaptive() && a.converged(), a.toString());
        assertEquals(0, a.iterations() % (PairedComparison.GROUP * CommonDraws.BLOCK));
        assertTrue(a.iterations() >= 2 * PairedComparison.GROUP * CommonDraws.BLOCK);
    }
}
