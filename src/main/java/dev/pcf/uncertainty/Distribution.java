package dev.pcf.uncertainty;

import dev.pcf.model.DistributionType;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * The distribution of one input, in the input's own unit, and of its <em>multiplier</em> (a draw
 * divided by the nominal value). Each shape is a record validated when built; the quantiles and
 * the samplers are commons-statistics-distribution's.
 */
public sealed interface Distribution {

    /** The shape, as listed in the uncertainty appendix. */
    DistributionType type();

    /** The nominal value in the row's unit. */
    double nominal();

    /** The p-quantile of the input in the row's unit (for a negative nominal, of the multiplier times it). */
    double quantile(double p);

    /** Standard deviation of the multiplier (the input's SD relative to its nominal value). */
    double relativeSd();

    /** Whether the input varies between iterations. */
    default boolean sampled() {
        return !(this instanceof Fixed);
    }

    /** A fixed input: its multiplier is always 1. */
    record Fixed(double nominal) implements Distribution {
        @Override public DistributionType type() {
            return DistributionType.NONE;
        }

        @Override public double quantile(double p) {
            return nominal;
        }

        @Override public double relativeSd() {
            return 0;
        }
    }

    /**
     * A normal distribution truncated to the sign of its nominal value: the multiplier is
     * 1 + s·z with z a standard normal drawn again while 1 + s·z ≤ 0, i.e. a standard normal
     * truncated to (−1/s, ∞).
     *
     * @param nominal    the mean before truncation
     * @param relativeSd s, the SD before truncation relative to |nominal|, &gt; 0
     */
    record Normal(double nominal, double relativeSd) implements Distribution {
        /** Validates. */
        public Normal {
            requireNominal(nominal, "normal");
            if (!(relativeSd > 0) || Double.isInfinite(relativeSd)) {
                throw new IllegalArgumentException("normal around " + nominal + ": the relative SD must be a number > 0, found "
                        + relativeSd);
            }
        }

        /** Normal ±p % (the half-width of the 95 % interval before truncation): s = p/100/1.959964. */
        public static Normal ofPercent(double nominal, double percent) {
            return new Normal(nominal, percent / 100 / Distributions.Z975);
        }

        @Override public DistributionType type() {
            return DistributionType.NORMAL;
        }

        /** The standard normal truncated to (−1/s, ∞), of which the multiplier is 1 + s·x. */
        TruncatedNormalDistribution standard() {
            return TruncatedNormalDistribution.of(0, 1, -1 / relativeSd, Double.POSITIVE_INFINITY);
        }

        /** Probability that an untruncated draw is ≤ 0, Φ(−1/s): the share the sampler draws again. */
        public double truncatedShare() {
            return NormalDistribution.of(0, 1).cumulativeProbability(-1 / relativeSd);
        }

        @Override public double quantile(double p) {
            return nominal * (1 + relativeSd * standard().inverseCumulativeProbability(p));
        }
    }

    /**
     * A lognormal distribution whose median is the nominal value: the multiplier is exp(σ·z).
     *
     * @param nominal the median (a negative one keeps its sign: −exp(σ·z)·|nominal|)
     * @param sigma   σ of ln(multiplier), &gt; 0
     */
    record LogNormal(double nominal, double sigma) implements Distribution {
        /** Validates. */
        public LogNormal {
            requireNominal(nominal, "lognormal");
            if (!(sigma > 0) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("lognormal around " + nominal + ": σ of ln must be a number > 0, found " + sigma);
            }
        }

        @Override public DistributionType type() {
            return DistributionType.LOGNORMAL;
        }

        /** The multiplier's distribution, median 1. */
        LogNormalDistribution multiplier() {
            return LogNormalDistribution.of(0, sigma);
        }

        @Override public double quantile(double p) {
            return nominal * multiplier().inverseCumulativeProbability(p);
        }

        @Override public double relativeSd() {
            return Math.sqrt(Math.expm1(sigma * sigma) * Math.exp(sigma * sigma));
        }
    }

    /**
     * A triangular distribution in the row's unit.
     *
     * @param nominal the row's value (divides a draw into a multiplier)
     * @param min     lower end
     * @param mode    most likely value, min ≤ mode ≤ max
     * @param max     upper end, &gt; min
     */
    record Triangular(double nominal, double min, double mode, double max) implements Distribution {
        /** Validates. */
        public Triangular {
            requireNominal(nominal, "triangular");
            if (!(min < max) || !(mode >= min && mode <= max) || Double.isInfinite(max - min)) {
                throw new IllegalArgumentException("triangular (min " + min + ", mode " + mode + ", max " + max
                        + "): needs finite min < max and min ≤ mode ≤ max");
            }
        }

        @Override public DistributionType type() {
            return DistributionType.TRIANGULAR;
        }

        TriangularDistribution inRowUnit() {
            return TriangularDistribution.of(min, mode, max);
        }

        @Override public double quantile(double p) {
            return inRowUnit().inverseCumulativeProbability(p);
        }

        @Override public double relativeSd() {
            return Math.sqrt(inRowUnit().getVariance()) / Math.abs(nominal);
        }
    }

    /**
     * A uniform distribution in the row's unit.
     *
     * @param nominal the row's value (divides a draw into a multiplier)
     * @param min     lower end
     * @param max     upper end, &gt; min
     */
    record Uniform(double nominal, double min, double max) implements Distribution {
        /** Validates. */
        public Uniform {
            requireNominal(nominal, "uniform");
            if (!(min < max) || Double.isInfinite(max - min)) {
                throw new IllegalArgumentException("uniform (min " + min + ", max " + max + "): needs finite min < max");
            }
        }

        @Override public DistributionType type() {
            return DistributionType.UNIFORM;
        }

        UniformContinuousDistribution inRowUnit() {
            return UniformContinuousDistribution.of(min, max);
        }

        @Override public double quantile(double p) {
            return inRowUnit().inverseCumulativeProbability(p);
        }

        @Override public double relativeSd() {
            return Math.sqrt(inRowUnit().getVariance()) / Math.abs(nominal);
        }
    }

    /**
     * A sampler of the multiplier of {@code d} on {@code rng}, or null for a fixed input. Every
     * sampler draws from {@code rng} alone, so a block's numbers depend only on its generator.
     */
    static ContinuousSampler multiplierSampler(Distribution d, UniformRandomProvider rng) {
        return switch (d) {
            case Fixed f -> null;
            case Normal n -> {
                // standardised: commons-statistics 1.1 samples a half-normal when the lower bound of an
                // unstandardised truncated normal is ≥ 0, whatever its mean (TN(1, 0.05, 0, ∞) has mean 1.04)
                ContinuousDistribution.Sampler x = n.standard().createSampler(rng);
                double s = n.relativeSd();
                yield () -> 1 + s * x.sample();
            }
            // what LogNormalDistribution.createSampler builds, without its wrapper: one call less per draw
            // in the hot loop (≈ 15 % of the Monte Carlo's time, McBench)
            case LogNormal l -> LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 0, l.sigma());
            case Triangular t -> scaled(t.inRowUnit().createSampler(rng), 1 / t.nominal());
            case Uniform u -> scaled(u.inRowUnit().createSampler(rng), 1 / u.nominal());
        };
    }

    private static ContinuousSampler scaled(ContinuousDistribution.Sampler s, double factor) {
        return () -> s.sample() * factor;
    }

    /** NaN stands for a value not yet known (a computed factor while checking); 0 is fixed later. */
    private static void requireNominal(double nominal, String shape) {
        if (Double.isInfinite(nominal)) {
            throw new IllegalArgumentException(shape + ": the nominal value must be finite, found " + nominal);
        }
    }
}
