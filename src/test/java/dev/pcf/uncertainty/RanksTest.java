package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void ranksNegativesZerosAndTiesLikeASort() {
        float[] x = {3.5f, -2f, 0f, -0f, 1e-30f, -7.25f, 3.5f, 1000f};
        double[] r = new double[x.length];
        new Ranks(x.length).rank(x, x.length, r);
        // sorted: −7.25 (1), −2 (2), 0 and −0 (3, 4 → 3.5), 1e-30 (5), 3.5 twice (6, 7 → 6.5), 1000 (8)
        assertArrayEquals(new double[] {6.5, 2, 3.5, 3.5, 5, 1, 6.5, 8}, r);
        // the same ranks as the double version used for the total
        double[] xd = new double[x.length];
        for (int i = 0; i < x.length; i++) xd[i] = x[i] + 0.0;
        assertArrayEquals(new double[] {6.5, 2, 3.5, 3.5, 5, 1, 6.5, 8}, Sensitivity.ranks(xd));
    }

    @Test
    void perfectAndReversedOrderCorrelateFully() {
        double[] a = {1, 2, 3, 4};
        assertEquals(1, Sensitivity.rankCorrelation(a, a), 1e-15);
        assertEquals(-1, Sensitivity.rankCorrelation(a, new double[] {4, 3, 2, 1}), 1e-15);
    }

    @Test
    void ranksWhenOnlyOneByteDiffers() {
        // 1.0f, 1.25f, 1.5f, 1.75f are 0x3F800000, 0x3FA00000, 0x3FC00000, 0x3FE00000: only the second
        // byte differs, so three passes are skipped and the sorted data end in the work arrays
        float[] x = {1.5f, 1.0f, 1.25f, 1.75f};
        double[] r = new double[4];
        new Ranks(4).rank(x, 4, r);
        assertArrayEquals(new double[] {3, 1, 2, 4}, r);
    }
}
