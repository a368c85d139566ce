package dev.pcf.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;

/**
 * Fills a run of an input's multipliers: the draws of {@link Distribution#multiplierSampler} on the same
 * generator, in the same order, bit for bit ({@code MultiplierFillTest}), with the loop inside the shape's
 * code. Sampling is the Monte Carlo's hot loop, and a draw through the sampler object costs two or three
 * calls that neither compiler can bind ahead (the sampler's class varies from input to input); here the
 * call per draw is to the underlying generator of the shape, and the multiplier's arithmetic is inline.
 */
@FunctionalInterface
interface MultiplierFill {
    /** Writes the next {@code to − from} multipliers to {@code out[from..to)}. */
    void fill(double[] out, int from, int to);

    /** The fill of {@code d}'s multiplier on {@code rng}, or null for a fixed input. */
    static MultiplierFill of(Distribution d, UniformRandomProvider rng) {
        return switch (d) {
            case Distribution.Fixed f -> null;
            case Distribution.Normal n -> {
                // the truncated standard normal's sampler, for an interval (−1/s, ∞) holding more than half the
                // mass, draws the Ziggurat's normals until one is ≥ −1/s and returns 0 + x·1 (x, or +0 for −0,
                // which 1 + s·x maps to 1 either way): written out, one call per draw instead of four
                TruncatedNormalDistribution standard = n.standard();
                double lower = standard.getSupportLowerBound();
                double s = n.relativeSd();
                if (!(lower < 0 && standard.getSupportUpperBound() == Double.POSITIVE_INFINITY)) {
                    ContinuousDistribution.Sampler x = standard.createSampler(rng);
                    yield (out, from, to) -> {
                        for (int k = from; k < to; k++) out[k] = 1 + s * x.sample();
                    };
                }
                ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
                yield (out, from, to) -> {
                    for (int k = from; k < to; k++) {
                        double x = z.sample();
                        while (x < lower) x = z.sample();
                        out[k] = 1 + s * x;
                    }
                };
            }
            case Distribution.LogNormal l -> {
                // LogNormalSampler.of(gaussian, 0, σ) draws exp(0 + σ·z): the same double as exp(σ·z)
                ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
                double sigma = l.sigma();
                // the normals first, then their exponentials: under C1, exp in the loop that calls the
                // generator costs 12.7 ns a draw, in a loop of its own 9.4 (the same doubles)
                yield (out, from, to) -> {
                    for (int k = from; k < to; k++) out[k] = z.sample();
                    for (int k = from; k < to; k++) out[k] = Math.exp(sigma * out[k]);
                };
            }
            case Distribution.Triangular t -> scaled(t.inRowUnit().createSampler(rng), 1 / t.nominal());
            case Distribution.Uniform u -> scaled(u.inRowUnit().createSampler(rng), 1 / u.nominal());
        };
    }

    private static MultiplierFill scaled(ContinuousDistribution.Sampler s, double factor) {
        return (out, from, to) -> {
            for (int k = from; k < to; k++) out[k] = s.sample() * factor;
        };
    }
}
