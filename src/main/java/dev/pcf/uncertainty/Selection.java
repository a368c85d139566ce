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
 * <p>A large sample is first narrowed in one read-only pass ({@link Bracketing}), and the quickselect
 * runs on the few per cent of it that the pass copies.
 *
 * <p>The doubles are compared through their bit patterns mapped to longs in the same total order as
 * {@link Double#compare} (negative values with all bits but the sign flipped), so ties, signed zeros
 * and NaN need no special case, and the mapping is undone exactly.
 */
final class Selection {
    /** Parts at most this long are sorted. */
    private static final int SMALL = 48;
    /**
     * Samples at least this long are narrowed by a bracketing pass first (a Monte Carlo block's 10,000 draws:
     * under C1 a quickselect's mispredicted branches cost more than the pass).
     */
    static final int BRACKETED = 1 << 13;

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
            double[] out = Bracketing.select(x, n, wanted, positions);
            if (out != null) return out;
        }
        return whole(x, n, wanted, positions);
    }

    /** {@link #ofFirst} by a quickselect of all n values ({@code wanted}: the positions sorted and distinct). */
    private static double[] whole(double[] x, int n, int[] wanted, int[] positions) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = key(x[i]);
        int depth = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, n)));
        select(keys, 0, n, wanted, 0, wanted.length, depth);
        double[] out = new double[positions.length];
        for (int i = 0; i < positions.length; i++) out[i] = value(keys[positions[i]]);
        return out;
    }

    /**
     * What {@link #ranked} reads from a sample in one pass where it can.
     *
     * @param values   the order statistics of the whole sample
     * @param prefixes those of each prefix
     * @param squares  Σ (x − mean)² over the sample, in sample order
     */
    record Ranked(double[] values, double[][] prefixes, double squares) {}

    /**
     * The order statistics of the first n values of x ({@code ofFirst(x, n, positions)}), those of shorter
     * prefixes ({@code ofFirst(x, cuts[c], cutPositions[c])}: the convergence series' intervals) and the sum of
     * squared deviations from {@code mean} ({@link OrderStatistics#squares}), from one bracketing pass where it
     * holds them instead of a pass each.
     *
     * @param cuts ascending prefix lengths, each at most n
     */
    static Ranked ranked(double[] x, int n, int[] positions, int[] cuts, int[][] cutPositions, double mean) {
        java.util.Objects.checkFromIndexSize(0, n, x.length);
        for (int p : positions) java.util.Objects.checkIndex(p, n);
        for (int c = 0; c < cuts.length; c++) {
            if (cuts[c] > n || c > 0 && cuts[c] < cuts[c - 1]) throw new IllegalArgumentException("cuts " + Arrays.toString(cuts));
            for (int p : cutPositions[c]) java.util.Objects.checkIndex(p, cuts[c]);
        }
        int[] wanted = Arrays.stream(positions).sorted().distinct().toArray();
        Ranked r = n >= BRACKETED ? Bracketing.select(x, n, wanted, positions, cuts, cutPositions, mean) : null;
        double[] values = r != null && r.values() != null ? r.values() : whole(x, n, wanted, positions);
        double[][] prefixes = new double[cuts.length][];
        for (int c = 0; c < cuts.length; c++) {
            prefixes[c] = r != null && r.prefixes()[c] != null ? r.prefixes()[c] : ofFirst(x, cuts[c], cutPositions[c]);
        }
        return new Ranked(values, prefixes, r != null ? r.squares() : OrderStatistics.squares(x, n, mean));
    }

    /**
     * The values of one-based ranks {@code positions + 1} among the first n values of x, as a function of the
     * rank (for {@link OrderStatistics#summary}); asking for a rank not selected is an error.
     */
    static LongToDoubleFunction byRank(double[] x, int n, int... positions) {
        return byRank(positions, ofFirst(x, n, positions));
    }

    /** The order statistics {@code values} at zero-based {@code positions} as a function of the one-based rank. */
    static LongToDoubleFunction byRank(int[] positions, double[] values) {
        Map<Long, Double> byRank = new HashMap<>();
        for (int i = 0; i < positions.length; i++) byRank.put(positions[i] + 1L, values[i]);
        return r -> {
            Double v = byRank.get(r);
            if (v == null) throw new IllegalArgumentException("rank " + r + " was not selected");
            return v;
        };
    }

    /**
     * Puts the right keys at the wanted positions in [from, to): {@code wanted[pFrom..pTo)}, sorted,
     * all inside the range.
     */
    static void select(long[] a, int from, int to, int[] wanted, int pFrom, int pTo, int depth) {
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
