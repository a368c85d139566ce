package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fused passes' sums against one plain pass per input (the definition), bit for bit, for every grouping. */
class BootstrapSumsTest {
    @Test
    void everyWidthSumsAsOnePassPerInput() {
        Random r = new Random(23);
        int n = 1_000;
        double[] ya = r.doubles(n).map(v -> 50 + 10 * v).toArray();
        double[] yb = r.doubles(n).map(v -> 50 + 10 * v).toArray();
        double mean = 55.25;
        for (int width = 1; width <= 14; width++) {
            double[] d = r.doubles((long) n * width).map(v -> v - 0.5).toArray();
            for (int[] rows : new int[][] {null, r.ints(n, 0, n).toArray()}) {
                double[] y = new double[n];
                double[] s = new double[width];
                double[] q = new double[width];
                double ss = BootstrapSums.walk(ya, yb, n, d, width, rows, mean, y, s, q);
                double expectedSs = 0;
                for (int j = 0; j < n; j++) {
                    int k = rows == null ? j : rows[j];
                    expectedSs += (ya[k] - mean) * (ya[k] - mean) + (yb[k] - mean) * (yb[k] - mean);
                    assertEquals(yb[k] - mean, y[j], "y of row " + j);
                }
                assertEquals(Double.doubleToLongBits(expectedSs), Double.doubleToLongBits(ss), "width " + width);
                for (int i = 0; i < width; i++) {
                    double si = 0;
                    double qi = 0;
                    for (int j = 0; j < n; j++) {
                        int k = rows == null ? j : rows[j];
                        si += (yb[k] - mean) * d[k * width + i];
                        qi += d[k * width + i] * d[k * width + i];
                    }
                    assertEquals(Double.doubleToLongBits(si), Double.doubleToLongBits(s[i]), "s of input " + i + " of " + width);
                    assertEquals(Double.doubleToLongBits(qi), Double.doubleToLongBits(q[i]), "q of input " + i + " of " + width);
                }
            }
        }
    }
}
