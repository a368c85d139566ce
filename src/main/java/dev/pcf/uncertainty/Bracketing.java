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
        if (!(brackets <= FAST ? fastPass(x, n, lo, hi, brackets, below, inside, size)
                : pass(x, n, lo, hi, brackets, below, inside, size))) {
            return null;
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
            Selection.select(a, 0, size[b], local, 0, local.length, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, size[b]))));
            for (int w = firstWanted[b]; w < firstWanted[b + 1]; w++) keyAt[w] = a[local[w - firstWanted[b]]];
            before += size[b];
        }
        double[] out = new double[positions.length];
        for (int i = 0; i < positions.length; i++) out[i] = Selection.value(keyAt[Arrays.binarySearch(wanted, positions[i])]);
        return out;
    }

    /**
     * The pass, for any number of brackets: a key belongs to the first bracket whose upper end is not below
     * it; it is counted in {@code below[b]} when under that bracket's lower end (or above every bracket:
     * {@code below[brackets]}), else copied into {@code inside[b]}. False when the copies would pass a
     * quarter of the sample, or on NaN.
     */
    private static boolean pass(double[] x, int n, long[] lo, long[] hi, int brackets, long[] below, long[][] inside,
                                int[] size) {
        int room = n / 4;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (v != v) return false;
            long k = Selection.key(v);
            int b = 0;
            while (b < brackets && k > hi[b]) b++;
            if (b == brackets || k < lo[b]) {
                below[b]++;
            } else {
                if (size[b] == inside[b].length) {
                    if (room < size[b]) return false;
                    room -= size[b];
                    inside[b] = Arrays.copyOf(inside[b], 2 * size[b]);
                }
                inside[b][size[b]++] = k;
            }
        }
        return true;
    }

    /**
     * {@link #pass} for at most {@link #FAST} brackets with the bounds and counts in locals (C1, which runs
     * single commands, keeps locals in registers but not array elements); missing brackets are empty ones
     * at the top of the key range, which no double reaches.
     */
    private static boolean fastPass(double[] x, int n, long[] lo, long[] hi, int brackets, long[] below,
                                    long[][] inside, int[] size) {
        long[] l = Arrays.copyOf(lo, FAST);
        long[] h = Arrays.copyOf(hi, FAST);
        for (int b = brackets; b < FAST; b++) {
            l[b] = Long.MAX_VALUE;
            h[b] = Long.MAX_VALUE;
        }
        long l0 = l[0], l1 = l[1], l2 = l[2], l3 = l[3], l4 = l[4];
        long h0 = h[0], h1 = h[1], h2 = h[2], h3 = h[3], h4 = h[4];
        long c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (v != v) return false;
            long bits = Double.doubleToRawLongBits(v);
            long k = bits ^ ((bits >> 63) & Long.MAX_VALUE);   // Selection.key without NaN's canonical form
            int b;
            if (k <= h0) {
                if (k < l0) {
                    c0++;
                    continue;
                }
                b = 0;
            } else if (k <= h1) {
                if (k < l1) {
                    c1++;
                    continue;
                }
                b = 1;
            } else if (k <= h2) {
                if (k < l2) {
                    c2++;
                    continue;
                }
                b = 2;
            } else if (k <= h3) {
                if (k < l3) {
                    c3++;
                    continue;
                }
                b = 3;
            } else if (k <= h4) {
                if (k < l4) {
                    c4++;
                    continue;
                }
                b = 4;
            } else {
                c5++;
                continue;
            }
            if (!copy(inside, size, b, k, n)) return false;
        }
        long[] c = {c0, c1, c2, c3, c4, c5};
        for (int b = 0; b <= FAST; b++) below[Math.min(b, brackets)] += c[b];
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
