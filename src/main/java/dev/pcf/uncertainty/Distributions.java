package dev.pcf.uncertainty;

import dev.pcf.model.UncertaintyResult.DistributionOrigin;
import dev.pcf.model.UncertaintyResult.InputDistribution;
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
        return make(r, new Distribution.Fixed(r.nominal()), origin, description);
    }

    /** An input drawn from {@code law}, listed with its 2.5 % and 97.5 % quantiles (the library's inverse CDF). */
    static InputSpec make(InputRow r, Distribution law, DistributionOrigin origin, String description) {
        double lo = law.quantile(0.025);
        double hi = law.quantile(0.975);
        InputDistribution d = new InputDistribution(r.cells().rowRef(), r.kind(), r.label(), r.nominal(), law.type(),
                description, origin, Math.min(lo, hi), Math.max(lo, hi));
        return new InputSpec(r.kind(), r.index(), r.cells().rowRef(), r.label(), law, d);
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
