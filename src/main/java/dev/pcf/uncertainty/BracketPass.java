package dev.pcf.uncertainty;

import java.util.Arrays;

/**
 * The read-only pass of {@link Bracketing} over the first n values of a sample: for each bracket [lo, hi] of
 * keys ({@link Selection#key}; the brackets disjoint and ascending), how many values lie below its lower end,
 * and a copy of the keys inside it, in sample order. At each cut (a prefix length) it notes both counts, so
 * that the order statistics of every prefix whose positions fall in a bracket are selected among the first
 * copies of that bracket, without another pass.
 */
final class BracketPass {
    /** Brackets that the quick pass handles (a summary of the total with its histogram's edges has five). */
    static final int FAST = 5;

    /** Keys below bracket b's lower end, among all n values. */
    final long[] under;
    /** Bracket b's keys, in sample order: the first {@code size[b]}. */
    final long[][] inside;
    /** How many keys {@code inside[b]} holds. */
    final int[] size;
    /** {@link #under} among the first {@code cuts[c]} values, at [c][b]. */
    final long[][] underAt;
    /** {@link #size} among the first {@code cuts[c]} values, at [c][b]. */
    final int[][] sizeAt;
    /** Σ (x − mean)² over the n values, in sample order (as {@link OrderStatistics#sd} sums them). */
    double squares;
    private final int[] cuts;

    private BracketPass(int brackets, long[][] inside, int[] cuts) {
        this.under = new long[brackets];
        this.inside = inside;
        this.size = new int[brackets];
        this.underAt = new long[cuts.length][];
        this.sizeAt = new int[cuts.length][];
        this.cuts = cuts;
    }

    /**
     * The pass over {@code x[0..n)} with {@code brackets} brackets [lo[b], hi[b]] whose copies start with room
     * for {@code room[b]} keys, noting the counts at the ascending {@code cuts} (each ≤ n); null when the copies
     * would pass a quarter of the sample, or the sample holds NaN. It also sums the squares of the values'
     * deviations from {@code mean} ({@link #squares}), so that their SD needs no pass of its own.
     */
    static BracketPass run(double[] x, int n, long[] lo, long[] hi, int brackets, int[] room, int[] cuts, double mean) {
        long[][] inside = new long[brackets][];
        for (int b = 0; b < brackets; b++) inside[b] = new long[room[b]];
        BracketPass p = new BracketPass(brackets, inside, cuts);
        boolean done = brackets <= FAST ? p.fastPass(x, n, lo, hi, brackets, mean) : p.pass(x, n, lo, hi, brackets, mean);
        return done ? p : null;
    }

    /** The end of segment c: cut c, or n after the last cut. */
    private int end(int c, int n) {
        return c < cuts.length ? cuts[c] : n;
    }

    /** Notes the counts at cut c (after its last value). */
    private void note(int c, long[] counts) {
        if (c == cuts.length) return;
        underAt[c] = counts.clone();
        sizeAt[c] = size.clone();
    }

    /**
     * The pass, for any number of brackets. 1 when key k &lt; bound, without a branch (on random draws a branch is
     * mispredicted about every other time): k − bound = 2((k &gt;&gt; 1) − (bound &gt;&gt; 1)) + ((k &amp; 1) −
     * (bound &amp; 1)) is negative exactly when the halves' difference is, or is 0 and k is even while the bound
     * is odd; the halves' difference cannot overflow.
     */
    private boolean pass(double[] x, int n, long[] lo, long[] hi, int brackets, double mean) {
        long[] half = new long[brackets];
        long[] odd = new long[brackets];
        for (int b = 0; b < brackets; b++) {
            half[b] = lo[b] >> 1;
            odd[b] = lo[b] & 1;
        }
        double ss = 0;
        int i = 0;
        for (int c = 0; c <= cuts.length; c++) {
            for (int end = end(c, n); i < end; i++) {
                double v = x[i];
                if (v != v) return false;
                double d = v - mean;
                ss += d * d;
                long k = Selection.key(v);
                long hk = k >> 1;
                long ek = ~k & 1;
                int t = brackets;
                for (int b = 0; b < brackets; b++) {
                    long u = (hk - half[b] - (odd[b] & ek)) >>> 63;
                    under[b] += u;
                    t -= (int) u;
                }
                // t: how many lower ends are at or below k; k is in bracket t − 1 when not above its upper end
                if (t > 0 && k <= hi[t - 1] && !copy(t - 1, k, n)) return false;
            }
            note(c, under);
        }
        squares = ss;
        return true;
    }

    /**
     * {@link #pass} for at most {@link #FAST} brackets whose ends are finite non-zero doubles (else it runs
     * {@link #pass}; a missing lower end is −∞, a missing upper end +∞) over finite values (else false). For
     * finite doubles, x &lt; lo exactly when the rounded difference x − lo is negative (a difference of finite
     * doubles is 0 only when they are equal, and rounding never crosses 0; with the ends ≠ ±0 the order of ±0
     * does not matter), so t, how many lower ends are at or below x, takes five subtractions and no branch (on
     * random draws a branch is mispredicted about every other time); the pass counts the values of each t
     * (those under bracket b are the values with t ≤ b) and copies x into bracket t − 1 when x ≤ its upper
     * end, with the lower ends in locals (C1, which runs single commands, keeps locals in registers but not
     * array elements).
     */
    private boolean fastPass(double[] x, int n, long[] lo, long[] hi, int brackets, double mean) {
        double[] l = new double[FAST];
        double[] h = new double[FAST + 1];   // h[t]: the upper end of bracket t − 1; none for t = 0
        Arrays.fill(l, Double.POSITIVE_INFINITY);
        Arrays.fill(h, Double.NEGATIVE_INFINITY);
        for (int b = 0; b < brackets; b++) {
            l[b] = lo[b] == Long.MIN_VALUE ? Double.NEGATIVE_INFINITY : Selection.value(lo[b]);
            h[b + 1] = hi[b] == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : Selection.value(hi[b]);
            boolean loOk = lo[b] == Long.MIN_VALUE || Double.isFinite(l[b]) && l[b] != 0;
            boolean hiOk = hi[b] == Long.MAX_VALUE || Double.isFinite(h[b + 1]) && h[b + 1] != 0;
            if (!loOk || !hiOk) return pass(x, n, lo, hi, brackets, mean);
        }
        long[] count = new long[FAST + 1];   // values with t lower ends at or below them
        return brackets <= 3 ? three(x, n, l, h, count, brackets, mean) : five(x, n, l, h, count, brackets, mean);
    }

    /** The loop of {@link #fastPass} for at most three brackets (a stage's summary; a block's interval has two). */
    private boolean three(double[] x, int n, double[] l, double[] h, long[] count, int brackets, double mean) {
        double l0 = l[0], l1 = l[1], l2 = l[2];
        double ss = 0;
        int i = 0;
        for (int c = 0; c <= cuts.length; c++) {
            for (int end = end(c, n); i < end; i++) {
                double v = x[i];
                if (v - v != 0) return false;   // NaN or ±∞: the whole sample is selected
                double d = v - mean;
                ss += d * d;
                int t = 3 - (int) ((Double.doubleToRawLongBits(v - l0) >>> 63)
                        + (Double.doubleToRawLongBits(v - l1) >>> 63) + (Double.doubleToRawLongBits(v - l2) >>> 63));
                count[t]++;
                if (v <= h[t] && !copy(t - 1, Selection.key(v), n)) return false;
            }
            note(c, count, brackets);
        }
        squares = ss;
        return true;
    }

    /** The loop of {@link #fastPass} for four or five brackets (the total's summary with its histogram's edges). */
    private boolean five(double[] x, int n, double[] l, double[] h, long[] count, int brackets, double mean) {
        double l0 = l[0], l1 = l[1], l2 = l[2], l3 = l[3], l4 = l[4];
        double ss = 0;
        int i = 0;
        for (int c = 0; c <= cuts.length; c++) {
            for (int end = end(c, n); i < end; i++) {
                double v = x[i];
                if (v - v != 0) return false;
                double d = v - mean;
                ss += d * d;
                int t = FAST - (int) ((Double.doubleToRawLongBits(v - l0) >>> 63)
                        + (Double.doubleToRawLongBits(v - l1) >>> 63) + (Double.doubleToRawLongBits(v - l2) >>> 63)
                        + (Double.doubleToRawLongBits(v - l3) >>> 63) + (Double.doubleToRawLongBits(v - l4) >>> 63));
                count[t]++;
                if (v <= h[t] && !copy(t - 1, Selection.key(v), n)) return false;
            }
            note(c, count, brackets);
        }
        squares = ss;
        return true;
    }

    /** The counts under each bracket from the counts per t (the values with t ≤ b), noted at cut c. */
    private void note(int c, long[] count, int brackets) {
        long below = 0;
        for (int b = 0; b < brackets; b++) under[b] = below += count[b];
        note(c, under);
    }

    /** Copies key k into bracket b's keys; false when they would pass a quarter of the sample. */
    private boolean copy(int b, long k, int n) {
        if (size[b] == inside[b].length) {
            long copied = 0;
            for (int s : size) copied += s;
            if (copied + size[b] > n / 4) return false;
            inside[b] = Arrays.copyOf(inside[b], 2 * size[b]);
        }
        inside[b][size[b]++] = k;
        return true;
    }
}
