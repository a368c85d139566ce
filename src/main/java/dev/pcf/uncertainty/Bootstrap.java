package dev.pcf.uncertainty;

import dev.pcf.model.SensitivityResult.SobolIndex;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The Sobol' estimators on the full sample and on R bootstrap replicates (rows of A and B drawn
 * with replacement, the same rows for every input), giving 95 % percentile intervals with the
 * JCGM 101 §7.7 ranks. Replicate r's rows come from a generator seeded by (seed, r).
 */
final class Bootstrap {
    private final int n;
    private final double[] yb;
    private final double variance;
    private final double mean;
    private final int[][] rows;
    private final double[] replicateVariance;
    private final double[] replicateMean;
    private final int[] ranks;

    /**
     * @param ya f(A)
     * @param yb f(B)
     */
    Bootstrap(long seed, int n, int resamples, double[] ya, double[] yb) {
        this.n = n;
        this.yb = yb;
        double[] mv = pooled(ya, yb, null);
        mean = mv[0];
        variance = mv[1];
        rows = new int[resamples][n];
        replicateVariance = new double[resamples];
        replicateMean = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(BlockSampler.blockSeed(seed, r));
            for (int j = 0; j < n; j++) rows[r][j] = rng.nextInt(n);
            mv = pooled(ya, yb, rows[r]);
            replicateMean[r] = mv[0];
            replicateVariance[r] = mv[1];
        }
        ranks = resamples >= 2 ? OrderStatistics.intervalRanks(resamples, OrderStatistics.P) : null;
    }

    /** Mean and variance of the total over the 2N values of f(A) and f(B) (the rows given, or all). */
    private static double[] pooled(double[] ya, double[] yb, int[] rows) {
        int n = rows == null ? ya.length : rows.length;
        double sum = 0;
        for (int j = 0; j < n; j++) {
            int k = rows == null ? j : rows[j];
            sum += ya[k] + yb[k];
        }
        double mean = sum / (2.0 * n);
        double ss = 0;
        for (int j = 0; j < n; j++) {
            int k = rows == null ? j : rows[j];
            double a = ya[k] - mean;
            double b = yb[k] - mean;
            ss += a * a + b * b;
        }
        return new double[] {mean, ss / (2.0 * n - 1)};
    }

    /** The indices of one input from d_j = f(A_B^i)_j − f(A)_j. */
    SobolIndex index(InputSpec input, double[] d) {
        double[] first = new double[1];
        double[] total = new double[1];
        estimate(d, null, mean, variance, first, total, 0);
        double[] fr = new double[rows.length];
        double[] tr = new double[rows.length];
        for (int r = 0; r < rows.length; r++) estimate(d, rows[r], replicateMean[r], replicateVariance[r], fr, tr, r);
        double[] fi = interval(fr);
        double[] ti = interval(tr);
        return new SobolIndex(input.cell(), input.kind(), input.label(), first[0], fi[0], fi[1], total[0], ti[0], ti[1]);
    }

    /**
     * Both estimators over the rows given (or all), in one pass over them; writes the first-order
     * index to {@code first[slot]} and the total-order index to {@code total[slot]}.
     * <ul>
     *   <li>Saltelli 2010: (1/N) Σ f(B)_j · d_j / V, with f centred on the sample mean: E[d] = 0, so the
     *       expectation is the same, but the variance of the estimate no longer grows with the mean of
     *       the total (for a footprint whose mean is ten times its SD, uncentred, the interval of a
     *       dominant input spans most of 0–1).</li>
     *   <li>Jansen 1999: (1/2N) Σ d_j² / V.</li>
     * </ul>
     */
    private void estimate(double[] d, int[] rws, double m, double v, double[] first, double[] total, int slot) {
        double s = 0;
        double q = 0;
        for (int j = 0; j < n; j++) {
            int k = rws == null ? j : rws[j];
            double x = d[k];
            s += (yb[k] - m) * x;
            q += x * x;
        }
        first[slot] = v > 0 ? s / n / v : 0;
        total[slot] = v > 0 ? q / (2.0 * n) / v : 0;
    }

    private double[] interval(double[] replicates) {
        if (ranks == null) return new double[] {Double.NaN, Double.NaN};
        Arrays.sort(replicates);
        return new double[] {replicates[ranks[0] - 1], replicates[ranks[1] - 1]};
    }
}
