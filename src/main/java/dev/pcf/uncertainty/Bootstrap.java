package dev.pcf.uncertainty;

import dev.pcf.model.SensitivityResult.SobolIndex;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The Sobol' estimators on the full sample and on R bootstrap replicates (rows of A and B drawn
 * with replacement, the same rows for every input), giving 95 % percentile intervals with the
 * JCGM 101 §7.7 ranks. Replicate r's rows come from a generator seeded by (seed, r).
 *
 * <p>The inputs are estimated together ({@link #indices}): each replicate's rows are drawn once into a
 * buffer, walked for the replicate's mean, then for every input's two sums and the variance
 * ({@link BootstrapSums}), each in row order — the same sums, in the same order, as one walk per input over stored rows, without
 * storing R × N row numbers.
 */
final class Bootstrap {
    /** Replicates per work item (each with its own row buffer); the split does not change any number. */
    private static final int PART = 25;

    private final long seed;
    private final int n;
    private final int resamples;
    private final double[] ya;
    private final double[] yb;
    private final double variance;
    private final double mean;
    private final int[] ranks;

    /**
     * @param ya f(A)
     * @param yb f(B)
     */
    Bootstrap(long seed, int n, int resamples, double[] ya, double[] yb) {
        this.seed = seed;
        this.n = n;
        this.resamples = resamples;
        this.ya = ya;
        this.yb = yb;
        mean = mean(null);
        double ss = 0;
        for (int j = 0; j < n; j++) {
            double a = ya[j] - mean;
            double b = yb[j] - mean;
            ss += a * a + b * b;
        }
        variance = ss / (2.0 * n - 1);
        ranks = resamples >= 2 ? OrderStatistics.intervalRanks(resamples, OrderStatistics.P) : null;
    }

    /** Mean of the total over the 2N values of f(A) and f(B) of the rows given (or all), summed in row order. */
    private double mean(int[] rows) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
            int k = rows == null ? j : rows[j];
            sum += ya[k] + yb[k];
        }
        return sum / (2.0 * n);
    }

    /**
     * The indices of a group of inputs.
     *
     * @param inputs the group's inputs
     * @param d      d_j = f(A_B^i)_j − f(A)_j of input i of the group at {@code d[j * width + i]}
     * @param width  the group's size
     * @param pool   worker threads (split by replicate), or null
     */
    SobolIndex[] indices(List<InputSpec> inputs, double[] d, int width, ExecutorService pool, int threads) {
        double[] s = new double[width];
        double[] q = new double[width];
        double[] y = new double[n];
        BootstrapSums.walk(ya, yb, n, d, width, null, mean, y, s, q);
        // replicate r's sums of input i at [i * resamples + r]
        double[] fr = new double[width * resamples];
        double[] tr = new double[width * resamples];
        int parts = (resamples + PART - 1) / PART;
        Parallel.forEach(parts, pool, threads, p -> {
            int[] rows = new int[n];
            double[] yr = new double[n];
            double[] sr = new double[width];
            double[] qr = new double[width];
            for (int r = p * PART; r < Math.min(resamples, (p + 1) * PART); r++) {
                draw(r, rows);
                double v = BootstrapSums.walk(ya, yb, n, d, width, rows, mean(rows), yr, sr, qr) / (2.0 * n - 1);
                for (int i = 0; i < width; i++) {
                    fr[i * resamples + r] = first(sr[i], v);
                    tr[i * resamples + r] = total(qr[i], v);
                }
            }
        });
        SobolIndex[] out = new SobolIndex[width];
        for (int i = 0; i < width; i++) {
            InputSpec in = inputs.get(i);
            double[] fi = interval(Arrays.copyOfRange(fr, i * resamples, (i + 1) * resamples));
            double[] ti = interval(Arrays.copyOfRange(tr, i * resamples, (i + 1) * resamples));
            out[i] = new SobolIndex(in.cell(), in.kind(), in.label(), first(s[i], variance), fi[0], fi[1],
                    total(q[i], variance), ti[0], ti[1]);
        }
        return out;
    }

    private double first(double s, double v) {
        return v > 0 ? s / n / v : 0;
    }

    private double total(double q, double v) {
        return v > 0 ? q / (2.0 * n) / v : 0;
    }

    /** Replicate r's row numbers: {@code rng.nextInt(n)} N times on the replicate's generator ({@link Generators#nextInts}). */
    private void draw(int r, int[] rows) {
        Generators.nextInts(Generators.of(BlockSampler.blockSeed(seed, r)), n, n, rows);
    }

    private double[] interval(double[] replicates) {
        if (ranks == null) return new double[] {Double.NaN, Double.NaN};
        Arrays.sort(replicates);
        return new double[] {replicates[ranks[0] - 1], replicates[ranks[1] - 1]};
    }
}
