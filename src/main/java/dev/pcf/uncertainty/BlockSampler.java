package dev.pcf.uncertainty;

import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.UncertaintyResult.InputKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Runs one block of iterations: the compiled model (a sum of products, one term per line) and
 * the per-block generator. Immutable after construction; {@link #run} may be called from
 * several threads at once.
 *
 * <p>Within a block the iterations are processed in chunks of {@link #CHUNK}; in each chunk every
 * sampled factor row draws {@code CHUNK} multipliers (in factor order), then every sampled
 * activity row draws its multipliers (in line order) and its lines are added into the block's
 * total and stage arrays. So each factor draw is shared by all the lines that use it, and a
 * block's numbers depend only on (seed, block index, block length).
 */
final class BlockSampler {
    static final int CHUNK = 512;
    private static final double[] ONES = filledOnes();

    private final InputSpec[] factors;       // sampled factor inputs
    private final InputSpec[] activities;    // activity inputs (fixed ones too: their lines still count)
    private final int[][] linesOf;           // per activity input: line numbers
    private final double[] coef;             // per line: deterministic kg CO2e
    private final int[] factorSlot;          // per line: slot in factors, or -1 when the factor is fixed
    private final int[] stageOf;             // per line: stage number, or -1
    private final int stageCount;
    private final int[] keptInput;           // per input number (spec list order): slot of kept draws, or -1
    private final int[] activityInputNo;
    private final int[] factorInputNo;

    /** The result of one block. */
    record Block(int index, double[] total, double[][] stages, float[][] kept,
                 double mean, double m2, double sd, double low, double high) {
        /** The statistics of the block without its draws (what the adaptive procedure keeps of it). */
        Block statsOnly() {
            return new Block(index, null, null, null, mean, m2, sd, low, high);
        }
    }

    BlockSampler(Footprint fp, List<InputSpec> specs) {
        Map<Integer, Integer> actSlot = new HashMap<>();
        Map<Integer, Integer> facSlot = new HashMap<>();
        List<InputSpec> acts = new ArrayList<>();
        List<InputSpec> facs = new ArrayList<>();
        List<Integer> actNo = new ArrayList<>();
        List<Integer> facNo = new ArrayList<>();
        keptInput = new int[specs.size()];
        int kept = 0;
        for (int i = 0; i < specs.size(); i++) {
            InputSpec s = specs.get(i);
            keptInput[i] = s.sampled() ? kept++ : -1;
            if (s.kind() == InputKind.ACTIVITY) {
                actSlot.put(s.index(), acts.size());
                acts.add(s);
                actNo.add(i);
            } else if (s.sampled()) {
                facSlot.put(s.index(), facs.size());
                facs.add(s);
                facNo.add(i);
            }
        }
        factors = facs.toArray(InputSpec[]::new);
        activities = acts.toArray(InputSpec[]::new);
        activityInputNo = actNo.stream().mapToInt(Integer::intValue).toArray();
        factorInputNo = facNo.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Integer> stageNo = new HashMap<>();
        for (int s = 0; s < fp.stages().size(); s++) {
            stageNo.put(fp.stages().get(s).stage().code(), s);
        }
        stageCount = fp.stages().size();
        List<LineResult> lines = fp.lines();
        coef = new double[lines.size()];
        factorSlot = new int[lines.size()];
        stageOf = new int[lines.size()];
        List<List<Integer>> byActivity = new ArrayList<>();
        for (int a = 0; a < activities.length; a++) byActivity.add(new ArrayList<>());
        for (int i = 0; i < lines.size(); i++) {
            LineResult line = lines.get(i);
            coef[i] = line.kgco2e();
            factorSlot[i] = facSlot.getOrDefault(line.factor().index(), -1);
            stageOf[i] = stageNo.getOrDefault(line.activity().stage(), -1);
            byActivity.get(actSlot.get(line.activity().index())).add(i);
        }
        linesOf = byActivity.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    int stageCount() {
        return stageCount;
    }

    /** How many inputs are sampled (the slots of {@link #keptSlot}). */
    int sampledCount() {
        int n = 0;
        for (int k : keptInput) if (k >= 0) n++;
        return n;
    }

    /** Slot of input number {@code i} (spec list order) among the sampled inputs (the kept draws' rows), or -1 when fixed. */
    int keptSlot(int i) {
        return keptInput[i];
    }

    /**
     * Sampled inputs whose kept draws are held at a time when {@code keep} iterations are kept: at most
     * {@link MonteCarlo#KEEP_BUDGET} draws, so that the rank correlations' memory does not grow with the inputs.
     */
    static int keptGroup(int keep) {
        return (int) Math.max(1, MonteCarlo.KEEP_BUDGET / Math.max(1, keep));
    }

    /**
     * Runs block {@code b} of {@code n} iterations, keeping the draws of the first {@link #keptGroup} sampled inputs.
     *
     * @param keep how many leading iterations' input multipliers to keep (for the sensitivity analysis), 0 for none
     */
    Block run(long seed, int b, int n, int keep) {
        return run(seed, b, n, keep, 0, Math.min(sampledCount(), keptGroup(keep)));
    }

    /**
     * The draws of sampled inputs {@code from … to} (slots of {@link #keptSlot}) in the first {@code keep}
     * iterations of block 0 of {@code blockLength} iterations, drawn again: the block's generator is replayed over
     * the chunks that hold them (a chunk's draws do not depend on the chunks after it), the same values as
     * {@link #run} kept.
     */
    float[][] kept(long seed, int blockLength, int keep, int from, int to) {
        int chunks = (keep + CHUNK - 1) / CHUNK;
        return run(seed, 0, (int) Math.min(blockLength, (long) chunks * CHUNK), keep, from, to).kept();
    }

    /** {@link #run} keeping the draws of sampled inputs {@code keptFrom … keptTo} only (slots of {@link #keptSlot}). */
    Block run(long seed, int b, int n, int keep, int keptFrom, int keptTo) {
        UniformRandomProvider rng = Generators.of(blockSeed(seed, b));
        // one sampler per input, all on the block's generator, drawn from in a fixed order
        MultiplierFill[] fs = new MultiplierFill[factors.length];
        for (int f = 0; f < factors.length; f++) fs[f] = MultiplierFill.of(factors[f].law(), rng);
        MultiplierFill[] as = new MultiplierFill[activities.length];
        for (int a = 0; a < activities.length; a++) as[a] = MultiplierFill.of(activities[a].law(), rng);
        double[] total = new double[n];
        double[][] stages = new double[stageCount][n];
        double[][] fbuf = new double[factors.length][CHUNK];
        double[] abuf = new double[CHUNK];
        float[][] kept = keep > 0 ? new float[keptTo - keptFrom][keep] : null;
        for (int off = 0; off < n; off += CHUNK) {
            if (Thread.currentThread().isInterrupted()) {
                // a block computed ahead of an adaptive run that has already stopped
                throw new CancellationException("Monte Carlo block " + b + " cancelled");
            }
            int len = Math.min(CHUNK, n - off);
            int keepLen = Math.max(0, Math.min(len, keep - off));
            for (int f = 0; f < factors.length; f++) {
                fs[f].fill(fbuf[f], 0, len);
                if (keepLen > 0) keep(fbuf[f], kept, keptInput[factorInputNo[f]] - keptFrom, off, keepLen);
            }
            for (int a = 0; a < activities.length; a++) {
                double[] am = ONES;
                if (as[a] != null) {
                    as[a].fill(abuf, 0, len);
                    am = abuf;
                    if (keepLen > 0) keep(abuf, kept, keptInput[activityInputNo[a]] - keptFrom, off, keepLen);
                }
                for (int line : linesOf[a]) {
                    double c = coef[line];
                    double[] fm = factorSlot[line] < 0 ? ONES : fbuf[factorSlot[line]];
                    int s = stageOf[line];
                    if (s < 0) {
                        for (int k = 0; k < len; k++) {
                            total[off + k] += c * am[k] * fm[k];
                        }
                    } else {
                        double[] st = stages[s];
                        for (int k = 0; k < len; k++) {
                            double v = c * am[k] * fm[k];
                            total[off + k] += v;
                            st[off + k] += v;
                        }
                    }
                }
            }
        }
        double mean = OrderStatistics.mean(total);
        double m2 = 0;
        for (double v : total) m2 += (v - mean) * (v - mean);
        int[] ranks = OrderStatistics.intervalRanks(n, OrderStatistics.P);
        double[] ends = Selection.at(total, ranks[0] - 1, ranks[1] - 1);
        return new Block(b, total, stages, kept, mean, m2, n > 1 ? Math.sqrt(m2 / (n - 1)) : 0, ends[0], ends[1]);
    }

    private static void keep(double[] from, float[][] kept, int row, int off, int len) {
        if (row < 0 || row >= kept.length) return;
        float[] to = kept[row];
        for (int k = 0; k < len; k++) to[off + k] = (float) from[k];
    }

    /**
     * The 128-bit state of block {@code b}'s generator: two SplitMix64 outputs from a state mixing
     * the seed and the block index, so that blocks are independent streams and no block's
     * generator depends on another's.
     */
    static long[] blockSeed(long seed, long b) {
        long x = mix64(seed) ^ mix64(b * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        long s0 = mix64(x += 0x9E3779B97F4A7C15L);
        long s1 = mix64(x + 0x9E3779B97F4A7C15L);
        if ((s0 | s1) == 0) s1 = 1; // the all-zero state is invalid for xoroshiro
        return new long[] {s0, s1};
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double[] filledOnes() {
        double[] a = new double[CHUNK];
        Arrays.fill(a, 1.0);
        return a;
    }
}
