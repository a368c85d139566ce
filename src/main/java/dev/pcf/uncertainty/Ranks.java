package dev.pcf.uncertainty;

/**
 * Ranks of float samples by a least-significant-digit radix sort on their order-preserving bit
 * patterns (up to four passes of 8 bits; a byte shared by every key is skipped): linear time, so that the rank correlations of a thousand
 * inputs cost far less than drawing them. Reusable work arrays; not thread-safe.
 */
final class Ranks {
    private final int[] keys;
    private final int[] idx;
    private final int[] keys2;
    private final int[] idx2;
    private final int[] count = new int[257];

    Ranks(int n) {
        keys = new int[n];
        idx = new int[n];
        keys2 = new int[n];
        idx2 = new int[n];
    }

    /** Writes the one-based ranks of {@code x[0..n)} into {@code out}, ties given their average rank. */
    void rank(float[] x, int n, double[] out) {
        int[] k = keys;
        int[] i1 = idx;
        int[] k2 = keys2;
        int[] i2 = idx2;
        for (int j = 0; j < n; j++) {
            int bits = Float.floatToIntBits(x[j] + 0.0f); // + 0.0f folds −0 into +0
            // order-preserving: flip all bits of negatives, only the sign bit of positives
            k[j] = bits ^ ((bits >> 31) | 0x80000000);
            i1[j] = j;
        }
        for (int shift = 0; shift < 32; shift += 8) {
            java.util.Arrays.fill(count, 0);
            for (int j = 0; j < n; j++) count[((k[j] >>> shift) & 0xFF) + 1]++;
            if (count[((k[0] >>> shift) & 0xFF) + 1] == n) {
                continue; // every key has this byte (e.g. the exponent of multipliers near 1): nothing to move
            }
            for (int b = 0; b < 256; b++) count[b + 1] += count[b];
            for (int j = 0; j < n; j++) {
                int pos = count[(k[j] >>> shift) & 0xFF]++;
                k2[pos] = k[j];
                i2[pos] = i1[j];
            }
            int[] t = k; k = k2; k2 = t;
            t = i1; i1 = i2; i2 = t;
        }
        for (int lo = 0; lo < n; ) {
            int hi = lo + 1;
            while (hi < n && k[hi] == k[lo]) hi++;
            double r = (lo + 1 + hi) / 2.0;
            for (int j = lo; j < hi; j++) out[i1[j]] = r;
            lo = hi;
        }
    }
}
