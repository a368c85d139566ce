package dev.pcf.uncertainty;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

/**
 * A few order statistics of an unsorted sample without sorting all of it: the values that
 * {@link Arrays#sort(double[])} would put at the positions asked for, bit for bit (−0.0 before 0.0,
 * NaN last), found by a three-way quickselect that partitions only around the positions asked for.
 * Expected O(n · log(positions)) against the sort's O(n log n); a part that partitions badly is
 * sorted instead, so the worst case stays O(n log n).
 *
 * <p>A large sample is first narrowed in one read-only pass (Floyd–Rivest's idea): the order statistics of
 * an evenly spaced subsample bracket each wanted position with a margin of four binomial standard
 * deviations of its rank, the pass counts the values below each bracket and copies the values inside it
 * (a few per cent of the sample), and the quickselect then runs on those copies only. When a bracket
 * misses its positions (a chance of about 10⁻⁴, or many ties) the whole sample is selected as above;
 * either way the values are the same.
 *
 * <p>The doubles are compared through their bit patterns mapped to longs in the same total order as
 * {@link Double#compare} (negative values with all bits but the sign flipped), so ties, signed zeros
 * and NaN need no special case, and the mapping is undone exactly.
 */
final class Selection {
    /** Parts at most this long are sorted. */
    private static final int SMALL = 48;
    /** Samples at least this long are narrowed by a bracketing pass first. */
    static final int BRACKETED = 1 << 15;

    private Selection() {}

    /**
     * The order statistics at zero-based {@code positions} (any order, repeats allowed).
     *
     * @param x the sample, left unchanged
     * @return for each position p, the value {@code Arrays.sort(x.clone())[p]}
     * @throws IndexOutOfBoundsException when a position is outside the sample
     */
    static double[] at(double[] x, int... positions) {
        return ofFirst(x, x.length, positions);
    }

    /** {@link #at(double[], int...)} of the first {@code n} values of x. */
    static double[] ofFirst(double[] x, int n, int... positions) {
        java.util.Objects.checkFromIndexSize(0, n, x.length);
        for (int p : positions) java.util.Objects.checkIndex(p, n);
        int[] wanted = Arrays.stream(positions).sorted().distinct().toArray();
        if (n >= BRACKETED) {
            double[] out = bracketed(x, n, wanted, positions);
            if (out != null) return out;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = key(x[i]);
        int depth = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, n)));
        select(keys, 0, n, wanted, 0, wanted.length, depth);
        double[] out = new double[positions.length];
        for (int i = 0; i < positions.length; i++) out[i] = value(keys[positions[i]]);
        return out;
    }

    /**
     * The values of one-based ranks {@code positions + 1} among the first n values of x, as a function of the
     * rank (for {@link OrderStatistics#summary}); asking for a rank not selected is an error.
     */
    static LongToDoubleFunction byRank(double[] x, int n, int... positions) {
        double[] values = ofFirst(x, n, positions);
        Map<Long, Double> byRank = new HashMap<>();
        for (int i = 0; i < positions.length; i++) byRank.put(positions[i] + 1L, values[i]);
        return r -> {
            Double v = byRank.get(r);
            if (v == null) throw new IllegalArgumentException("rank " + r + " was not selected");
            return v;
        };
    }

    /**
     * The order statistics at {@code positions} ({@code wanted}: the same, sorted and distinct) through one
     * bracketing pass, or null when a bracket misses one of its positions or holds too many values.
     */
    private static double[] bracketed(double[] x, int n, int[] wanted, int[] positions) {
        int s = Math.min(1 << 14, n >>> 6);
        long[] sample = new long[s];
        for (int j = 0; j < s; j++) sample[j] = key(x[(int) ((2L * j + 1) * n / (2L * s))]);
        Arrays.sort(sample);
        if (sample[0] == sample[s - 1]) return null; // a constant stage, or nearly: ties, for which the quickselect is made
        // one bracket [lo, hi] of keys per run of wanted positions whose sample-rank margins overlap
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
            if (brackets > 0 && from <= lastTo) {
                from = Math.min(from, lastFrom);
                to = Math.max(to, lastTo);
            } else {
                firstWanted[brackets++] = w;
            }
            // brackets' upper ends never decrease: a key belongs to the first bracket whose upper end is not below it
            lo[brackets - 1] = from == 0 ? Long.MIN_VALUE : sample[from];
            hi[brackets - 1] = to == s - 1 ? Long.MAX_VALUE : sample[to];
            span[brackets - 1] = to - from + 1;
            lastFrom = from;
            lastTo = to;
        }
        firstWanted[brackets] = wanted.length;
        // the pass: values below each bracket (between it and the previous one) counted, values inside copied
        long[] below = new long[brackets + 1];
        long[][] inside = new long[brackets][];
        for (int b = 0; b < brackets; b++) inside[b] = new long[(int) Math.min(n, (long) span[b] * n / s * 9 / 8 + 64)];
        int[] size = new int[brackets];
        int limit = n / 4;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            long k = key(x[i]);
            int b = 0;
            while (b < brackets && k > hi[b]) b++;
            if (b == brackets || k < lo[b]) {
                below[b]++;
            } else {
                if (size[b] == inside[b].length) {
                    if (copied >= limit) return null;
                    inside[b] = Arrays.copyOf(inside[b], 2 * size[b]);
                }
                inside[b][size[b]++] = k;
                copied++;
            }
        }
        // select each bracket's positions among its copies
        long[] keyAt = new long[wanted.length];
        long before = 0;
        for (int b = 0; b < brackets; b++) {
            before += below[b];
            int[] local = new int[firstWanted[b + 1] - firstWanted[b]];
            for (int w = firstWanted[b]; w < firstWanted[b + 1]; w++) {
                long p = wanted[w] - before;
                if (p < 0 || p >= size[b]) return null;
                local[w - firstWanted[b]] = (int) p;
            }
            long[] a = inside[b];
            select(a, 0, size[b], local, 0, local.length, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, size[b]))));
            for (int w = firstWanted[b]; w < firstWanted[b + 1]; w++) keyAt[w] = a[local[w - firstWanted[b]]];
            before += size[b];
        }
        double[] out = new double[positions.length];
        for (int i = 0; i < positions.length; i++) out[i] = value(keyAt[Arrays.binarySearch(wanted, positions[i])]);
        return out;
    }

    /**
     * Puts the right keys at the wanted positions in [from, to): {@code wanted[pFrom..pTo)}, sorted,
     * all inside the range.
     */
    private static void select(long[] a, int from, int to, int[] wanted, int pFrom, int pTo, int depth) {
        while (pFrom < pTo) {
            if (to - from <= SMALL || depth-- == 0) {
                Arrays.sort(a, from, to);
                return;
            }
            long pivot = medianOfThree(a[from], a[(from + to) >>> 1], a[to - 1]);
            // three-way partition: [from, lt) < pivot, [lt, gt) == pivot, [gt, to) > pivot
            int lt = from;
            int i = from;
            int gt = to;
            while (i < gt) {
                long v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[--gt];
                    a[gt] = v;
                } else {
                    i++;
                }
            }
            int left = pFrom;
            while (left < pTo && wanted[left] < lt) left++;
            int right = left;
            while (right < pTo && wanted[right] < gt) right++;
            // positions in [lt, gt) hold the pivot already; recurse into the smaller side, loop on the other
            if (left - pFrom < pTo - right) {
                select(a, from, lt, wanted, pFrom, left, depth);
                from = gt;
                pFrom = right;
            } else {
                select(a, gt, to, wanted, right, pTo, depth);
                to = lt;
                pTo = left;
            }
        }
    }

    private static long medianOfThree(long a, long b, long c) {
        return a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
    }

    /** A long in the order of {@link Double#compare} (NaN canonical, above +∞). */
    static long key(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** The inverse of {@link #key}. */
    static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }
}
