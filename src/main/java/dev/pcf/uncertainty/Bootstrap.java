package dev.pcf.uncertainty;

import dev.pcf.model.SensitivityResult.SobolIndex;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The Sobol' estimators on the full sample and on R bootstrap replicates (rows of A and B drawn
 * with replacement, the same rows for every input), giving 95 % percentile intervals with the
 * JCGM 101 §7.7 ranks. Replicate r's rows come from a generator seeded by (seed, r).
 *
 * <p>The inputs are estimated together ({@link #indices}): each replicate's rows are drawn once into a
 * buffer, and one walk over them adds up the replicate's mean and variance and every input's two sums,
 * each in row order — the same sums, in the same order, as one walk per input over stored rows, without
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
        double[] mv = pooled(null);
        mean = mv[0];
        variance = mv[1];
        ranks = resamples >= 2 ? OrderStatistics.intervalRanks(resamples, OrderStatistics.P) : null;
    }

    /** Mean and variance of the total over the 2N values of f(A) and f(B) (the rows given, or all). */
    private double[] pooled(int[] rows) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
            int k = rows == null ? j : rows[j];
            sum += ya[k] + yb[k];
        }
        double m = sum / (2.0 * n);
        double ss = 0;
        for (int j = 0; j < n; j++) {
            int k = rows == null ? j : rows[j];
            double a = ya[k] - m;
            double b = yb[k] - m;
            ss += a * a + b * b;
        }
        return new double[] {m, ss / (2.0 * n - 1)};
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
        walk(d, width, null, mean, s, q);
        // replicate r's sums of input i at [i * resamples + r]
        double[] fr = new double[width * resamples];
        double[] tr = new double[width * resamples];
        int parts = (resamples + PART - 1) / PART;
        Parallel.forEach(parts, pool, threads, p -> {
            int[] rows = new int[n];
            double[] sr = new double[width];
            double[] qr = new double[width];
            for (int r = p * PART; r < Math.min(resamples, (p + 1) * PART); r++) {
                draw(r, rows);
                double[] mv = pooled(rows);
                Arrays.fill(sr, 0);
                Arrays.fill(qr, 0);
                walk(d, width, rows, mv[0], sr, qr);
                for (int i = 0; i < width; i++) {
                    fr[i * resamples + r] = first(sr[i], mv[1]);
                    tr[i * resamples + r] = total(qr[i], mv[1]);
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

    /**
     * Both estimators' sums over the rows given (or all), in one pass over them, for every input of the group:
     * <ul>
     *   <li>Saltelli 2010: (1/N) Σ f(B)_j · d_j / V, with f centred on the sample mean: E[d] = 0, so the
     *       expectation is the same, but the variance of the estimate no longer grows with the mean of
     *       the total (for a footprint whose mean is ten times its SD, uncentred, the interval of a
     *       dominant input spans most of 0–1).</li>
     *   <li>Jansen 1999: (1/2N) Σ d_j² / V.</li>
     * </ul>
     */
    private void walk(double[] d, int width, int[] rows, double m, double[] s, double[] q) {
        for (int j = 0; j < n; j++) {
            int k = rows == null ? j : rows[j];
            double y = yb[k] - m;
            int at = k * width;
            for (int i = 0; i < width; i++) {
                double x = d[at + i];
                s[i] += y * x;
                q[i] += x * x;
            }
        }
    }

    private double first(double s, double v) {
        return v > 0 ? s / n / v : 0;
    }

    private double total(double q, double v) {
        return v > 0 ? q / (2.0 * n) / v : 0;
    }

    /**
     * Replicate r's row numbers: {@code rng.nextInt(n)} N times on the replicate's generator, with that
     * method's algorithm (Lemire's multiply-and-reject, as commons-rng implements it) written out, so
     * that a draw costs one call instead of four; {@code BootstrapTest} checks it against the library.
     */
    private void draw(int r, int[] rows) {
        fill(Generators.of(BlockSampler.blockSeed(seed, r)), n, n, rows);
    }

    /** {@code rows[j] = rng.nextInt(n)} for j &lt; count. */
    static void fill(UniformRandomProvider rng, int n, int count, int[] rows) {
        long bound = n;
        long threshold = (1L << 32) % bound;
        for (int j = 0; j < count; j++) {
            long m = (rng.nextInt() & 0xFFFFFFFFL) * bound;
            while ((m & 0xFFFFFFFFL) < threshold) m = (rng.nextInt() & 0xFFFFFFFFL) * bound;
            rows[j] = (int) (m >>> 32);
        }
    }

    private double[] interval(double[] replicates) {
        if (ranks == null) return new double[] {Double.NaN, Double.NaN};
        Arrays.sort(replicates);
        return new double[] {replicates[ranks[0] - 1], replicates[ranks[1] - 1]};
    }
}
