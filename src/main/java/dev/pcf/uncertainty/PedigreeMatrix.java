package dev.pcf.uncertainty;

import dev.pcf.model.Pedigree;

/**
 * The ecoinvent v3 (2013) pedigree matrix (reference-data.md §4): the variance of ln(x) added by
 * each indicator score, and the basic variances by kind of input.
 */
public final class PedigreeMatrix {
    /** Basic variance of ln(x) for energy, materials and CO2 from combustion. */
    public static final double BASIC_DEFAULT = 0.0006;
    /** Basic variance of ln(x) for transport services (t·km). */
    public static final double BASIC_TRANSPORT = 0.12;
    /** Basic variance of ln(x) for CH4 and N2O from combustion. */
    public static final double BASIC_CH4_N2O = 0.04;

    /** Rows: reliability, completeness, temporal, geographical, technological; columns: score 1..5. */
    private static final double[][] VARIANCE = {
        {0, 0.0006, 0.002, 0.008, 0.04},
        {0, 0.0001, 0.0006, 0.002, 0.008},
        {0, 0.0002, 0.002, 0.008, 0.04},
        {0, 0.000025, 0.0001, 0.0006, 0.002},
        {0, 0.0006, 0.008, 0.04, 0.12},
    };

    private PedigreeMatrix() {}

    /** Σ of the indicator variances of ln(x) for these scores (without the basic variance). */
    public static double indicatorVariance(Pedigree p) {
        int[] s = p.scores();
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            sum += VARIANCE[i][s[i] - 1];
        }
        return sum;
    }

    /** σ² of ln(x): the basic variance plus the indicator variances. */
    public static double variance(double basic, Pedigree p) {
        return basic + indicatorVariance(p);
    }

    /** GSD² = exp(2σ) for a variance σ² of ln(x). */
    public static double gsd2(double variance) {
        return Math.exp(2 * Math.sqrt(variance));
    }
}
