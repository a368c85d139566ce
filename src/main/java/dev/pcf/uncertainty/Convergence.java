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
     * Mean and interval at each of the {@code points} (the blocks' draws in block order): the mean summed
     * in that order, the interval of point c's first m draws at {@code ends[1 + c]} (zero-based ranks
     * {@link OrderStatistics#intervalRanks} − 1), at the last point from {@code all}, the order statistics of
     * every draw.
     */
    static List<ConvergencePoint> series(List<Block> blocks, int[] points, double[][] ends, LongToDoubleFunction all) {
        List<ConvergencePoint> out = new ArrayList<>();
        double sum = 0;
        int m = 0;
        int next = 0;
        for (Block b : blocks) {
            for (double v : b.total()) sum += v;
            m += b.total().length;
            if (m != points[next]) continue;
            if (next == points.length - 1) {
                int[] ranks = OrderStatistics.intervalRanks(m, OrderStatistics.P);
                out.add(new ConvergencePoint(m, sum / m, all.applyAsDouble(ranks[0]), all.applyAsDouble(ranks[1])));
            } else {
                out.add(new ConvergencePoint(m, sum / m, ends[1 + next][0], ends[1 + next][1]));
            }
            next++;
        }
        return out;
    }
}
