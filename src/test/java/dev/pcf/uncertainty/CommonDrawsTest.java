package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The totals of footprints on common draws, made in passes of a few iterations or in one. */
class CommonDrawsTest {
    /** 40 streams of four distributions; two footprints over them, one with a fixed input per line. */
    static CommonDraws draws() {
        CommonDraws d = new CommonDraws();
        Distribution[] laws = {
            new Distribution.LogNormal(1, 0.1), new Distribution.Uniform(1, 0.5, 1.5),
            new Distribution.Triangular(1, 0.5, 1, 2), new Distribution.Normal(1, 0.2)};
        for (int k = 0; k < 40; k++) assertEquals(k, d.stream(1000L + 7 * k, laws[k % laws.length]));
        return d;
    }

    static CommonDraws.Lines lines(int shift) {
        int n = 30;
        double[] coef = new double[n];
        int[] act = new int[n];
        int[] fac = new int[n];
        for (int l = 0; l < n; l++) {
            coef[l] = 1.5 + l * 0.25;
            act[l] = (l + shift) % 36;
            fac[l] = l % 5 == 0 ? -1 : 36 + l % 4;
        }
        return new CommonDraws.Lines(coef, act, fac);
    }

    @Test
    void passesOfAFewIterationsGiveTheSameTotalsBitForBitAsTheWholeBlockAtOnce() {
        CommonDraws d = draws();
        List<CommonDraws.Lines> fps = List.of(lines(0), lines(3));
        double[][] m = d.multipliers(17, 2);
        // written out: each footprint's total in iteration j, its lines summed in order
        double[][] expected = new double[2][CommonDraws.BLOCK];
        for (int p = 0; p < 2; p++) {
            CommonDraws.Lines f = fps.get(p);
            for (int j = 0; j < CommonDraws.BLOCK; j++) {
                double t = 0;
                for (int l = 0; l < f.coef().length; l++) {
                    t += f.coef()[l] * m[f.act()[l]][j] * (f.fac()[l] < 0 ? 1 : m[f.fac()[l]][j]);
                }
                expected[p][j] = t;
            }
        }
        for (int span : new int[] {16, 128, CommonDraws.BLOCK}) {
            double[][] t = d.totals(17, 2, fps, span);
            assertArrayEquals(expected[0], t[0], 0.0, "span " + span);
            assertArrayEquals(expected[1], t[1], 0.0, "span " + span);
        }
        assertArrayEquals(expected[1], d.totals(17, 2, fps)[1], 0.0);
    }

    @Test
    void theDrawsHeldAtATimeStayWithinTheBudget() {
        assertEquals(CommonDraws.BLOCK, CommonDraws.span(1));
        assertEquals(CommonDraws.BLOCK, CommonDraws.span(CommonDraws.BUDGET / CommonDraws.BLOCK));
        assertEquals(CommonDraws.BLOCK / 2, CommonDraws.span(CommonDraws.BUDGET / CommonDraws.BLOCK + 1));
        assertEquals(16, CommonDraws.span(50_000));        // 50,000 streams × 16 draws = 6.4 MB
        assertEquals(16, CommonDraws.span(10_000_000));    // never fewer than 16 iterations a pass
    }
}
