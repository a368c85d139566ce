package dev.pcf.uncertainty;

import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.UncertaintyResult.Approach1;
import dev.pcf.model.UncertaintyResult.Contribution;
import dev.pcf.model.UncertaintyResult.InputKind;
import dev.pcf.uncertainty.BlockSampler.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Contributions to variance and the IPCC Approach 1 total.
 *
 * <p>Monte Carlo share: the squared Spearman rank correlation of each sampled input with the
 * total over the first iterations of block 0 (kept by {@link BlockSampler}), normalised to sum to 1.
 * Analytic share (first order): an input j that enters lines with deterministic sum X_j and has a
 * relative standard deviation s_j contributes (X_j·s_j)² to the variance of the total, which is
 * exact to first order for a sum of products; shares are these normalised.
 *
 * <p>IPCC Approach 1 (2006 Vol. 1 Ch. 3, product rule per line, sum rule over lines) treats every
 * line as independent, which understates the spread when one factor feeds several lines. Here the
 * lines sharing an input are summed before squaring, i.e. U_total = 1.959964·√(Σ_j (X_j·s_j)²)/|x|
 * with s_j the relative SD of input j — the same first-order propagation, with each input's
 * 95 % half-width U_j = 1.959964·s_j (exact for normal inputs; for skewed inputs it is the
 * symmetric approximation the note in the report refers to).
 */
final class Sensitivity {
    private Sensitivity() {}

    /** Σ of the deterministic kg CO2e of the lines using each input (spec list order). */
    static double[] lineSums(Footprint fp, List<InputSpec> specs) {
        Map<Integer, Integer> activity = new HashMap<>();
        Map<Integer, Integer> factor = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            InputSpec s = specs.get(i);
            (s.kind() == InputKind.ACTIVITY ? activity : factor).put(s.index(), i);
        }
        double[] x = new double[specs.size()];
        for (LineResult line : fp.lines()) {
            Integer a = activity.get(line.activity().index());
            Integer f = factor.get(line.factor().index());
            if (a != null) x[a] += line.kgco2e();
            if (f != null) x[f] += line.kgco2e();
        }
        return x;
    }

    static Approach1 approach1(double total, double[] lineSums, List<InputSpec> specs) {
        double var = 0;
        for (int i = 0; i < specs.size(); i++) {
            double v = lineSums[i] * specs.get(i).relativeSd();
            var += v * v;
        }
        double u = total == 0 ? Double.NaN : Distributions.Z975 * Math.sqrt(var) / Math.abs(total) * 100;
        double half = Double.isNaN(u) ? 0 : Math.abs(total) * u / 100;
        return new Approach1(u, total - half, total + half);
    }

    /**
     * Contributions of the sampled inputs, largest Monte Carlo share first. The rank correlations
     * are computed independently per input, in groups of {@link BlockSampler#keptGroup} inputs whose draws
     * block 0 kept ({@code first.kept()}, the first group) or are drawn again ({@link BlockSampler#kept}),
     * so that at most one group per thread is held at a time; spread over {@code pool} when given: the
     * numbers do not depend on it.
     *
     * @param first       block 0, with its totals and the first group's kept draws
     * @param blockLength block 0's iterations
     * @param pool        worker threads, or null to compute on the calling thread
     */
    static List<Contribution> contributions(List<InputSpec> specs, BlockSampler sampler, long seed, Block first,
                                            int blockLength, double[] lineSums, ExecutorService pool, int threads) {
        int n = first.kept().length == 0 ? 0 : first.kept()[0].length;
        return contributions(specs, sampler, seed, first, blockLength, lineSums, pool, threads, BlockSampler.keptGroup(n));
    }

    /** {@link #contributions} with groups of {@code group} inputs (block 0 kept the first {@code group}). */
    static List<Contribution> contributions(List<InputSpec> specs, BlockSampler sampler, long seed, Block first,
                                            int blockLength, double[] lineSums, ExecutorService pool, int threads,
                                            int group) {
        float[][] kept0 = first.kept();
        int n = kept0.length == 0 ? 0 : kept0[0].length;
        double[] totalRanks = ranks(Arrays.copyOf(first.total(), n));
        int sampled = sampler.sampledCount();
        int[] inputOfSlot = new int[sampled];
        for (int i = 0; i < specs.size(); i++) if (sampler.keptSlot(i) >= 0) inputOfSlot[sampler.keptSlot(i)] = i;
        int groups = (sampled + group - 1) / group;
        double[] rho2 = new double[specs.size()];
        int parts = pool == null ? 1 : Math.max(1, threads);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int part = p;
            tasks.add(() -> {
                Ranks ranks = new Ranks(n);
                double[] r = new double[n];
                for (int g = 0; g < groups; g++) {
                    int from = g * group;
                    int to = Math.min(sampled, from + group);
                    // one group (block 0 kept every input): its inputs split between the threads; else whole groups
                    if (groups > 1 && g % parts != part) continue;
                    int lo = groups == 1 ? from + (to - from) * part / parts : from;
                    int hi = groups == 1 ? from + (to - from) * (part + 1) / parts : to;
                    float[][] kept = g == 0 ? kept0 : sampler.kept(seed, blockLength, n, from, to);
                    for (int slot = lo; slot < hi; slot++) {
                        ranks.rank(kept[slot - from], n, r);
                        double rho = rankCorrelation(r, totalRanks);
                        rho2[inputOfSlot[slot]] = Double.isNaN(rho) ? 0 : rho * rho;
                    }
                }
                return null;
            });
        }
        runAll(tasks, pool);
        double sumRho2 = 0;
        double sumAnalytic = 0;
        double[] analytic = new double[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            if (!specs.get(i).sampled()) continue;
            sumRho2 += rho2[i];
            double a = lineSums[i] * specs.get(i).relativeSd();
            analytic[i] = a * a;
            sumAnalytic += analytic[i];
        }
        List<Contribution> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            InputSpec s = specs.get(i);
            if (!s.sampled()) continue;
            out.add(new Contribution(s.label(), s.cell(), s.kind(), sumRho2 == 0 ? 0 : rho2[i] / sumRho2,
                    sumAnalytic == 0 ? 0 : analytic[i] / sumAnalytic));
        }
        out.sort(Comparator.comparingDouble(Contribution::share).reversed());
        return out;
    }

    private static void runAll(List<Callable<Void>> tasks, ExecutorService pool) {
        try {
            if (pool == null) {
                for (Callable<Void> t : tasks) t.call();
                return;
            }
            for (Future<Void> f : pool.invokeAll(tasks)) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pearson correlation of two rank vectors of 1..n (with average ranks for ties, whose mean is (n+1)/2). */
    static double rankCorrelation(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) return Double.NaN;
        double m = (n + 1) / 2.0;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int k = 0; k < n; k++) {
            double da = a[k] - m;
            double db = b[k] - m;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }

    /** One-based ranks, ties given their average rank. */
    static double[] ranks(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int lo = lowerBound(sorted, x[i]);
            int hi = lowerBound(sorted, Math.nextUp(x[i]));
            r[i] = (lo + 1 + hi) / 2.0;
        }
        return r;
    }

    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
