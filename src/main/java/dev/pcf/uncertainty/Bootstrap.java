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
 * buffer, walked for the replicate's mean, then once per four inputs for their two sums (the first walk
 * also for the variance), each in row order — the same sums, in the same order, as one walk per input over stored rows, without
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
        walk(d, width, null, mean, y, s, q);
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
                double v = walk(d, width, rows, mean(rows), yr, sr, qr) / (2.0 * n - 1);
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

    /**
     * Both estimators' sums over the rows given (or all) for every input of the group, each in row order,
     * four inputs per pass over the rows (in scalar accumulators; the first pass one to five):
     * <ul>
     *   <li>Saltelli 2010: (1/N) Σ f(B)_j · d_j / V, with f centred on the sample mean ({@code y}): E[d] = 0,
     *       so the expectation is the same, but the variance of the estimate no longer grows with the mean of
     *       the total (for a footprint whose mean is ten times its SD, uncentred, the interval of a
     *       dominant input spans most of 0–1).</li>
     *   <li>Jansen 1999: (1/2N) Σ d_j² / V.</li>
     * </ul>
     * The first pass also writes {@code y} (f(B) − {@code mean}) and returns the variance's sum of squares
     * (2N − 1 times V), in row order as a pass of its own would sum them.
     */
    private double walk(double[] d, int width, int[] rows, double mean, double[] y, double[] s, double[] q) {
        // the first pass also centres f(B) into y and sums the squares of the centred values (the variance's
        // sum, in row order), for the first one to five inputs (so that the others make groups of four; a first
        // group of fewer than five repeats its last input)
        int first = width % 4 == 1 && width > 1 ? 5 : (width - 1) % 4 + 1;
        int c1 = Math.min(1, first - 1);
        int c2 = Math.min(2, first - 1);
        int c3 = Math.min(3, first - 1);
        int c4 = Math.min(4, first - 1);
        double ss = 0, s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, q0 = 0, q1 = 0, q2 = 0, q3 = 0, q4 = 0;
        for (int j = 0; j < n; j++) {
            int k = rows == null ? j : rows[j];
            double a = ya[k] - mean;
            double b = yb[k] - mean;
            ss += a * a + b * b;
            y[j] = b;
            int at = k * width;
            double x = d[at];
            s0 += b * x;
            q0 += x * x;
            x = d[at + c1];
            s1 += b * x;
            q1 += x * x;
            x = d[at + c2];
            s2 += b * x;
            q2 += x * x;
            x = d[at + c3];
            s3 += b * x;
            q3 += x * x;
            x = d[at + c4];
            s4 += b * x;
            q4 += x * x;
        }
        double[] sums = {s0, s1, s2, s3, s4, q0, q1, q2, q3, q4};
        System.arraycopy(sums, 0, s, 0, first);
        System.arraycopy(sums, 5, q, 0, first);
        int i = first;
        for (; i + 4 <= width; i += 4) {
            s0 = 0; s1 = 0; s2 = 0; s3 = 0; q0 = 0; q1 = 0; q2 = 0; q3 = 0;
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
        return ss;
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
