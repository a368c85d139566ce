package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactRanksTest {
    /** Blocks of values with heavy tails, ties, both zeros and a spike of equal values. */
    private static double[][] blocks() {
        Random rnd = new Random(11);
        double[][] b = new double[9][];
        for (int i = 0; i < b.length; i++) {
            b[i] = new double[500 + 37 * i];
            for (int k = 0; k < b[i].length; k++) {
                double u = rnd.nextDouble();
                b[i][k] = u < 0.2 ? 5.0 : u < 0.22 ? (k % 2 == 0 ? 0.0 : -0.0) : Math.exp(3 * rnd.nextGaussian());
            }
        }
        return b;
    }

    private static RankHistogram histogram(double[][] b, int prefix, int bins) {
        RankHistogram h = new RankHistogram(Arrays.stream(b[0]).min().orElseThrow(), Arrays.stream(b[0]).max().orElseThrow(), bins);
        for (int i = 0; i < prefix; i++) h.addAll(b[i]);
        return h;
    }

    @Test
    void everyRankIsTheValueSortingWouldGive() {
        double[][] b = blocks();
        for (int prefix : new int[] {1, 4, 9}) {
            double[] all = Arrays.stream(b, 0, prefix).flatMapToDouble(Arrays::stream).toArray();
            double[] sorted = all.clone();
            Arrays.sort(sorted);
            ExactRanks ranks = new ExactRanks(1, 4, 3); // coarse bins, tiny gathers: several passes
            RankHistogram h = histogram(b, prefix, 4);
            for (long r = 1; r <= sorted.length; r += 7) ranks.want(0, prefix, r, h);
            ranks.want(0, prefix, sorted.length, h);
            int passes = 0;
            while (!ranks.done()) {
                ranks.startPass();
                for (int i = 0; i < b.length; i++) ranks.feed(0, i, b[i]);
                ranks.endPass();
                passes++;
            }
            assertTrue(passes >= 2 && passes < 80, passes + " passes");
            for (long r = 1; r <= sorted.length; r += 7) {
                assertEquals(Double.doubleToRawLongBits(sorted[(int) r - 1]),
                        Double.doubleToRawLongBits(ranks.value(0, prefix, r)), "rank " + r + " of " + sorted.length);
            }
            assertEquals(sorted[sorted.length - 1], ranks.value(0, prefix, sorted.length));
        }
    }

    @Test
    void binsNeverDecreaseWithTheValue() {
        RankHistogram h = new RankHistogram(-1, 3, 5);
        double[] v = {Double.NEGATIVE_INFINITY, -2, -1, -0.0, 0.0, 0.79, 0.8, 2.99, 3, 3.0001, Double.MAX_VALUE};
        int[] expected = {0, 0, 1, 2, 2, 1 + 2, 1 + 2, 5, 5, 6, 6};
        for (int i = 0; i < v.length; i++) assertEquals(expected[i], h.index(v[i]), "bin of " + v[i]);
    }
}
