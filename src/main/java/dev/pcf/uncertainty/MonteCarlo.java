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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The Monte Carlo uncertainty analysis of a footprint (uncertainty-spec.md).
 */
public final class MonteCarlo {
    /** Bins of the histogram of the total, over its 0.1 % to 99.9 % quantiles. */
    static final int BINS = 50;
    /** At most this many input draws (inputs × iterations) are kept for the rank correlations. */
    static final long KEEP_BUDGET = 4_000_000L;

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

        List<Block> blocks = new ArrayList<>();
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
            ArrayDeque<Future<Block>> inflight = new ArrayDeque<>();
            int next = 0;
            int window = 2 * opts.threads();
            for (int h = 0; h < maxBlocks; h++) {
                while (next < maxBlocks && next < h + window) {
                    int b = next++;
                    int n = adaptive || b < maxBlocks - 1 ? bs : (int) (opts.fixedIterations() - (long) b * bs);
                    int k = b == 0 ? Math.min(keep, n) : 0;
                    inflight.add(pool == null ? CompletableFuture.completedFuture(sampler.run(opts.seed(), b, n, k))
                            : pool.submit(() -> sampler.run(opts.seed(), b, n, k)));
                }
                Block block = await(inflight.poll());
                blocks.add(block);
                all.add(block.total().length, block.mean(), block.m2());
                listener.advanced(all.n, expected, "");
                if (adaptive && blocks.size() >= 2) {
                    delta = tolerance(all.sd());
                    if (stable(blocks, delta)) {
                        converged = true;
                        break;
                    }
                }
            }
            for (Future<Block> ahead : inflight) ahead.cancel(true); // computed ahead of a run that has stopped
            return assemble(fp, specs, sampler, blocks, opts, converged, adaptive ? delta : Double.NaN, warnings, pool);
        } finally {
            if (pool != null) pool.shutdownNow();
            listener.finished();
        }
    }

    private static UncertaintyResult assemble(Footprint fp, List<InputSpec> specs, BlockSampler sampler,
                                              List<Block> blocks, McOptions opts, boolean converged, double delta,
                                              List<Problem> warnings, ExecutorService pool) {
        int m = blocks.stream().mapToInt(b -> b.total().length).sum();
        double[] total = new double[m];
        double[][] stages = new double[sampler.stageCount()][m];
        int off = 0;
        for (Block b : blocks) {
            int n = b.total().length;
            System.arraycopy(b.total(), 0, total, off, n);
            for (int s = 0; s < stages.length; s++) System.arraycopy(b.stages()[s], 0, stages[s], off, n);
            off += n;
        }
        List<StageSummary> stageSummaries = new ArrayList<>();
        for (int s = 0; s < stages.length; s++) {
            var sr = fp.stages().get(s);
            stageSummaries.add(new StageSummary(sr.stage().code(), OrderStatistics.summarise(stages[s], sr.kgco2e())));
        }
        double[] lineSums = Sensitivity.lineSums(fp, specs);
        Block first = blocks.get(0);
        var contributions = first.kept() == null ? List.<UncertaintyResult.Contribution>of()
                : Sensitivity.contributions(specs, sampler, first.kept(), first.total(), lineSums, pool, opts.threads());
        double share = resampledShare(specs);
        warnings.addAll(resamplingWarnings(specs));
        List<InputDistribution> inputs = specs.stream().map(InputSpec::distribution).toList();
        Series series = convergence(blocks);
        var sensitivity = Tornado.analyse(fp, specs, opts.seed(), 0, Sobol.RESAMPLES, pool, opts.threads());
        return new UncertaintyResult(opts.seed(), m, opts.adaptive(), converged, delta,
                OrderStatistics.summarise(total, series.sorted(), fp.total()), stageSummaries, contributions,
                Sensitivity.approach1(fp.total(), lineSums, specs), histogram(series.sorted()), series.points(),
                inputs, share, warnings, sensitivity);
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

    /** {@link #BINS} equal bins over the 0.1 % and 99.9 % order statistics; draws outside are left out. */
    static Histogram histogram(double[] sorted) {
        int m = sorted.length;
        double lo = sorted[(int) Math.max(0, Math.ceil(0.001 * m) - 1)];
        double hi = sorted[(int) Math.min(m - 1, Math.ceil(0.999 * m) - 1)];
        if (!(hi > lo)) {
            double w = lo == 0 ? 1 : Math.abs(lo) * 0.01;
            return new Histogram(lo - w / 2, w, new long[] {m});
        }
        double width = (hi - lo) / BINS;
        long[] counts = new long[BINS];
        for (double v : sorted) {
            if (v < lo || v > hi) continue;
            counts[Math.min(BINS - 1, (int) ((v - lo) / width))]++;
        }
        return new Histogram(lo, width, counts);
    }

    /** The convergence series and, as a by-product, every draw of the total sorted. */
    record Series(List<ConvergencePoint> points, double[] sorted) {}

    /**
     * Mean and interval after 1…10 blocks, then whenever the count has grown by a quarter, and at
     * the end. Each block arrives sorted; the sorted draws so far are merged, not sorted again.
     */
    static Series convergence(List<Block> blocks) {
        List<ConvergencePoint> out = new ArrayList<>();
        double[] sorted = new double[0];
        double sum = 0;
        int last = 0;
        for (int h = 1; h <= blocks.size(); h++) {
            Block b = blocks.get(h - 1);
            for (double v : b.total()) sum += v;
            if (h > 10 && h < blocks.size() && h < last * 1.25) continue;
            double[] fresh = b.sorted();
            for (int r = h - 2; r >= last; r--) fresh = OrderStatistics.merge(blocks.get(r).sorted(), fresh);
            sorted = OrderStatistics.merge(sorted, fresh);
            last = h;
            int m = sorted.length;
            int[] ranks = OrderStatistics.intervalRanks(m, OrderStatistics.P);
            out.add(new ConvergencePoint(m, sum / m, sorted[ranks[0] - 1], sorted[ranks[1] - 1]));
        }
        return new Series(out, sorted);
    }

    private static Block await(Future<Block> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
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
