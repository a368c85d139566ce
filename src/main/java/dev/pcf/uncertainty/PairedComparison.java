package dev.pcf.uncertainty;

import dev.pcf.model.Comparison;
import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.Progress;
import dev.pcf.model.UncertaintyResult.InputKind;
import dev.pcf.model.UncertaintyResult.Summary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The paired Monte Carlo analysis of several footprints ({@code pcf compare}, the discernibility
 * analysis of Heijungs &amp; Kleijn 2001): all totals are evaluated on the same iterations
 * ({@link CommonDraws}); a factor row shares its draws with the factor rows of the other footprints
 * that have the same ID and the same definition, every other input (each activity row, each factor
 * row defined differently) is drawn independently. A difference driven by shared data then does not
 * drown in that data's own uncertainty.
 *
 * <p>A factor row's definition is everything that decides its lines' kg CO2e and its draws: ID, value
 * as used (computed from NCV, carbon content and oxidation rate where the row gives none), unit, NCV and
 * its unit, carbon content, oxidation rate, gas, the GWP of the gas in the workbook's set, carbon origin
 * and the resolved distribution with its parameters. Name, source and year are not part of it.
 *
 * A fixed factor row (no distribution) is no uncertain input and is neither shared nor listed.
 *
 * <p>Iterations: a fixed count, or the JCGM 101 §7.9 adaptive procedure applied to every difference
 * (mean, SD and both interval endpoints), with groups of {@link #GROUP} seeding blocks (10 240
 * iterations, about M = 10⁴) in place of JCGM's blocks, up to the cap. Identical for any thread count.
 */
public final class PairedComparison {
    /** Seeding blocks per group of the adaptive procedure. */
    static final int GROUP = 5;

    private PairedComparison() {}

    /**
     * Runs the paired analysis.
     *
     * @param fps      the footprints, the first the reference of the differences (at least two)
     * @param opts     seed, fixed iterations or adaptive with its cap, threads (the block size is not used)
     * @param progress told after each group of blocks
     * @throws dev.pcf.model.InputException when an uncertainty column is invalid, naming each cell
     */
    public static Comparison.Paired run(List<Footprint> fps, McOptions opts, Progress progress) {
        if (fps.size() < 2) throw new IllegalArgumentException("at least two footprints, found " + fps.size());
        CommonDraws draws = new CommonDraws();
        Keys keys = new Keys();
        List<CommonDraws.Lines> lines = new ArrayList<>();
        for (int p = 0; p < fps.size(); p++) lines.add(lines(fps.get(p), p, draws, keys));
        int n = fps.size();
        boolean adaptive = opts.adaptive();
        int maxBlocks = adaptive ? Math.max(2 * GROUP, (int) Math.min(Integer.MAX_VALUE, opts.cap() / CommonDraws.BLOCK))
                : CommonDraws.blocks(opts.fixedIterations());
        long expected = adaptive ? (long) maxBlocks * CommonDraws.BLOCK : opts.fixedIterations();
        List<double[][]> blocks = new ArrayList<>();
        Adaptive check = new Adaptive(n - 1);
        boolean converged = !adaptive;
        ExecutorService pool = opts.threads() > 1 ? Executors.newFixedThreadPool(opts.threads(), r -> {
            Thread t = new Thread(r, "pcf-compare");
            t.setDaemon(true);
            return t;
        }) : null;
        progress.started(expected);
        try {
            while (blocks.size() < maxBlocks) {
                int from = blocks.size();
                int count = adaptive ? Math.min(GROUP, maxBlocks - from) : maxBlocks;
                double[][][] group = new double[count][][];
                Parallel.forEach(count, pool, opts.threads(), g -> {
                    group[g] = draws.totals(opts.seed(), from + g, lines);
                });
                blocks.addAll(Arrays.asList(group));
                progress.advanced(Math.min(expected, (long) blocks.size() * CommonDraws.BLOCK), expected, "");
                if (adaptive && count == GROUP && check.add(blocks, from)) {
                    converged = true;
                    break;
                }
            }
        } finally {
            if (pool != null) pool.shutdownNow();
            progress.finished();
        }
        int m = adaptive ? blocks.size() * CommonDraws.BLOCK : (int) (long) opts.fixedIterations();
        double[][] totals = new double[n][m];
        for (int b = 0; b < blocks.size(); b++) {
            int off = b * CommonDraws.BLOCK;
            int len = Math.min(CommonDraws.BLOCK, m - off);
            for (int p = 0; p < n && len > 0; p++) System.arraycopy(blocks.get(b)[p], 0, totals[p], off, len);
        }
        List<Summary> summaries = new ArrayList<>();
        for (int p = 0; p < n; p++) summaries.add(OrderStatistics.summarise(totals[p], fps.get(p).total()));
        List<Comparison.Difference> differences = new ArrayList<>();
        for (int p = 1; p < n; p++) {
            double[] d = new double[m];
            long lower = 0;
            for (int j = 0; j < m; j++) {
                d[j] = totals[p][j] - totals[0][j];
                if (totals[p][j] < totals[0][j]) lower++;
            }
            differences.add(new Comparison.Difference(OrderStatistics.summarise(d, fps.get(p).total() - fps.get(0).total()),
                    (double) lower / m));
        }
        return new Comparison.Paired(opts.seed(), m, adaptive, converged, summaries, differences,
                keys.shared(), keys.own());
    }

    /**
     * JCGM 101 §7.9 over groups of {@link #GROUP} blocks: for every difference, the standard deviations
     * of the group means, SDs and interval endpoints, each over √h, are at most half the tolerance δ
     * taken from the difference's SD over all groups (two significant digits). Each group's estimates
     * are computed once, when it arrives.
     */
    private static final class Adaptive {
        private final List<List<double[]>> estimates = new ArrayList<>(); // per difference: per group {mean, sd, low, high}
        private final double[] count;
        private final double[] mean;
        private final double[] m2;

        Adaptive(int differences) {
            for (int i = 0; i < differences; i++) estimates.add(new ArrayList<>());
            count = new double[differences];
            mean = new double[differences];
            m2 = new double[differences];
        }

        /** Adds the group of blocks {@code [from, from + GROUP)}; true when every difference is stable. */
        boolean add(List<double[][]> blocks, int from) {
            int size = GROUP * CommonDraws.BLOCK;
            boolean all = true;
            for (int i = 0; i < estimates.size(); i++) {
                double[] d = new double[size];
                for (int b = 0; b < GROUP; b++) {
                    double[][] t = blocks.get(from + b);
                    for (int j = 0; j < CommonDraws.BLOCK; j++) d[b * CommonDraws.BLOCK + j] = t[i + 1][j] - t[0][j];
                }
                Summary s = OrderStatistics.summarise(d, 0);
                estimates.get(i).add(new double[] {s.mean(), s.sd(), s.low(), s.high()});
                // pooled mean and sum of squares over the groups so far (Chan et al.)
                double nb = size;
                double nn = count[i] + nb;
                double dm = s.mean() - mean[i];
                m2[i] += s.sd() * s.sd() * (nb - 1) + dm * dm * count[i] * nb / nn;
                mean[i] += dm * nb / nn;
                count[i] = nn;
                List<double[]> e = estimates.get(i);
                if (e.size() < 2) {
                    all = false;
                    continue;
                }
                double[][] series = new double[4][e.size()];
                for (int g = 0; g < e.size(); g++) for (int k = 0; k < 4; k++) series[k][g] = e.get(g)[k];
                if (!MonteCarlo.stable(series, MonteCarlo.tolerance(Math.sqrt(m2[i] / (count[i] - 1))))) all = false;
            }
            return all;
        }
    }

    private static CommonDraws.Lines lines(Footprint fp, int product, CommonDraws draws, Keys keys) {
        Map<Long, Distribution> laws = new HashMap<>();
        for (InputSpec spec : InputModel.resolve(fp, new ArrayList<>())) {
            laws.put(spec.kind() == InputKind.FACTOR ? 2L * spec.index() + 1 : 2L * spec.index(), spec.law());
        }
        List<LineResult> ls = fp.lines();
        double[] coef = new double[ls.size()];
        int[] act = new int[ls.size()];
        int[] fac = new int[ls.size()];
        for (int l = 0; l < ls.size(); l++) {
            LineResult line = ls.get(l);
            coef[l] = line.kgco2e();
            int a = line.activity().index();
            act[l] = draws.stream(keys.activity(product, a), laws.get(2L * a));
            Distribution law = laws.get(2L * line.factor().index() + 1);
            fac[l] = law == null || !law.sampled() ? -1
                    : draws.stream(keys.factor(product, definition(line, law), line.factor().id()), law);
        }
        return new CommonDraws.Lines(coef, act, fac);
    }

    /** A factor row's definition as used by one of its lines (see the class comment). */
    static String definition(LineResult line, Distribution law) {
        var f = line.factor();
        return String.join("\u0000", f.id(), Double.toString(line.factorValue()), String.valueOf(f.unit()),
                String.valueOf(f.ncv()), String.valueOf(f.ncvUnit()), String.valueOf(f.carbonContent()),
                String.valueOf(f.oxidationRate()), line.gas(), Double.toString(line.gwp()), String.valueOf(line.origin()),
                String.valueOf(law));
    }

    /**
     * Stream keys: odd for factor definitions, numbered in order of first appearance over all products;
     * even for activity rows, one per (product, row). Keeps which IDs are shared and which differ.
     */
    private static final class Keys {
        private final Map<String, Long> definitions = new LinkedHashMap<>();
        private final Map<String, Long> activities = new HashMap<>();
        private final Map<String, Set<Integer>> productsOfDefinition = new HashMap<>();
        private final Map<String, String> idOfDefinition = new HashMap<>();

        long factor(int product, String definition, String id) {
            productsOfDefinition.computeIfAbsent(definition, k -> new TreeSet<>()).add(product);
            idOfDefinition.put(definition, id);
            return definitions.computeIfAbsent(definition, k -> 2L * definitions.size() + 1);
        }

        long activity(int product, int row) {
            return activities.computeIfAbsent(product + ":" + row, k -> 2L * activities.size());
        }

        List<String> shared() {
            Set<String> ids = new TreeSet<>();
            productsOfDefinition.forEach((d, ps) -> {
                if (ps.size() > 1) ids.add(idOfDefinition.get(d));
            });
            return List.copyOf(ids);
        }

        List<String> own() {
            Map<String, Set<String>> definitionsOfId = new TreeMap<>();
            Map<String, Set<Integer>> productsOfId = new TreeMap<>();
            productsOfDefinition.forEach((d, ps) -> {
                String id = idOfDefinition.get(d);
                definitionsOfId.computeIfAbsent(id, k -> new TreeSet<>()).add(d);
                productsOfId.computeIfAbsent(id, k -> new TreeSet<>()).addAll(ps);
            });
            List<String> out = new ArrayList<>();
            definitionsOfId.forEach((id, ds) -> {
                if (ds.size() > 1 && productsOfId.get(id).size() > 1) out.add(id);
            });
            return out;
        }
    }
}
