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
 * buffer, walked for the replicate's mean and variance, then once per four inputs for their two sums,
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
        double[] mv = pooled(null, null);
        mean = mv[0];
        variance = mv[1];
        ranks = resamples >= 2 ? OrderStatistics.intervalRanks(resamples, OrderStatistics.P) : null;
    }

    /**
     * Mean and variance of the total over the 2N values of f(A) and f(B) (the rows given, or all), and
     * {@code y[j] = f(B)_k − mean} for the j-th row k.
     */
    private double[] pooled(int[] rows, double[] y) {
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
            if (y != null) y[j] = b;
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
        double[] y = new double[n];
        pooled(null, y);
        walk(d, width, null, y, s, q);
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
                double[] mv = pooled(rows, yr);
                walk(d, width, rows, yr, sr, qr);
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
     * Both estimators' sums over the rows given (or all) for every input of the group, each in row order,
     * four inputs per pass over the rows (in scalar accumulators):
     * <ul>
     *   <li>Saltelli 2010: (1/N) Σ f(B)_j · d_j / V, with f centred on the sample mean ({@code y}): E[d] = 0,
     *       so the expectation is the same, but the variance of the estimate no longer grows with the mean of
     *       the total (for a footprint whose mean is ten times its SD, uncentred, the interval of a
     *       dominant input spans most of 0–1).</li>
     *   <li>Jansen 1999: (1/2N) Σ d_j² / V.</li>
     * </ul>
     */
    private void walk(double[] d, int width, int[] rows, double[] y, double[] s, double[] q) {
        int i = 0;
        for (; i + 4 <= width; i += 4) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0, q0 = 0, q1 = 0, q2 = 0, q3 = 0;
            for (int j = 0; j < n; j++) {
                int at = (rows == null ? j : rows[j]) * width + i;
                double yj = y[j];
                double x0 = d[at];
                double x1 = d[at + 1];
                double x2 = d[at + 2];
                double x3 = d[at + 3];
                s0 += yj * x0;
                q0 += x0 * x0;
                s1 += yj * x1;
                q1 += x1 * x1;
                s2 += yj * x2;
                q2 += x2 * x2;
                s3 += yj * x3;
                q3 += x3 * x3;
            }
            s[i] = s0;
            s[i + 1] = s1;
            s[i + 2] = s2;
            s[i + 3] = s3;
            q[i] = q0;
            q[i + 1] = q1;
            q[i + 2] = q2;
            q[i + 3] = q3;
        }
        for (; i < width; i++) {
            double si = 0;
            double qi = 0;
            for (int j = 0; j < n; j++) {
                double x = d[(rows == null ? j : rows[j]) * width + i];
                si += y[j] * x;
                qi += x * x;
            }
            s[i] = si;
            q[i] = qi;
        }
    }

    private double first(double s, double v) {
        return v > 0 ? s / n / v : 0;
    }

    private double total(double q, double v) {
        return v > 0 ? q / (2.0 * n) / v : 0;
    }

    /**
     * Replicate r's row numbers: {@code rng.nextInt(n)} N times on the replicate's generator, written out
     * (Lemire's multiply-and-reject, as commons-rng implements it, over the 32-bit halves of each 64-bit
     * output, low half first, as its 64-bit generators hand them out), so that two draws cost one call to
     * the generator instead of two calls each through {@code nextInt(n)}'s layers; {@code GeneratorsTest} checks it against the library.
     */
    private void draw(int r, int[] rows) {
        fill(Generators.of(BlockSampler.blockSeed(seed, r)), n, n, rows);
    }

    /** {@code rows[j] = rng.nextInt(n)} for j &lt; count, on a generator that has not drawn yet. */
    static void fill(UniformRandomProvider rng, int n, int count, int[] rows) {
        long bound = n;
        long threshold = (1L << 32) % bound;
        long half = -1;   // the high half of the last output, while not handed out
        for (int j = 0; j < count; j++) {
            long m;
            do {
                long u;
                if (half < 0) {
                    long bits = rng.nextLong();
                    half = bits >>> 32;
                    u = bits & 0xFFFFFFFFL;
                } else {
                    u = half;
                    half = -1;
                }
                m = u * bound;
            } while ((m & 0xFFFFFFFFL) < threshold);
            rows[j] = (int) (m >>> 32);
        }
    }

    private double[] interval(double[] replicates) {
        if (ranks == null) return new double[] {Double.NaN, Double.NaN};
        Arrays.sort(replicates);
        return new double[] {replicates[ranks[0] - 1], replicates[ranks[1] - 1]};
    }
}
