package dev.pcf.uncertainty;

import dev.pcf.model.Footprint;
import dev.pcf.model.InputException;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.Progress;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.model.UncertaintyResult.ConvergencePoint;
import dev.pcf.model.UncertaintyResult.Histogram;
import dev.pcf.model.UncertaintyResult.InputDistribution;
import dev.pcf.model.UncertaintyResult.StageSummary;
import dev.pcf.uncertainty.BlockSampler.Block;
import dev.pcf.model.UncertaintyResult.Summary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;
import java.util.function.LongToDoubleFunction;

/**
 * The Monte Carlo uncertainty analysis of a footprint (uncertainty-spec.md).
 */
public final class MonteCarlo {
    /** At most this many input draws (inputs × iterations) are kept for the rank correlations. */
    static final long KEEP_BUDGET = 4_000_000L;
    /**
     * Total and stage values (iterations × (1 + stages)) kept in memory, 64 MB: a default adaptive run
     * (at most 10⁶ iterations) of up to 7 stages stays in memory; a longer run streams its draws and reads
     * them again from their seeds (about 3× the sampling), so that its memory does not grow with the iterations.
     */
    static final long RETAINED_VALUES = 1L << 23;
    /** Values an order statistic's bin may hold to be gathered in one pass of a streamed run. */
    static final int GATHER_LIMIT = 1 << 16;

    private MonteCarlo() {}

    /**
     * Runs the analysis.
     *
     * @param fp       the deterministic footprint (its lines carry the activity and factor rows)
     * @param wb       the workbook the footprint was calculated from (reserved: inputs come from the lines' rows)
     * @param opts     seed, iterations, threads
     * @param listener told of progress after each block (use {@link Progress#NONE} for none)
     * @return every number of the analysis; identical for any {@code opts.threads()}. Its warnings
     *         are those the run finds (normal inputs redrawn more than 1 % of the time, bounds around
     *         computed factor values); the warnings about the uncertainty columns themselves come from
     *         {@link InputModel#check}, which the caller reports with the workbook's problems
     * @throws InputException when an uncertainty column is invalid, naming each cell
     */
    public static UncertaintyResult run(Footprint fp, PcfWorkbook wb, McOptions opts, Progress listener) {
        return run(fp, opts, listener, RETAINED_VALUES, GATHER_LIMIT);
    }

    /**
     * {@link #run} keeping the draws in memory while the total and stage values are at most
     * {@code retained}, then streaming them ({@link StreamedDraws}) with bins of at most {@code gather}
     * values gathered per pass; the numbers are the same either way (the tests force each way).
     */
    static UncertaintyResult run(Footprint fp, McOptions opts, Progress listener, long retained, int gather) {
        List<Problem> warnings = new ArrayList<>();
        List<InputSpec> specs = InputModel.resolve(fp, warnings);
        BlockSampler sampler = new BlockSampler(fp, specs);
        int bs = opts.blockSize();
        boolean adaptive = opts.adaptive();
        long planned = adaptive ? Math.max(2, opts.cap() / bs) : (opts.fixedIterations() + bs - 1) / bs;
        if (planned > Integer.MAX_VALUE) throw new IllegalArgumentException("too many iterations: " + planned + " blocks");
        int maxBlocks = (int) planned;
        long expected = adaptive ? (long) maxBlocks * bs : opts.fixedIterations();
        int sampled = sampler.sampledCount();
        int keep = sampled == 0 ? 0 : (int) Math.min(Math.min(bs, expected), Math.max(1000, KEEP_BUDGET / sampled));
        IntUnaryOperator length = b -> adaptive || b < maxBlocks - 1 ? bs : (int) (opts.fixedIterations() - (long) b * bs);
        IntUnaryOperator keepOf = b -> b == 0 ? Math.min(keep, length.applyAsInt(b)) : 0;
        int series = 1 + sampler.stageCount();

        List<Block> blocks = new ArrayList<>();   // every block while their draws fit in the budget
        List<Block> stats = new ArrayList<>();    // the adaptive procedure's block statistics
        StreamedDraws streamed = null;            // once they do not
        Block first = null;
        int used = 0;
        Welford all = new Welford();
        boolean converged = !adaptive;
        double delta = Double.NaN;
        ExecutorService pool = opts.threads() > 1 ? Executors.newFixedThreadPool(opts.threads(), r -> {
            Thread t = new Thread(r, "pcf-monte-carlo");
            t.setDaemon(true);
            return t;
        }) : null;
        listener.started(expected);
        try {
            try (BlockStream stream = new BlockStream(sampler, opts.seed(), maxBlocks, length, keepOf, pool, opts.threads())) {
                while (stream.hasNext()) {
                    Block block = stream.next();
                    used++;
                    if (first == null) first = block;
                    all.add(block.total().length, block.mean(), block.m2());
                    if (streamed != null) {
                        streamed.add(block);
                    } else {
                        blocks.add(block);
                        if (all.n * series > retained) {
                            streamed = new StreamedDraws(sampler.stageCount(), gather);
                            for (Block b : blocks) streamed.add(b);
                            blocks.clear();
                        }
                    }
                    listener.advanced(all.n, expected, "");
                    if (adaptive) {
                        stats.add(block.statsOnly());
                        if (stats.size() >= 2) {
                            delta = tolerance(all.sd());
                            if (stable(stats, delta)) {
                                converged = true;
                                break;
                            }
                        }
                    }
                }
            }
            Draws draws;
            if (streamed == null) {
                draws = inMemory(fp, blocks);
            } else {
                int count = used;
                double[] det = new double[series];
                det[0] = fp.total();
                for (int s = 1; s < series; s++) det[s] = fp.stages().get(s - 1).kgco2e();
                StreamedDraws.Result r = streamed.finish(
                        () -> new BlockStream(sampler, opts.seed(), count, length, b -> 0, pool, opts.threads()), det);
                draws = new Draws(all.n, r.total(), r.stages(), r.histogram(), r.convergence());
            }
            return assemble(fp, specs, sampler, first, draws, opts, converged, adaptive ? delta : Double.NaN, warnings, pool);
        } finally {
            if (pool != null) pool.shutdownNow();
            listener.finished();
        }
    }

    /** The summaries of all draws: the total, each stage, the histogram, the convergence series. */
    private record Draws(long iterations, Summary total, List<Summary> stages, Histogram histogram,
                         List<ConvergencePoint> convergence) {}

    /**
     * The summaries from the draws kept in memory (every block's total and stage values), copied in block
     * order into one array per series while summing them (each mean's sum, in array order; the convergence
     * points' sums of the total on the way), then each series read once more for its SD and order statistics.
     */
    private static Draws inMemory(Footprint fp, List<Block> blocks) {
        int m = blocks.stream().mapToInt(b -> b.total().length).sum();
        int[] points = Convergence.points(blocks);
        double[] pointSums = new double[points.length];
        double[] total = new double[m];
        double[][] stages = new double[fp.stages().size()][m];
        double[] stageSums = new double[stages.length];
        double totalSum = 0;
        int off = 0;
        int next = 0;
        for (Block b : blocks) {
            totalSum = copy(b.total(), total, off, totalSum);
            for (int s = 0; s < stages.length; s++) stageSums[s] = copy(b.stages()[s], stages[s], off, stageSums[s]);
            off += b.total().length;
            if (off == points[next]) pointSums[next++] = totalSum;
        }
        List<Summary> stageSummaries = new ArrayList<>();
        for (int s = 0; s < stages.length; s++) {
            stageSummaries.add(OrderStatistics.summarise(stages[s], stageSums[s] / m, fp.stages().get(s).kgco2e()));
        }
        // the total's order statistics for its summary and the histogram's edges, and the convergence points'
        // intervals (each over a prefix of the draws), selected in one pass
        int[] summary = OrderStatistics.positions(m);
        long[] edges = TotalHistogram.ranks(m);
        int[] positions = Arrays.copyOf(summary, summary.length + 2);
        positions[summary.length] = (int) edges[0] - 1;
        positions[summary.length + 1] = (int) edges[1] - 1;
        int[] cuts = Arrays.copyOf(points, points.length - 1);
        int[][] ends = new int[cuts.length][];
        for (int c = 0; c < cuts.length; c++) {
            int[] ranks = OrderStatistics.intervalRanks(cuts[c], OrderStatistics.P);
            ends[c] = new int[] {ranks[0] - 1, ranks[1] - 1};
        }
        double mean = totalSum / m;
        Selection.Ranked r = Selection.ranked(total, m, positions, cuts, ends, mean);
        LongToDoubleFunction at = Selection.byRank(positions, r.values());
        Summary all = OrderStatistics.summary(m, mean, OrderStatistics.sd(m, r.squares()), at, fp.total());
        return new Draws(m, all, stageSummaries, TotalHistogram.of(total, at),
                Convergence.series(points, pointSums, r.prefixes(), at));
    }

    /** Copies {@code from} to {@code to[off..]}, adding each value to {@code sum} in order; the new sum. */
    private static double copy(double[] from, double[] to, int off, double sum) {
        for (int k = 0; k < from.length; k++) {
            double v = from[k];
            to[off + k] = v;
            sum += v;
        }
        return sum;
    }

    private static UncertaintyResult assemble(Footprint fp, List<InputSpec> specs, BlockSampler sampler, Block first,
                                              Draws draws, McOptions opts, boolean converged, double delta,
                                              List<Problem> warnings, ExecutorService pool) {
        List<StageSummary> stageSummaries = new ArrayList<>();
        for (int s = 0; s < draws.stages().size(); s++) {
            stageSummaries.add(new StageSummary(fp.stages().get(s).stage().code(), draws.stages().get(s)));
        }
        double[] lineSums = Sensitivity.lineSums(fp, specs);
        var contributions = first.kept() == null ? List.<UncertaintyResult.Contribution>of()
                : Sensitivity.contributions(specs, sampler, opts.seed(), first, first.total().length, lineSums, pool,
                        opts.threads());
        double share = resampledShare(specs);
        warnings.addAll(resamplingWarnings(specs));
        List<InputDistribution> inputs = specs.stream().map(InputSpec::distribution).toList();
        var sensitivity = Tornado.analyse(fp, specs, opts.seed(), 0, Sobol.RESAMPLES, pool, opts.threads());
        return new UncertaintyResult(opts.seed(), draws.iterations(), opts.adaptive(), converged, delta, draws.total(),
                stageSummaries, contributions, Sensitivity.approach1(fp.total(), lineSums, specs), draws.histogram(),
                draws.convergence(), inputs, share, warnings, sensitivity);
    }

    /**
     * The sensitivity analysis alone (Sobol' indices with the default sample size and bootstrap, and
     * the tornado), as {@link #run} computes it; for benchmarks and callers that need no Monte Carlo summary.
     *
     * @throws InputException when an uncertainty column is invalid, naming each cell
     */
    public static dev.pcf.model.SensitivityResult sensitivity(Footprint fp, long seed, int threads) {
        List<InputSpec> specs = InputModel.resolve(fp, new ArrayList<>());
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            return Tornado.analyse(fp, specs, seed, 0, Sobol.RESAMPLES, pool, threads);
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    /** JCGM 101 §7.9.2: δ = ½·10^l where u = c·10^l, c a two-digit integer (n_dig = 2). */
    static double tolerance(double u) {
        if (!(u > 0)) return 0;
        int l = (int) Math.floor(Math.log10(u)) - 1;
        if (Math.round(u / Math.pow(10, l)) >= 100) l++;
        return 0.5 * Math.pow(10, l);
    }

    /**
     * JCGM 101 §7.9.4 g)–j): the standard deviations of the block means, SDs and interval
     * endpoints, each divided by √h (s² = Σ(x_r − x̄)²/(h(h−1))), are all at most δ/2.
     */
    static boolean stable(List<Block> blocks, double delta) {
        int h = blocks.size();
        double[][] series = new double[4][h];
        for (int r = 0; r < h; r++) {
            Block b = blocks.get(r);
            series[0][r] = b.mean();
            series[1][r] = b.sd();
            series[2][r] = b.low();
            series[3][r] = b.high();
        }
        return stable(series, delta);
    }

    /** The same test over series of per-block estimates (one row per estimate, one column per block). */
    static boolean stable(double[][] series, double delta) {
        int h = series[0].length;
        for (double[] x : series) {
            double s = OrderStatistics.sd(x, OrderStatistics.mean(x)) / Math.sqrt(h);
            if (2 * s > delta) return false;
        }
        return true;
    }

    /**
     * A warning naming each normal input whose probability of a draw ≤ 0, Φ(−1/s) for a relative
     * SD s, is above 1 % (computed, so that the warning does not depend on the seed; the share of
     * all normal draws is {@link #resampledShare}).
     */
    private static List<Problem> resamplingWarnings(List<InputSpec> specs) {
        List<Problem> out = new ArrayList<>();
        for (InputSpec s : specs) {
            if (!(s.law() instanceof Distribution.Normal n)) continue;
            double p = n.truncatedShare();
            if (p > 0.01) {
                out.add(Problem.warning(s.cell(), String.format(Locale.ROOT,
                        "normal ±%s %% gives %.1f %% of draws ≤ 0, drawn again (truncated normal; consider lognormal)",
                        Distributions.num(n.relativeSd() * Distributions.Z975 * 100), p * 100)));
            }
        }
        return out;
    }

    /**
     * The expected share of the normal inputs' draws that fall at or below 0 and are drawn again:
     * R/(R + N) over the N normal inputs, with R = Σ p/(1 − p) the expected redraws per kept draw and
     * p = Φ(−1/s) (computed, so that it does not depend on the seed; the truncated sampler redraws).
     */
    static double resampledShare(List<InputSpec> specs) {
        double redraws = 0;
        int normals = 0;
        for (InputSpec s : specs) {
            if (s.law() instanceof Distribution.Normal n) {
                double p = n.truncatedShare();
                redraws += p / (1 - p);
                normals++;
            }
        }
        return normals == 0 ? 0 : redraws / (redraws + normals);
    }

    /** Pooled count, mean and Σ(x − mean)² over blocks (Chan et al.), combined in block order. */
    private static final class Welford {
        long n;
        double mean;
        double m2;

        void add(long nb, double meanB, double m2B) {
            long nn = n + nb;
            double d = meanB - mean;
            mean += d * nb / nn;
            m2 += m2B + d * d * ((double) n * nb / nn);
            n = nn;
        }

        double sd() {
            return n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
        }
    }
}
