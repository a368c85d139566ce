package dev.pcf.uncertainty;

import dev.pcf.model.UncertaintyResult.ConvergencePoint;
import dev.pcf.uncertainty.BlockSampler.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongToDoubleFunction;

/**
 * The convergence series of an in-memory run: the mean and the 95 % interval of the first m draws (the
 * blocks' draws in block order) at a few growing m, for the report's convergence chart.
 */
final class Convergence {
    private Convergence() {}

    /**
     * The convergence series' draw counts: after 1…10 blocks, then whenever the count has grown by a quarter,
     * and at the end (the last is every draw).
     */
    static int[] points(List<Block> blocks) {
        int[] points = new int[blocks.size()];
        int count = 0;
        int m = 0;
        int last = 0;
        for (int h = 1; h <= blocks.size(); h++) {
            m += blocks.get(h - 1).total().length;
            if (h > 10 && h < blocks.size() && h < last * 1.25) continue;
            last = h;
            points[count++] = m;
        }
        return Arrays.copyOf(points, count);
    }

    /**
     * Mean and interval at each of the {@code points}: the mean from {@code sums[c]}, the sum of the first
     * points[c] draws in block order; the interval of point c's draws from {@code ends[c]} (zero-based ranks
     * {@link OrderStatistics#intervalRanks} − 1), at the last point from {@code all}, the order statistics of
     * every draw.
     */
    static List<ConvergencePoint> series(int[] points, double[] sums, double[][] ends, LongToDoubleFunction all) {
        List<ConvergencePoint> out = new ArrayList<>();
        for (int c = 0; c < points.length; c++) {
            int m = points[c];
            if (c == points.length - 1) {
                int[] ranks = OrderStatistics.intervalRanks(m, OrderStatistics.P);
                out.add(new ConvergencePoint(m, sums[c] / m, all.applyAsDouble(ranks[0]), all.applyAsDouble(ranks[1])));
            } else {
                out.add(new ConvergencePoint(m, sums[c] / m, ends[c][0], ends[c][1]));
            }
        }
        return out;
    }
}
