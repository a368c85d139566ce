package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The generators built directly give the streams {@code RandomSource.XO_RO_SHI_RO_128_PP.create} gives for
 * the same state (so the analysis's numbers did not change when it stopped going through RandomSource), and
 * the bootstrap's written-out bounded draw is {@code nextInt(n)}'s.
 */
class GeneratorsTest {
    @Test
    void directGeneratorDrawsWhatRandomSourceDraws() {
        for (long b = 0; b < 50; b++) {
            long[] state = BlockSampler.blockSeed(20240101L ^ (b * 31), b);
            UniformRandomProvider expected = RandomSource.XO_RO_SHI_RO_128_PP.create(state.clone());
            UniformRandomProvider actual = Generators.of(state);
            for (int i = 0; i < 1000; i++) {
                switch (i % 3) {
                    case 0 -> assertEquals(expected.nextLong(), actual.nextLong());
                    case 1 -> assertEquals(expected.nextInt(), actual.nextInt());
                    default -> assertEquals(Double.doubleToRawLongBits(expected.nextDouble()),
                            Double.doubleToRawLongBits(actual.nextDouble()));
                }
            }
        }
    }

    @Test
    void bootstrapRowsAreNextIntOfTheBound() {
        // powers of two (no rejection), others (2³⁰ + 7: a quarter of the draws rejected)
        for (int n : new int[] {1, 2, 3, 512, 1000, 8192, 12_345, (1 << 30) + 7, Integer.MAX_VALUE}) {
            long[] state = BlockSampler.blockSeed(7, n);
            UniformRandomProvider lib = RandomSource.XO_RO_SHI_RO_128_PP.create(state.clone());
            int count = 5000;
            int[] expected = new int[count];
            for (int j = 0; j < count; j++) expected[j] = lib.nextInt(n);
            int[] actual = new int[count];
            Generators.nextInts(Generators.of(state), n, count, actual);
            assertArrayEquals(expected, actual, "bound " + n);
        }
    }

    @Test
    void bulkOutputsAreTheLibrarysOutputsInOrder() {
        for (int len : new int[] {0, 1, 7, 256, 1000}) {
            long[] state = BlockSampler.blockSeed(11, len);
            UniformRandomProvider lib = RandomSource.XO_RO_SHI_RO_128_PP.create(state.clone());
            Generators.Bulk bulk = Generators.of(state);
            for (int round = 0; round < 3; round++) {
                long[] got = new long[len];
                bulk.nextLongs(got);
                for (int i = 0; i < len; i++) assertEquals(lib.nextLong(), got[i], "output " + i + " of round " + round);
                assertEquals(lib.nextLong(), bulk.nextLong(), "the state after a bulk draw");
            }
        }
    }
}
