package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pcf.model.DataType;
import dev.pcf.model.UncertaintyResult.InputDistribution;
import java.util.ArrayList;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.junit.jupiter.api.Test;

class DistributionTest {
    static final double Z = 1.959964;

    /**
     * Normal ±100 % around 10: s = 1/1.959964, the sampler redraws multipliers 1 + s·z ≤ 0, i.e.
     * z is a standard normal truncated to (a, ∞) with a = −1.959964. Its p-quantile is
     * Φ⁻¹(Φ(a) + p·(1 − Φ(a))); Φ(a) = 0.024999999096, so (Python's statistics.NormalDist, an
     * implementation independent of commons-statistics):
     * q(0.025) = Φ⁻¹(0.049374999) = −1.650944058616 → 10·(1 + s·q) = 1.576661313087,
     * q(0.975) = Φ⁻¹(0.975624999) = 1.970771656740 → 20.055142118630.
     * The untruncated limits the report used to print were 0 and 20.
     */
    @Test
    void reportedNormalLimitsAreThoseOfTheTruncatedDistributionTheSamplerDraws() {
        Fixture fx = new Fixture().factor("F", 1, Fixture.none()).activity("RAW", 10, "kg", "F", DataType.PRIMARY,
                Fixture.normal(100));
        InputSpec spec = InputModel.resolve(fx.footprint(), new ArrayList<>()).get(0);
        InputDistribution d = spec.distribution();
        assertEquals(1.576661313087, d.low95(), 1e-9);
        assertEquals(20.055142118630, d.high95(), 1e-9);

        // the sampler agrees: 2.5 % of its draws fall below each limit. Binomial SE √(0.025·0.975/N)
        // = 3.49·10⁻⁴ for N = 200,000; 4.5 SE each side → false failure ≈ 1.4·10⁻⁵ for both checks
        int n = 200_000;
        ContinuousSampler s = Distribution.multiplierSampler(spec.law(),
                RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {7, 11}));
        int below = 0;
        int above = 0;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double x = 10 * s.sample();
            assertTrue(x > 0);
            if (x < d.low95()) below++;
            if (x > d.high95()) above++;
            sum += x;
        }
        double se = Math.sqrt(0.025 * 0.975 / n);
        assertEquals(0.025, below / (double) n, 4.5 * se);
        assertEquals(0.025, above / (double) n, 4.5 * se);
        // mean of the truncated multiplier 1 + s·φ(a)/(1 − Φ(a)) = 1.030584061476 (same tool); SD of a
        // draw < 10·s = 5.1, SE < 5.1/√N = 0.0114; 4.5 SE → false failure < 7·10⁻⁶
        assertEquals(10.30584061476, sum / n, 4.5 * 5.1 / Math.sqrt(n));
    }

    @Test
    void normalWithoutNoticeableTruncationHasTheUsualLimitsAndAnUnbiasedSampler() {
        // ±10 %: truncation removes Φ(−19.6) ≈ 10⁻⁸⁵; mean 1, SD 0.1/1.959964 = 0.05102.
        // Guards against commons-statistics 1.1 sampling a half-normal for TN(1, s, 0, ∞) (mean 1.04).
        Distribution.Normal normal = Distribution.Normal.ofPercent(4, 10);
        assertEquals(4 * (1 - 0.1 * 1.959963984540054 / Z), normal.quantile(0.025), 1e-12);
        ContinuousSampler s = Distribution.multiplierSampler(normal,
                RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {3, 5}));
        int n = 100_000;
        double sum = 0;
        int belowOne = 0;
        for (int k = 0; k < n; k++) {
            double m = s.sample();
            sum += m;
            if (m < 1) belowOne++;
        }
        // SE of the mean 0.05102/√N = 1.6·10⁻⁴, of the share below 1 √(0.25/N) = 1.6·10⁻³; 4.5 SE each
        assertEquals(1, sum / n, 4.5 * 0.05102 / Math.sqrt(n));
        assertEquals(0.5, belowOne / (double) n, 4.5 * Math.sqrt(0.25 / n));
    }

    @Test
    void shapesInTheRowUnitHaveTheirClosedFormQuantilesAndSds() {
        // uniform(8, 13): q(p) = 8 + 5p; SD 5/√12
        Distribution.Uniform u = new Distribution.Uniform(10, 8, 13);
        assertEquals(8.125, u.quantile(0.025), 1e-12);
        assertEquals(12.875, u.quantile(0.975), 1e-12);
        assertEquals(5 / Math.sqrt(12) / 10, u.relativeSd(), 1e-12);
        // triangular(8, 10, 14), F(10) = 1/3: q(0.975) = 14 − √(0.025·6·4) = 13.225403
        Distribution.Triangular t = new Distribution.Triangular(10, 8, 10, 14);
        assertEquals(14 - Math.sqrt(0.025 * 6 * 4), t.quantile(0.975), 1e-12);
        // lognormal σ = 0.2 around −5 keeps the sign: q(0.975) of the multiplier exp(0.2·1.959964) times −5
        Distribution.LogNormal l = new Distribution.LogNormal(-5, 0.2);
        assertEquals(-5 * Math.exp(0.2 * 1.959963984540054), l.quantile(0.975), 1e-12);
    }

    @Test
    void invalidParametersAreRefusedNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Distribution.Triangular(10, 8, 15, 14));
        assertEquals("triangular (min 8.0, mode 15.0, max 14.0): needs finite min < max and min ≤ mode ≤ max",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Distribution.LogNormal(3, 0));
        assertEquals("lognormal around 3.0: σ of ln must be a number > 0, found 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Uniform(1, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> Distribution.Normal.ofPercent(1, -5));
    }
}
