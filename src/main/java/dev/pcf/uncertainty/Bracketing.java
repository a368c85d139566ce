package dev.pcf.uncertainty;

import java.util.Arrays;

/**
 * Narrows a large sample before {@link Selection}'s quickselect, in one read-only pass (Floyd–Rivest's
 * idea): the order statistics of an evenly spaced subsample (one value in 64, at least 512: a Monte Carlo
 * block of 10,000 draws copies about 12 % of them, under the quarter that the pass allows) bracket each
 * wanted position with a margin of four binomial standard deviations of its rank, the pass counts the
 * values below each bracket and copies the values inside it (a few per cent of the sample), and the
 * quickselect then runs on those copies only. When a bracket misses its positions (a chance of about
 * 10⁻⁴), holds too many values (ties) or the sample holds NaN, the caller selects from the whole sample;
 * either way the values are the same.
 */
final class Bracketing {
    /** A key above every double's ({@link Selection#key} of NaN is the greatest). */
    private static final long TOP = Long.MAX_VALUE;

    private Bracketing() {}

    /**
     * The order statistics at {@code positions} among the first n values of x ({@code wanted}: the same,
     * sorted and distinct) through one bracketing pass, or null when the whole sample must be selected.
     */
    static double[] select(double[] x, int n, int[] wanted, int[] positions) {
        Selection.Ranked r = select(x, n, wanted, positions, new int[0], new int[0][], Double.NaN);
        return r == null ? null : r.values();
    }

    /**
     * {@link #select(double[], int, int[], int[])} ({@code values}, null when the whole sample must be selected),
     * and for each cut c (ascending, each ≤ n) the order statistics at zero-based {@code cutPositions[c]} among
     * the first {@code cuts[c]} values ({@code prefixes[c]}, null where the copies do not hold them), and
     * Σ (x − mean)² over the n values; null when the pass does not run or fails (ties, NaN, ±∞).
     */
    static Selection.Ranked select(double[] x, int n, int[] wanted, int[] positions, int[] cuts, int[][] cutPositions,
                                   double mean) {
        int s = Math.min(1 << 14, Math.max(n >>> 6, 512));
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
        int[] room = new int[brackets];
        for (int b = 0; b < brackets; b++) room[b] = (int) Math.min(n, (long) span[b] * n / s * 9 / 8 + 64);
        BracketPass pass = BracketPass.run(x, n, lo, hi, brackets, room, cuts, mean);
        if (pass == null) return null;
        double[][] prefixes = new double[cuts.length][];
        for (int c = 0; c < cuts.length; c++) prefixes[c] = prefix(pass, c, cutPositions[c]);
        long[] under = pass.under;
        long[][] inside = pass.inside;
        int[] size = pass.size;
        // select each bracket's positions among its copies: the values under it are under[b]
        long[] keyAt = new long[wanted.length];
        for (int b = 0; b < brackets; b++) {
            int[] local = new int[firstWanted[b + 1] - firstWanted[b]];
            for (int w = firstWanted[b]; w < firstWanted[b + 1]; w++) {
                long p = wanted[w] - under[b];
                if (p < 0 || p >= size[b]) return new Selection.Ranked(null, prefixes, pass.squares);
                local[w - firstWanted[b]] = (int) p;
            }
            long[] a = inside[b];
            Selection.select(a, 0, size[b], local, 0, local.length, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, size[b]))));
            for (int w = firstWanted[b]; w < firstWanted[b + 1]; w++) keyAt[w] = a[local[w - firstWanted[b]]];
        }
        double[] out = new double[positions.length];
        for (int i = 0; i < positions.length; i++) out[i] = Selection.value(keyAt[Arrays.binarySearch(wanted, positions[i])]);
        return new Selection.Ranked(out, prefixes, pass.squares);
    }

    /**
     * The order statistics at zero-based {@code positions} among the first {@code cuts[c]} values, or null when
     * one of them is outside every bracket: the values below bracket b then number {@code underAt[c][b]} and the
     * bracket's first {@code sizeAt[c][b]} copies are the prefix's values inside it, so its positions
     * underAt … underAt + sizeAt − 1 are those copies in order.
     */
    private static double[] prefix(BracketPass pass, int c, int[] positions) {
        double[] out = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            int b = 0;
            while (b < pass.under.length && positions[i] >= pass.underAt[c][b] + pass.sizeAt[c][b]) b++;
            if (b == pass.under.length || positions[i] < pass.underAt[c][b]) return null;
            long[] keys = Arrays.copyOf(pass.inside[b], pass.sizeAt[c][b]);
            int[] local = {(int) (positions[i] - pass.underAt[c][b])};
            Selection.select(keys, 0, keys.length, local, 0, 1, 2 * (32 - Integer.numberOfLeadingZeros(keys.length)));
            out[i] = Selection.value(keys[local[0]]);
        }
        return out;
    }
}
