package dev.pcf.uncertainty;

import dev.pcf.model.CellRef;
import dev.pcf.model.UncertaintyResult.InputDistribution;
import dev.pcf.model.UncertaintyResult.InputKind;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * One sampled input (an activity row or a factor row) resolved to a distribution of its
 * <em>multiplier</em>: the draw divided by the nominal value, so that a line's value in an
 * iteration is its deterministic kg CO2e times the multipliers of its activity row and factor row.
 *
 * @param kind         activity or factor row
 * @param index        the row's {@code index()} among its sheet's rows
 * @param cell         the row's first cell
 * @param label        what the input is, as printed
 * @param nominal      the nominal value in the row's unit (never 0 unless {@code shape} is FIXED)
 * @param shape        how the multiplier is drawn
 * @param a            NORMAL: relative SD; LOGNORMAL: σ of ln; TRIANGULAR/UNIFORM: min (row unit)
 * @param b            TRIANGULAR: mode; UNIFORM: max (row unit); otherwise unused
 * @param c            TRIANGULAR: max (row unit); otherwise unused
 * @param distribution the distribution as listed in the uncertainty appendix
 */
public record InputSpec(InputKind kind, int index, CellRef cell, String label, double nominal, Shape shape,
                        double a, double b, double c, InputDistribution distribution) {

    /** How a multiplier is drawn. */
    public enum Shape {
        /** always 1 */
        FIXED,
        /** 1 + a·z, drawn again while ≤ 0 */
        NORMAL,
        /** exp(a·z): median 1 */
        LOGNORMAL,
        /** triangular(a, b, c) in row units, divided by the nominal */
        TRIANGULAR,
        /** uniform(a, b) in row units, divided by the nominal */
        UNIFORM
    }

    /** Whether the input varies between iterations. */
    public boolean sampled() {
        return shape != Shape.FIXED;
    }

    /** Standard deviation of the multiplier (the input's SD relative to its nominal value). */
    public double relativeSd() {
        return switch (shape) {
            case FIXED -> 0;
            case NORMAL -> a;
            case LOGNORMAL -> Math.sqrt(Math.expm1(a * a) * Math.exp(a * a));
            case TRIANGULAR -> Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18) / Math.abs(nominal);
            case UNIFORM -> (b - a) / Math.sqrt(12) / Math.abs(nominal);
        };
    }

    /**
     * Fills {@code out[0..n)} with multipliers. No allocation.
     *
     * @return how many normal draws were ≤ 0 and drawn again
     */
    long fill(double[] out, int n, UniformRandomProvider rng, ContinuousSampler gauss) {
        long resampled = 0;
        switch (shape) {
            case FIXED -> java.util.Arrays.fill(out, 0, n, 1.0);
            case NORMAL -> {
                for (int k = 0; k < n; k++) {
                    double m = 1 + a * gauss.sample();
                    while (m <= 0) {
                        resampled++;
                        m = 1 + a * gauss.sample();
                    }
                    out[k] = m;
                }
            }
            case LOGNORMAL -> {
                for (int k = 0; k < n; k++) {
                    out[k] = Math.exp(a * gauss.sample());
                }
            }
            case TRIANGULAR -> {
                double inv = 1 / nominal;
                double range = c - a;
                double split = (b - a) / range;
                double left = range * (b - a);
                double right = range * (c - b);
                for (int k = 0; k < n; k++) {
                    double u = rng.nextDouble();
                    double x = u < split ? a + Math.sqrt(u * left) : c - Math.sqrt((1 - u) * right);
                    out[k] = x * inv;
                }
            }
            case UNIFORM -> {
                double lo = a / nominal;
                double width = (b - a) / nominal;
                for (int k = 0; k < n; k++) {
                    out[k] = lo + width * rng.nextDouble();
                }
            }
        }
        return resampled;
    }
}
