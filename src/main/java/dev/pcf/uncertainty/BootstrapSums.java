package dev.pcf.uncertainty;

/**
 * The sums of {@link Bootstrap}'s estimators over the rows of the sample or of a replicate, for every input of
 * a group at once:
 * <ul>
 *   <li>Saltelli 2010: (1/N) Σ f(B)_j · d_j / V, with f centred on the sample mean ({@code y}): E[d] = 0,
 *       so the expectation is the same, but the variance of the estimate no longer grows with the mean of
 *       the total (for a footprint whose mean is ten times its SD, uncentred, the interval of a
 *       dominant input spans most of 0–1).</li>
 *   <li>Jansen 1999: (1/2N) Σ d_j² / V.</li>
 * </ul>
 * Each input's sums are accumulated in row order, whatever the passes that hold them: the same doubles as one
 * pass per input. Under C1 a pass over the rows costs about as much for one input as for several (the rows'
 * indices, the bounds checks, the loop), so the first pass takes the variance and up to nine inputs in scalar
 * accumulators (up to five for a group of at most five), the others four per pass.
 */
final class BootstrapSums {
    private BootstrapSums() {}

    /**
     * The sums of every input of the group over the rows given (or all N): {@code s[i]} = Σ y_j · d_ij and
     * {@code q[i]} = Σ d_ij², with d_ij = {@code d[k * width + i]} for row k = {@code rows[j]}; also writes
     * {@code y[j]} = f(B)_k − mean and returns Σ (f(A)_k − mean)² + (f(B)_k − mean)² (2N − 1 times the variance),
     * each in row order.
     */
    static double walk(double[] ya, double[] yb, int n, double[] d, int width, int[] rows, double mean, double[] y,
                       double[] s, double[] q) {
        // the first pass's inputs, so that the others make groups of four (a group of fewer repeats its last)
        int first = width <= 9 ? width : 6 + (width - 6) % 4;
        double ss = first <= 5 ? firstFive(ya, yb, n, d, width, first, rows, mean, y, s, q)
                : firstNine(ya, yb, n, d, width, first, rows, mean, y, s, q);
        for (int i = first; i + 4 <= width; i += 4) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0, q0 = 0, q1 = 0, q2 = 0, q3 = 0;
            for (int j = 0; j < n; j++) {
                int at = (rows == null ? j : rows[j]) * width + i;
                double yj = y[j];
                double x0 = d[at];
                double x1 = d[at + 1];
                double x2 = d[at + 2];
                double x3 = d[at + 3];
                s0 += yj * x0;
                q0 += x0 * x0;
                s1 += yj * x1;
                q1 += x1 * x1;
                s2 += yj * x2;
                q2 += x2 * x2;
                s3 += yj * x3;
                q3 += x3 * x3;
            }
            store(new double[] {s0, s1, s2, s3, q0, q1, q2, q3}, i, 4, s, q);
        }
        return ss;
    }

    /** The first pass for the first {@code first} ≤ 5 inputs. */
    private static double firstFive(double[] ya, double[] yb, int n, double[] d, int width, int first, int[] rows,
                                    double mean, double[] y, double[] s, double[] q) {
        int c1 = Math.min(1, first - 1), c2 = Math.min(2, first - 1), c3 = Math.min(3, first - 1), c4 = Math.min(4, first - 1);
        double ss = 0, s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, q0 = 0, q1 = 0, q2 = 0, q3 = 0, q4 = 0;
        for (int j = 0; j < n; j++) {
            int k = rows == null ? j : rows[j];
            double a = ya[k] - mean;
            double b = yb[k] - mean;
            ss += a * a + b * b;
            y[j] = b;
            int at = k * width;
            double x = d[at];
            s0 += b * x;
            q0 += x * x;
            x = d[at + c1];
            s1 += b * x;
            q1 += x * x;
            x = d[at + c2];
            s2 += b * x;
            q2 += x * x;
            x = d[at + c3];
            s3 += b * x;
            q3 += x * x;
            x = d[at + c4];
            s4 += b * x;
            q4 += x * x;
        }
        store(new double[] {s0, s1, s2, s3, s4, q0, q1, q2, q3, q4}, 0, first, s, q);
        return ss;
    }

    /** The first pass for the first {@code first} ≤ 9 inputs (at least six). */
    private static double firstNine(double[] ya, double[] yb, int n, double[] d, int width, int first, int[] rows,
                                    double mean, double[] y, double[] s, double[] q) {
        int c6 = Math.min(6, first - 1), c7 = Math.min(7, first - 1), c8 = Math.min(8, first - 1);
        double ss = 0, s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
        double q0 = 0, q1 = 0, q2 = 0, q3 = 0, q4 = 0, q5 = 0, q6 = 0, q7 = 0, q8 = 0;
        for (int j = 0; j < n; j++) {
            int k = rows == null ? j : rows[j];
            double a = ya[k] - mean;
            double b = yb[k] - mean;
            ss += a * a + b * b;
            y[j] = b;
            int at = k * width;
            double x = d[at];
            s0 += b * x;
            q0 += x * x;
            x = d[at + 1];
            s1 += b * x;
            q1 += x * x;
            x = d[at + 2];
            s2 += b * x;
            q2 += x * x;
            x = d[at + 3];
            s3 += b * x;
            q3 += x * x;
            x = d[at + 4];
            s4 += b * x;
            q4 += x * x;
            x = d[at + 5];
            s5 += b * x;
            q5 += x * x;
            x = d[at + c6];
            s6 += b * x;
            q6 += x * x;
            x = d[at + c7];
            s7 += b * x;
            q7 += x * x;
            x = d[at + c8];
            s8 += b * x;
            q8 += x * x;
        }
        store(new double[] {s0, s1, s2, s3, s4, s5, s6, s7, s8, q0, q1, q2, q3, q4, q5, q6, q7, q8}, 0, first, s, q);
        return ss;
    }

    /** Inputs {@code from … from + count − 1}'s sums, held as the first half (s) and the second half (q) of {@code sums}. */
    private static void store(double[] sums, int from, int count, double[] s, double[] q) {
        int half = sums.length / 2;
        System.arraycopy(sums, 0, s, from, count);
        System.arraycopy(sums, half, q, from, count);
    }
}
