package dev.pcf.uncertainty;

import dev.pcf.model.UncertaintyResult.Summary;
import java.util.function.LongToDoubleFunction;

/**
 * Order-statistic estimates from a sample of Monte Carlo draws (JCGM 101:2008 §7.7), without
 * interpolation.
 */
final class OrderStatistics {
    /** Coverage probability of the reported interval. */
    static final double P = 0.95;

    private OrderStatistics() {}

    /**
     * One-based ranks {r, r+q} of the probabilistically symmetric coverage interval for
     * coverage probability p (JCGM 101 §7.7.2): q = pM when pM is an integer, else
     * int(pM + ½) — both are floor(pM + ½); r = (M − q)/2 when M − q is even, else (M − q + 1)/2.
     * Clamped to [1, M] for samples too small for the rule (M &lt; 1/(1 − p)).
     */
    static int[] intervalRanks(int m, double p) {
        long[] r = intervalRanks((long) m, p);
        return new int[] {(int) r[0], (int) r[1]};
    }

    /** {@link #intervalRanks(int, double)} for counts beyond the int range. */
    static long[] intervalRanks(long m, double p) {
        long q = (long) Math.floor(p * m + 0.5);
        long r = (m - q) % 2 == 0 ? (m - q) / 2 : (m - q + 1) / 2;
        return new long[] {Math.max(1, r), Math.min(m, r + q)};
    }

    /**
     * Monte Carlo standard error of the order statistic of one-based rank j, estimating
     * sqrt(p(1−p)/M)/f(q_p) from the spacing of the order statistics: half the distance between
     * the ranks j ± k with k = ⌈√(M p (1−p))⌉, the binomial standard deviation of the rank.
     */
    static double quantileSe(double[] sorted, int j, double p) {
        return quantileSe(sorted.length, r -> sorted[(int) r - 1], j, p);
    }

    /** {@link #quantileSe(double[], int, double)} of m values whose one-based rank r is {@code at(r)}. */
    static double quantileSe(long m, LongToDoubleFunction at, long j, double p) {
        long k = (long) Math.ceil(Math.sqrt(m * p * (1 - p)));
        long lo = Math.max(1, j - k);
        long hi = Math.min(m, j + k);
        return (at.applyAsDouble(hi) - at.applyAsDouble(lo)) / 2;
    }

    /** The one-based ranks j ∓ k of {@link #quantileSe}, clamped to [1, M]. */
    private static int[] seRanks(int m, int j, double p) {
        int k = (int) Math.ceil(Math.sqrt(m * p * (1 - p)));
        return new int[] {Math.max(1, j - k), Math.min(m, j + k)};
    }

    /** Mean of the values in array order. */
    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    /** Sample standard deviation (divisor n − 1; 0 for one value), two-pass. */
    static double sd(double[] x, double mean) {
        return x.length < 2 ? 0 : sd(x.length, squares(x, x.length, mean));
    }

    /** The SD of m ≥ 2 values from Σ (x − mean)² ({@link #squares}); 0 for fewer. */
    static double sd(long m, double squares) {
        return m < 2 ? 0 : Math.sqrt(squares / (m - 1));
    }

    /** Σ (x − mean)² over the first n values, in array order: the second pass of {@link #sd}. */
    static double squares(double[] x, int n, double mean) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - mean;
            s += d * d;
        }
        return s;
    }

    /** The median of sorted values (mean of the two middle ones for an even count). */
    static double median(double[] sorted) {
        int m = sorted.length;
        return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
    }

    /**
     * The summary of draws {@code x} (left unchanged) around the deterministic value. The relative
     * interval is taken against |deterministic|, so that a negative result (net removals) still
     * reads −x % / +y % with x, y ≥ 0 when the interval contains it. Only the order statistics the
     * summary uses are selected ({@link Selection}), the same values a full sort gives.
     */
    static Summary summarise(double[] x, double deterministic) {
        return summarise(x, mean(x), deterministic);
    }

    /**
     * {@link #summarise(double[], double)} of draws whose {@link #mean} is known (summed as they were copied):
     * their SD's sum of squares and their order statistics are read in one pass ({@link Selection#ranked}).
     */
    static Summary summarise(double[] x, double mean, double deterministic) {
        int[] positions = positions(x.length);
        Selection.Ranked r = Selection.ranked(x, x.length, positions, new int[0], new int[0][], mean);
        return summary(x.length, mean, sd(x.length, r.squares()), Selection.byRank(positions, r.values()), deterministic);
    }

    /** The summary of draws {@code x} whose one-based rank r is {@code at(r)} (at least at {@link #positions}). */
    static Summary summarise(double[] x, LongToDoubleFunction at, double deterministic) {
        double mean = mean(x);
        return summary(x.length, mean, sd(x, mean), at, deterministic);
    }

    /** The zero-based positions of the order statistics {@link #summary} reads for m draws. */
    static int[] positions(int m) {
        int[] ranks = intervalRanks(m, P);
        double tail = (1 - P) / 2;
        int[] lowSe = seRanks(m, ranks[0], tail);
        int[] highSe = seRanks(m, ranks[1], tail);
        return new int[] {(m - 1) / 2, m / 2, ranks[0] - 1, ranks[1] - 1,
                lowSe[0] - 1, lowSe[1] - 1, highSe[0] - 1, highSe[1] - 1};
    }

    /** The summary of draws {@code x} whose sorted copy is {@code sorted}. */
    static Summary summarise(double[] x, double[] sorted, double deterministic) {
        double mean = mean(x);
        return summary(sorted.length, mean, sd(x, mean), r -> sorted[(int) r - 1], deterministic);
    }

    /**
     * The summary of m draws from their mean, their SD and their order statistics: {@code at(r)} is the
     * value of one-based rank r. The in-memory and the streamed analysis both summarise through it, so
     * that they give the same numbers; which ranks it reads depends on m alone.
     */
    static Summary summary(long m, double mean, double sd, LongToDoubleFunction at, double deterministic) {
        long[] ranks = intervalRanks(m, P);
        double low = at.applyAsDouble(ranks[0]);
        double high = at.applyAsDouble(ranks[1]);
        double median = m % 2 == 1 ? at.applyAsDouble(m / 2 + 1) : (at.applyAsDouble(m / 2) + at.applyAsDouble(m / 2 + 1)) / 2;
        double tail = (1 - P) / 2;
        return new Summary(deterministic, mean, median, sd, mean == 0 ? Double.NaN : sd / mean, low, high,
                deterministic == 0 ? Double.NaN : (deterministic - low) / Math.abs(deterministic) * 100,
                deterministic == 0 ? Double.NaN : (high - deterministic) / Math.abs(deterministic) * 100,
                sd / Math.sqrt(m), quantileSe(m, at, ranks[0], tail), quantileSe(m, at, ranks[1], tail));
    }
}
