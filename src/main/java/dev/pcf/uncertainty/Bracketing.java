package dev.pcf.uncertainty;

import java.util.Arrays;

/**
 * Narrows a large sample before {@link Selection}'s quickselect, in one read-only pass (Floyd–Rivest's
 * idea): the order statistics of an evenly spaced subsample bracket each wanted position with a margin of
 * four binomial standard deviations of its rank, the pass counts the values below each bracket and copies
 * the values inside it (a few per cent of the sample), and the quickselect then runs on those copies
 * only. When a bracket misses its positions (a chance of about 10⁻⁴), holds too many values (ties) or
 * the sample holds NaN, the caller selects from the whole sample; either way the values are the same.
 */
final class Bracketing {
    /** Brackets that {@link #fastPass} handles (a summary of the total with its histogram's edges has five). */
    private static final int FAST = 5;
    /** A key above every double's ({@link Selection#key} of NaN is the greatest). */
    private static final long TOP = Long.MAX_VALUE;

    private Bracketing() {}

    /**
     * The order statistics at {@code positions} among the first n values of x ({@code wanted}: the same,
     * sorted and distinct) through one bracketing pass, or null when the whole sample must be selected.
     */
    static double[] select(double[] x, int n, int[] wanted, int[] positions) {
        int s = Math.min(1 << 14, n >>> 6);
        long[] sample = new long[s];
        for (int j = 0; j < s; j++) sample[j] = Selection.key(x[(int) ((2L * j + 1) * n / (2L * s))]);
        Arrays.sort(sample);
        if (sample[0] == sample[s - 1]) return null; // a constant stage, or nearly: ties, for which the quickselect is made
        // one bracket [lo, hi] of keys per run of wanted positions whose sample-rank margins overlap or whose
        // keys touch, so that the brackets are disjoint and ascending: lo[b + 1] > hi[b]
        long[] lo = new long[wanted.length];
        long[] hi = new long[wanted.length];
        int[] firstWanted = new int[wanted.length + 1];
        int[] span = new int[wanted.length];
        int brackets = 0;
        int lastFrom = -1;
        int lastTo = -1;
        for (int w = 0; w < wanted.length; w++) {
            double q = (wanted[w] + 0.5) / n;
            int margin = (int) Math.ceil(4 * Math.sqrt(s * q * (1 - q))) + 2;
            int from = Math.max(0, (int) (q * s) - margin);
            int to = Math.min(s - 1, (int) (q * s) + margin);
            if (brackets > 0 && (from <= lastTo || sample[from] <= hi[brackets - 1])) {
                from = Math.min(from, lastFrom);
                to = Math.max(to, lastTo);
            } else {
                firstWanted[brackets++] = w;
            }
            lo[brackets - 1] = from == 0 ? Long.MIN_VALUE : sample[from];
            hi[brackets - 1] = to == s - 1 ? TOP : sample[to];
            span[brackets - 1] = to - from + 1;
            lastFrom = from;
            lastTo = to;
        }
        firstWanted[brackets] = wanted.length;
        long[] under = new long[brackets];
        long[][] inside = new long[brackets][];
        for (int b = 0; b < brackets; b++) inside[b] = new long[(int) Math.min(n, (long) span[b] * n / s * 9 / 8 + 64)];
        int[] size = new int[brackets];
        if (!(brackets <= FAST ? fastPass(x, n, lo, hi, brackets, under, inside, size)
                : pass(x, n, lo, hi, brackets, under, inside, size))) {
            return null;
        }
        // select each bracket's positions among its copies: the values under it are under[b]
        long[] keyAt = new long[wanted.length];
        for (int b = 0; b < brackets; b++) {
            int[] local = new int[firstWanted[b + 1] - firstWanted[b]];
            for (int w = firstWanted[b]; w < firstWanted[b + 1]; w++) {
                long p = wanted[w] - under[b];
                if (p < 0 || p >= size[b]) return null;
                local[w - firstWanted[b]] = (int) p;
            }
            long[] a = inside[b];
            Selection.select(a, 0, size[b], local, 0, local.length, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, size[b]))));
            for (int w = firstWanted[b]; w < firstWanted[b + 1]; w++) keyAt[w] = a[local[w - firstWanted[b]]];
        }
        double[] out = new double[positions.length];
        for (int i = 0; i < positions.length; i++) out[i] = Selection.value(keyAt[Arrays.binarySearch(wanted, positions[i])]);
        return out;
    }

    /**
     * 1 when key k &lt; bound (given as its halves {@code bound >> 1} and {@code bound & 1}), else 0, without a
     * branch (on random draws a branch here is mispredicted about every other time, which costs more than the
     * arithmetic): k − bound = 2((k &gt;&gt; 1) − (bound &gt;&gt; 1)) + ((k &amp; 1) − (bound &amp; 1)) is negative
     * exactly when the halves' difference is, or is 0 and k is even while the bound is odd; the halves'
     * difference cannot overflow.
     */
    private static long below(long halfK, long evenK, long halfBound, long oddBound) {
        return (halfK - halfBound - (oddBound & evenK)) >>> 63;
    }

    /**
     * The pass, for any number of brackets: {@code under[b]} counts the keys below bracket b's lower end, and
     * a key within a bracket's ends is copied into {@code inside[b]}. False when the copies would pass a
     * quarter of the sample, or on NaN.
     */
    private static boolean pass(double[] x, int n, long[] lo, long[] hi, int brackets, long[] under, long[][] inside,
                                int[] size) {
        long[] half = new long[brackets];
        long[] odd = new long[brackets];
        for (int b = 0; b < brackets; b++) {
            half[b] = lo[b] >> 1;
            odd[b] = lo[b] & 1;
        }
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (v != v) return false;
            long k = Selection.key(v);
            long hk = k >> 1;
            long ek = ~k & 1;
            int t = brackets;
            for (int b = 0; b < brackets; b++) {
                long u = below(hk, ek, half[b], odd[b]);
                under[b] += u;
                t -= (int) u;
            }
            // t: how many lower ends are at or below k; k is in bracket t − 1 when not above its upper end
            if (t > 0 && k <= hi[t - 1] && !copy(inside, size, t - 1, k, n)) return false;
        }
        return true;
    }

    /**
     * {@link #pass} for at most {@link #FAST} brackets whose lower ends are finite non-zero doubles (else it
     * runs {@link #pass}) over finite values (else false): x &lt; lo exactly when the rounded difference x − lo
     * is negative (a difference of finite doubles is 0 only when they are equal, and rounding never crosses 0;
     * with lo ≠ ±0 the order of ±0 does not matter), so a comparison is three instructions and no branch —
     * on random draws a branch is mispredicted about every other time — with the bounds and counts in locals
     * (C1, which runs single commands, keeps locals in registers but not array elements). Missing brackets
     * start at +∞, a missing lower end is −∞.
     */
    private static boolean fastPass(double[] x, int n, long[] lo, long[] hi, int brackets, long[] under,
                                    long[][] inside, int[] size) {
        double[] l = new double[FAST];
        Arrays.fill(l, Double.POSITIVE_INFINITY);
        for (int b = 0; b < brackets; b++) {
            l[b] = Selection.value(lo[b]);
            if (lo[b] == Long.MIN_VALUE) l[b] = Double.NEGATIVE_INFINITY; // no lower end: nothing is under it
            else if (!Double.isFinite(l[b]) || l[b] == 0) return pass(x, n, lo, hi, brackets, under, inside, size);
        }
        double l0 = l[0], l1 = l[1], l2 = l[2], l3 = l[3], l4 = l[4];
        long c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (v - v != 0) return false;   // NaN or ±∞: the whole sample is selected
            long u0 = Double.doubleToRawLongBits(v - l0) >>> 63;
            long u1 = Double.doubleToRawLongBits(v - l1) >>> 63;
            long u2 = Double.doubleToRawLongBits(v - l2) >>> 63;
            long u3 = Double.doubleToRawLongBits(v - l3) >>> 63;
            long u4 = Double.doubleToRawLongBits(v - l4) >>> 63;
            c0 += u0;
            c1 += u1;
            c2 += u2;
            c3 += u3;
            c4 += u4;
            int t = FAST - (int) (u0 + u1 + u2 + u3 + u4);
            if (t > 0) {
                long bits = Double.doubleToRawLongBits(v);
                long k = bits ^ ((bits >> 63) & Long.MAX_VALUE);   // Selection.key, NaN excluded above
                if (k <= hi[t - 1] && !copy(inside, size, t - 1, k, n)) return false;
            }
        }
        long[] c = {c0, c1, c2, c3, c4};
        System.arraycopy(c, 0, under, 0, brackets);
        return true;
    }

    /** Copies key k into bracket b's values; false when they would pass a quarter of the sample. */
    private static boolean copy(long[][] inside, int[] size, int b, long k, int n) {
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
