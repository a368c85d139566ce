package dev.pcf.uncertainty;

import dev.pcf.model.DistributionType;
import dev.pcf.model.UncertaintyResult.DistributionOrigin;
import dev.pcf.model.UncertaintyResult.InputDistribution;
import dev.pcf.uncertainty.InputSpec.Shape;
import java.util.Locale;

/**
 * Builds {@link InputSpec}s with their appendix entry (type, description, 2.5 % and 97.5 %
 * quantiles in the row's unit), and formats their parameters.
 */
final class Distributions {
    /** The 97.5 % quantile of the standard normal distribution, as JCGM 101 prints it. */
    static final double Z975 = 1.959964;

    private Distributions() {}

    /** A fixed input (its multiplier is always 1). */
    static InputSpec fixed(InputRow r, DistributionOrigin origin, String description) {
        InputDistribution d = new InputDistribution(r.cells().rowRef(), r.kind(), r.label(), r.nominal(),
                DistributionType.NONE, description, origin, r.nominal(), r.nominal());
        return new InputSpec(r.kind(), r.index(), r.cells().rowRef(), r.label(), r.nominal(), Shape.FIXED, 0, 0, 0, d);
    }

    /** A sampled input; a, b, c as in {@link InputSpec}. */
    static InputSpec make(InputRow r, Shape shape, double a, double b, double c, DistributionOrigin origin,
                         String description) {
        double n = r.nominal();
        double lo;
        double hi;
        DistributionType type;
        switch (shape) {
            case NORMAL -> {
                type = DistributionType.NORMAL;
                lo = n * (1 - Z975 * a);
                hi = n * (1 + Z975 * a);
            }
            case LOGNORMAL -> {
                type = DistributionType.LOGNORMAL;
                lo = n * Math.exp(-Z975 * a);
                hi = n * Math.exp(Z975 * a);
            }
            case TRIANGULAR -> {
                type = DistributionType.TRIANGULAR;
                lo = triangularQuantile(0.025, a, b, c);
                hi = triangularQuantile(0.975, a, b, c);
            }
            case UNIFORM -> {
                type = DistributionType.UNIFORM;
                lo = a + 0.025 * (b - a);
                hi = a + 0.975 * (b - a);
            }
            default -> throw new IllegalStateException(shape.name());
        }
        InputDistribution d = new InputDistribution(r.cells().rowRef(), r.kind(), r.label(), n, type, description,
                origin, Math.min(lo, hi), Math.max(lo, hi));
        return new InputSpec(r.kind(), r.index(), r.cells().rowRef(), r.label(), n, shape, a, b, c, d);
    }

    /** The p-quantile of triangular(min, mode, max). */
    static double triangularQuantile(double p, double min, double mode, double max) {
        double split = (mode - min) / (max - min);
        return p < split ? min + Math.sqrt(p * (max - min) * (mode - min))
                : max - Math.sqrt((1 - p) * (max - min) * (max - mode));
    }

    /** A number as the user wrote it: no exponent, no trailing zeros, independent of the locale. */
    static String num(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.toString(x);
        return dev.pcf.model.Numbers.plain(x);
    }

    /** Four decimals, independent of the locale. */
    static String fmt4(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }
}
