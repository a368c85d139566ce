package dev.pcf.uncertainty;

import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.SensitivityResult.SobolIndex;
import dev.pcf.model.UncertaintyResult.InputKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Sobol' first-order (Saltelli et al. 2010, eq. (b) of table 2) and total-order (Jansen 1999)
 * indices of every sampled input, with 95 % bootstrap percentile intervals.
 *
 * <p>Two independent N × k sample matrices A and B (k sampled inputs) give, for each input i,
 * the matrix A_B^i (A with column i taken from B). With Y = f(·) and V = the variance of the
 * 2N values f(A), f(B):
 * <pre>
 *   S_i  = (1/N) Σ_j (f(B)_j − m) · (f(A_B^i)_j − f(A)_j) / V    (Saltelli 2010; m the mean of the 2N values)
 *   ST_i = (1/2N) Σ_j (f(A)_j − f(A_B^i)_j)² / V                  (Jansen 1999)
 * </pre>
 * These are the general sampling estimators; only the evaluation of f(A_B^i) uses the model's
 * structure (a sum over lines of c_l · activity multiplier · factor multiplier): changing column
 * i changes only the lines using input i, so f(A_B^i) − f(A) = (b_i − a_i) · Σ_{lines of i}
 * c_l · (the other multiplier of the line in A), at O(lines of i) per row instead of O(lines).
 * The whole analysis costs O(N · lines) plus O(R · N · k) for R bootstrap replicates.
 *
 * <p>Reproducibility: input i's columns of A and B in sample block b (of {@link #SAMPLE_BLOCK}
 * rows) come from their own generator seeded by (seed, i, b), and the bootstrap's row indices of
 * replicate r from a generator seeded by (seed, r). Work is split by input or by sample block,
 * each result written to its own slot, so the numbers do not depend on the number of threads.
 */
final class Sobol {
    /** Rows per independently seeded sample block. */
    static final int SAMPLE_BLOCK = 512;
    /** Default N × k budget: N is the largest power of 2 within it, between {@link #MIN_N} and {@link #MAX_N}. */
    static final long BUDGET = 1L << 22;
    static final int MIN_N = 512;
    static final int MAX_N = 8192;
    /** Default bootstrap replicates. */
    static final int RESAMPLES = 400;
    /** Values of d (inputs × N) bootstrapped together, 8 MB: inputs beyond it are taken in groups. */
    static final long GROUP_VALUES = 1L << 20;
    private static final long SALT = 0x50B01_1999_2010L;

    private final List<InputSpec> inputs;    // sampled inputs, in spec order
    private final int[] inputOfActivity;     // per activity spec slot: sampled input number or -1
    private final int[] factorInput;         // per factor slot: its input number
    private final int[][] linesOfActivity;   // per activity slot: its lines
    private final int[][] linesOfFactor;     // per factor slot: its lines
    private final double[] coef;             // per line: deterministic kg CO2e
    private final int[] lineFactor;          // per line: factor slot or -1 (fixed factor)
    private final int[] lineActivity;        // per line: activity slot

    Sobol(Footprint fp, List<InputSpec> specs) {
        inputs = specs.stream().filter(InputSpec::sampled).toList();
        Map<Integer, Integer> actSlot = new HashMap<>();
        Map<Integer, Integer> facSlot = new HashMap<>();
        List<Integer> actInput = new ArrayList<>();
        List<Integer> facInput = new ArrayList<>();
        int n = 0;
        for (InputSpec s : specs) {
            int number = s.sampled() ? n++ : -1;
            if (s.kind() == InputKind.ACTIVITY) {
                actSlot.put(s.index(), actInput.size());
                actInput.add(number);
            } else if (s.sampled()) {
                facSlot.put(s.index(), facInput.size());
                facInput.add(number);
            }
        }
        inputOfActivity = actInput.stream().mapToInt(Integer::intValue).toArray();
        factorInput = facInput.stream().mapToInt(Integer::intValue).toArray();
        List<LineResult> lines = fp.lines();
        coef = new double[lines.size()];
        lineFactor = new int[lines.size()];
        lineActivity = new int[lines.size()];
        List<List<Integer>> byAct = new ArrayList<>();
        List<List<Integer>> byFac = new ArrayList<>();
        actInput.forEach(x -> byAct.add(new ArrayList<>()));
        facInput.forEach(x -> byFac.add(new ArrayList<>()));
        for (int l = 0; l < lines.size(); l++) {
            LineResult line = lines.get(l);
            coef[l] = line.kgco2e();
            lineActivity[l] = actSlot.get(line.activity().index());
            lineFactor[l] = facSlot.getOrDefault(line.factor().index(), -1);
            byAct.get(lineActivity[l]).add(l);
            if (lineFactor[l] >= 0) byFac.get(lineFactor[l]).add(l);
        }
        linesOfActivity = byAct.stream().map(x -> x.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        linesOfFactor = byFac.stream().map(x -> x.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** The default N for k sampled inputs. */
    static int defaultSamples(int k) {
        long n = Long.highestOneBit(Math.max(1, BUDGET / Math.max(1, k)));
        return (int) Math.max(MIN_N, Math.min(MAX_N, n));
    }

    /**
     * The indices of every sampled input, in spec order.
     *
     * @param n         base samples N (a multiple of {@link #SAMPLE_BLOCK} is best; any N ≥ 2 works)
     * @param resamples bootstrap replicates R
     * @param pool      worker threads, or null for the calling thread
     */
    List<SobolIndex> run(long seed, int n, int resamples, ExecutorService pool, int threads) {
        return run(seed, n, resamples, pool, threads, GROUP_VALUES);
    }

    /** {@link #run} bootstrapping at most {@code groupValues / n} inputs together (the numbers do not depend on it). */
    List<SobolIndex> run(long seed, int n, int resamples, ExecutorService pool, int threads, long groupValues) {
        int k = inputs.size();
        if (k == 0) return List.of();
        int nf = factorInput.length;
        double[][] fa = new double[nf][n];
        double[][] fb = new double[nf][n];
        Parallel.forEach(nf, pool, threads, f -> {
            for (int b = 0; b * SAMPLE_BLOCK < n; b++) draw(seed, factorInput[f], b, n, fa[f], fb[f]);
        });
        // f(A), f(B) and, per factor, S_k = Σ_{lines of k} c_l · a_l (the activity multipliers in A)
        double[] ya = new double[n];
        double[] yb = new double[n];
        double[][] sa = new double[nf][n];
        int blocks = (n + SAMPLE_BLOCK - 1) / SAMPLE_BLOCK;
        Parallel.forEach(blocks, pool, threads, b -> accumulate(seed, b, n, fa, fb, ya, yb, sa));
        Bootstrap boot = new Bootstrap(seed ^ SALT, n, resamples, ya, yb);
        int[] actOf = new int[k];
        int[] facOf = new int[k];
        Arrays.fill(actOf, -1);
        Arrays.fill(facOf, -1);
        for (int a = 0; a < inputOfActivity.length; a++) if (inputOfActivity[a] >= 0) actOf[inputOfActivity[a]] = a;
        for (int f = 0; f < nf; f++) facOf[factorInput[f]] = f;
        SobolIndex[] out = new SobolIndex[k];
        int group = (int) Math.max(1, Math.min(k, groupValues / n));
        for (int g0 = 0; g0 < k; g0 += group) {
            int from = g0;
            int width = Math.min(group, k - g0);
            double[] d = new double[width * n];   // d_j of input from + i at [j * width + i]
            Parallel.forEach(width, pool, threads, i -> {
                double[] col = actOf[from + i] >= 0 ? activityColumn(seed, actOf[from + i], n, fa)
                        : factorColumn(facOf[from + i], n, fa, fb, sa);
                for (int j = 0; j < n; j++) d[j * width + i] = col[j];
            });
            SobolIndex[] part = boot.indices(inputs.subList(from, from + width), d, width, pool, threads);
            System.arraycopy(part, 0, out, from, width);
        }
        return Arrays.asList(out);
    }

    /** d_j = f(A_B^i)_j − f(A)_j of the input of activity slot a: (b_i − a_i) · Σ_{lines of a} c_l · f(A)_l. */
    private double[] activityColumn(long seed, int a, int n, double[][] fa) {
        int i = inputOfActivity[a];
        double[] d = new double[n];
        double[] ca = new double[n];
        double[] cb = new double[n];
        for (int b = 0; b * SAMPLE_BLOCK < n; b++) draw(seed, i, b, n, ca, cb);
        for (int l : linesOfActivity[a]) {
            double c = coef[l];
            double[] f = lineFactor[l] < 0 ? null : fa[lineFactor[l]];
            for (int j = 0; j < n; j++) d[j] += c * (f == null ? 1 : f[j]);
        }
        for (int j = 0; j < n; j++) d[j] *= cb[j] - ca[j];
        return d;
    }

    /** d_j of the input of factor slot f: (b_f − a_f) · S_f, S_f = Σ_{lines of f} c_l · (activity multiplier in A). */
    private static double[] factorColumn(int f, int n, double[][] fa, double[][] fb, double[][] sa) {
        double[] d = new double[n];
        for (int j = 0; j < n; j++) d[j] = (fb[f][j] - fa[f][j]) * sa[f][j];
        return d;
    }

    /** Rows of sample block b: every activity's draws in A and B, added line by line. */
    private void accumulate(long seed, int b, int n, double[][] fa, double[][] fb, double[] ya, double[] yb,
                            double[][] sa) {
        int from = b * SAMPLE_BLOCK;
        int to = Math.min(n, from + SAMPLE_BLOCK);
        double[] ca = new double[n];
        double[] cb = new double[n];
        for (int a = 0; a < inputOfActivity.length; a++) {
            int i = inputOfActivity[a];
            if (i >= 0) draw(seed, i, b, n, ca, cb);
            for (int l : linesOfActivity[a]) {
                double c = coef[l];
                int f = lineFactor[l];
                for (int j = from; j < to; j++) {
                    double am = i >= 0 ? ca[j] : 1;
                    double bm = i >= 0 ? cb[j] : 1;
                    ya[j] += c * am * (f < 0 ? 1 : fa[f][j]);
                    yb[j] += c * bm * (f < 0 ? 1 : fb[f][j]);
                    if (f >= 0) sa[f][j] += c * am;
                }
            }
        }
    }

    /** Input i's multipliers in A and B for the rows of sample block b, from that block's own generator. */
    private void draw(long seed, int i, int b, int n, double[] a, double[] bOut) {
        UniformRandomProvider rng = Generators.of(
                BlockSampler.blockSeed(seed ^ SALT, ((long) i << 24) | b));
        MultiplierFill s = MultiplierFill.of(inputs.get(i).law(), rng);
        int from = b * SAMPLE_BLOCK;
        int to = Math.min(n, from + SAMPLE_BLOCK);
        s.fill(a, from, to);
        s.fill(bOut, from, to);
    }
}
