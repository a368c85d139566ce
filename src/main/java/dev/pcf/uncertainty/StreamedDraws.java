package dev.pcf.uncertainty;

import dev.pcf.model.UncertaintyResult.ConvergencePoint;
import dev.pcf.model.UncertaintyResult.Histogram;
import dev.pcf.model.UncertaintyResult.Summary;
import dev.pcf.uncertainty.BlockSampler.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The summaries of a Monte Carlo run whose draws are too many to keep, in memory independent of the
 * number of iterations, with the numbers the in-memory summary gives (bit for bit).
 *
 * <p>The first pass (the run itself) adds each block in order: ordered sums of the total and of each
 * stage (the means), a {@link RankHistogram} per series over block 0's range, and a copy of the total's
 * at every convergence point. Then {@link #finish} reads the blocks again, regenerated from their seeds:
 * the second pass sums the squared deviations from the means in the same order (the SDs, two-pass as in
 * memory) while {@link ExactRanks} gathers the few values in the bins of the wanted order statistics
 * (median, interval, the ranks of their standard errors, the histogram's edges, every convergence
 * point's interval); a third pass counts the histogram of the total between its edges; a very large run
 * may take one more pass per finer level of bins.
 */
final class StreamedDraws {
    /** Bins of the first pass's histograms. */
    static final int BINS = 4096;

    private final int series;
    private final int gatherLimit;
    private final double[] sum;
    private RankHistogram[] hist;
    private final List<Point> points = new ArrayList<>();
    private long m;
    private int blocks;
    private int last;

    private record Point(int blocks, long m, double sum, RankHistogram hist) {}

    /** The summaries of all draws. */
    record Result(Summary total, List<Summary> stages, Histogram histogram, List<ConvergencePoint> convergence) {}

    /**
     * @param stages      stages of the footprint (series: the total, then each stage)
     * @param gatherLimit values an order statistic's bin may hold to be gathered in one pass
     */
    StreamedDraws(int stages, int gatherLimit) {
        this.series = 1 + stages;
        this.gatherLimit = gatherLimit;
        this.sum = new double[series];
    }

    private static double[] values(Block b, int s) {
        return s == 0 ? b.total() : b.stages()[s - 1];
    }

    /** Adds the next block of the run (blocks in order). */
    void add(Block b) {
        if (hist == null) {
            hist = new RankHistogram[series];
            for (int s = 0; s < series; s++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double v : values(b, s)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                hist[s] = new RankHistogram(lo, hi, BINS);
            }
        }
        for (int s = 0; s < series; s++) {
            double[] x = values(b, s);
            double acc = sum[s];
            for (double v : x) acc += v;
            sum[s] = acc;
            hist[s].addAll(x);
        }
        blocks++;
        m += b.total().length;
        // the points of MonteCarlo.convergence: after 1…10 blocks, then whenever the count has grown by a quarter
        if (blocks <= 10 || blocks >= last * 1.25) {
            points.add(new Point(blocks, m, sum[0], hist[0].copy()));
            last = blocks;
        }
    }

    /**
     * The summaries, reading the draws again as often as needed.
     *
     * @param replay       a new stream over the same blocks, in order
     * @param deterministic the deterministic total, then each stage's
     */
    Result finish(Supplier<BlockStream> replay, double[] deterministic) {
        if (last != blocks) points.add(new Point(blocks, m, sum[0], hist[0]));
        ExactRanks ranks = new ExactRanks(series, BINS, gatherLimit);
        double[] mean = new double[series];
        for (int s = 0; s < series; s++) {
            mean[s] = sum[s] / m;
            int ser = s;
            OrderStatistics.summary(m, mean[s], 0, r -> want(ranks, ser, blocks, r, hist[ser]), 0);
        }
        long[] edges = TotalHistogram.ranks(m);
        for (long r : edges) ranks.want(0, blocks, r, hist[0]);
        for (Point p : points) {
            for (long r : OrderStatistics.intervalRanks(p.m, OrderStatistics.P)) ranks.want(0, p.blocks, r, p.hist);
        }
        double[] squares = new double[series];
        TotalHistogram counter = null; // once the edges are known
        boolean counted = false;
        for (int pass = 0; ; pass++) {
            boolean first = pass == 0;
            boolean select = !ranks.done();
            if (counter == null && ranks.known(0, blocks, edges[0]) && ranks.known(0, blocks, edges[1])) {
                counter = new TotalHistogram(m, ranks.value(0, blocks, edges[0]), ranks.value(0, blocks, edges[1]));
            }
            boolean count = counter != null && !counted && counter.needsDraws();
            if (!first && !select && !count) break;
            if (select) ranks.startPass();
            try (BlockStream stream = replay.get()) {
                while (stream.hasNext()) {
                    Block b = stream.next();
                    for (int s = 0; s < series; s++) {
                        double[] x = values(b, s);
                        if (first) {
                            double acc = squares[s];
                            for (double v : x) acc += (v - mean[s]) * (v - mean[s]);
                            squares[s] = acc;
                        }
                        if (select) ranks.feed(s, b.index(), x);
                    }
                    if (count) counter.addAll(b.total());
                }
            }
            if (select) ranks.endPass();
            counted |= count;
        }
        Summary total = summary(ranks, 0, mean[0], squares[0], deterministic[0]);
        List<Summary> stages = new ArrayList<>();
        for (int s = 1; s < series; s++) stages.add(summary(ranks, s, mean[s], squares[s], deterministic[s]));
        List<ConvergencePoint> conv = new ArrayList<>();
        for (Point p : points) {
            long[] r = OrderStatistics.intervalRanks(p.m, OrderStatistics.P);
            conv.add(new ConvergencePoint(p.m, p.sum / p.m, ranks.value(0, p.blocks, r[0]), ranks.value(0, p.blocks, r[1])));
        }
        return new Result(total, stages, counter.result(), conv);
    }

    private static double want(ExactRanks ranks, int series, int prefix, long rank, RankHistogram h) {
        ranks.want(series, prefix, rank, h);
        return 0;
    }

    private Summary summary(ExactRanks ranks, int s, double mean, double squares, double deterministic) {
        double sd = m < 2 ? 0 : Math.sqrt(squares / (m - 1));
        return OrderStatistics.summary(m, mean, sd, r -> ranks.value(s, blocks, r), deterministic);
    }
}
