package dev.pcf.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * The generators of the analysis: commons-rng's {@code XO_RO_SHI_RO_128_PP} from a 128-bit state. Built
 * directly rather than through {@code RandomSource.create}, which converts the seed and finds the
 * constructor by reflection at every call (a run builds about a thousand generators: one per Monte Carlo
 * block, Sobol' sample block and bootstrap replicate); the state, hence every draw, is the same
 * ({@code GeneratorsTest}).
 */
final class Generators {
    /** Outputs a bulk draw of the bootstrap's rows takes at a time. */
    private static final int BUFFER = 256;

    private Generators() {}

    /** The generator whose state is {@code state} (two longs, not both zero, as {@link BlockSampler#blockSeed} gives). */
    static Bulk of(long[] state) {
        return new Bulk(state[0], state[1]);
    }

    /**
     * The library's generator with one more method, {@link #nextLongs}, which hands out the next outputs in
     * one call: the bootstrap draws 13 million 32-bit halves per run, and under C1 (which runs single
     * commands) each {@code nextLong()} is an interface call that it does not inline.
     */
    static final class Bulk extends XoRoShiRo128PlusPlus {
        Bulk(long s0, long s1) {
            super(s0, s1);
        }

        /**
         * Writes the next {@code out.length} outputs of {@link #nextLong()} to {@code out}: xoroshiro128++'s step
         * (Blackman and Vigna 2019; commons-rng's {@code next()}: output rotl(s0 + s1, 17) + s0, then
         * s1 ^= s0, s0 = rotl(s0, 49) ^ s1 ^ (s1 &lt;&lt; 21), s1 = rotl(s1, 28)) on the library's state fields,
         * held in locals meanwhile; {@code GeneratorsTest} compares it with the library draw for draw.
         */
        void nextLongs(long[] out) {
            long s0 = state0;
            long s1 = state1;
            for (int i = 0; i < out.length; i++) {
                out[i] = Long.rotateLeft(s0 + s1, 17) + s0;
                s1 ^= s0;
                s0 = Long.rotateLeft(s0, 49) ^ s1 ^ (s1 << 21);
                s1 = Long.rotateLeft(s1, 28);
            }
            state0 = s0;
            state1 = s1;
        }
    }

    /**
     * {@code rows[j] = rng.nextInt(n)} for j &lt; count, on a generator that has not drawn yet (and is left past
     * those draws: it is drawn from in bulk), written out: Lemire's multiply-and-reject, as commons-rng
     * implements it, over the 32-bit halves of each 64-bit output, low half first, as its 64-bit generators
     * hand them out; {@code GeneratorsTest} checks it against the library, rejection included.
     */
    static void nextInts(Bulk rng, int n, int count, int[] rows) {
        long bound = n;
        long threshold = (1L << 32) % bound;
        long[] buffer = new long[BUFFER];
        int j = 0;
        while (j < count) {
            rng.nextLongs(buffer);
            for (int i = 0; i < BUFFER && j < count; i++) {
                long bits = buffer[i];
                long m = (bits & 0xFFFFFFFFL) * bound;
                if ((m & 0xFFFFFFFFL) >= threshold) rows[j++] = (int) (m >>> 32);   // else rejected: the next half
                if (j == count) break;
                m = (bits >>> 32) * bound;
                if ((m & 0xFFFFFFFFL) >= threshold) rows[j++] = (int) (m >>> 32);
            }
        }
    }
}
