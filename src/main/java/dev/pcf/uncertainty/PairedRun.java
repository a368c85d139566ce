package dev.pcf.uncertainty;

import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.Scenario;
import dev.pcf.model.Scenario.Change;
import dev.pcf.model.UncertaintyResult.InputKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A paired Monte Carlo run of a scenario against the base: both totals from the same draws of
 * every input the scenario does not change (common random numbers), so that the probability that
 * the scenario is lower reflects the change, not the shared inputs' own spread.
 *
 * <p>Inputs are the activity and factor rows, keyed by row. The scenario changes an input when it
 * replaces or scales its value ({@code amount}, {@code factor-value}, {@code scale}): that input
 * then gets draws of its own in the scenario, from the same relative distribution (multiplier) as
 * in the base. A replacement factor ({@code factor}) is its own row, shared with the base when the
 * base uses it too; allocation, exclusion and the GWP set change no input's draw.
 *
 * <p>The draws are {@link CommonDraws}'s: input key k's multipliers in block b come from a generator
 * seeded by (seed, k, b) alone, so the result does not depend on the number of threads.
 */
public final class PairedRun {
    static final int BLOCK = CommonDraws.BLOCK;
    private static final long CHANGED = 1L << 40;

    private PairedRun() {}

    /**
     * The probability that the scenario's total is below the base total.
     *
     * @param iterations paired iterations (rounded up to whole blocks of 2048)
     * @param threads    worker threads; the result does not depend on it
     * @throws dev.pcf.model.InputException when an uncertainty column of a row only the scenario uses is invalid
     */
    public static double pLower(Footprint base, Footprint scenario, Scenario s, long seed, long iterations, int threads) {
        return pLower(base, List.of(scenario), List.of(s), seed, iterations, threads)[0];
    }

    /**
     * {@link #pLower(Footprint, Footprint, Scenario, long, long, int)} of several scenarios of one base at once:
     * each input's draws are made once per block for all of them, and the base total once. Scenario k's
     * probability is the one its own run gives (a stream's draws depend on the seed, its key, its law and the
     * block alone).
     *
     * @param scenarios the scenarios' footprints, in the order of {@code changes}
     * @param changes   the scenarios
     */
    public static double[] pLower(Footprint base, List<Footprint> scenarios, List<Scenario> changes, long seed,
                                  long iterations, int threads) {
        List<InputSpec> baseSpecs = InputModel.resolve(base, new ArrayList<>());
        CommonDraws draws = new CommonDraws();
        CommonDraws.Lines b = null;
        List<CommonDraws.Lines> sc = new ArrayList<>();
        for (int k = 0; k < scenarios.size(); k++) {
            Map<Long, Distribution> laws = new LinkedHashMap<>();
            for (InputSpec spec : InputModel.resolve(scenarios.get(k), new ArrayList<>())) laws.put(key(spec.kind(), spec.index()), spec.law());
            for (InputSpec spec : baseSpecs) laws.put(key(spec.kind(), spec.index()), spec.law());
            if (b == null) b = lines(base, Set.of(), laws, draws);
            sc.add(lines(scenarios.get(k), changed(changes.get(k)), laws, draws));
        }
        if (b == null) return new double[0];
        CommonDraws.Lines bl = b;
        int blocks = CommonDraws.blocks(iterations);
        long[][] lower = new long[scenarios.size()][blocks];
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            Parallel.forEach(blocks, pool, threads, blk -> {
                double[][] m = draws.multipliers(seed, blk);
                double[] tb = bl.totals(m);
                for (int k = 0; k < sc.size(); k++) {
                    double[] ts = sc.get(k).totals(m);
                    long n = 0;
                    for (int j = 0; j < BLOCK; j++) if (ts[j] < tb[j]) n++;
                    lower[k][blk] = n;
                }
            });
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        double[] p = new double[scenarios.size()];
        for (int k = 0; k < p.length; k++) {
            long sum = 0;
            for (long x : lower[k]) sum += x;
            p[k] = (double) sum / ((long) blocks * BLOCK);
        }
        return p;
    }

    /** The inputs whose value a scenario replaces or scales: they draw on streams of their own in it. */
    private static Set<Long> changed(Scenario s) {
        Set<Long> changed = new HashSet<>();
        for (Change c : s.changes()) {
            switch (c.kind()) {
                case AMOUNT -> changed.add(key(InputKind.ACTIVITY, c.activity().index()));
                case FACTOR_VALUE -> changed.add(key(InputKind.FACTOR, c.factor().index()));
                case SCALE -> changed.add(c.factor() != null ? key(InputKind.FACTOR, c.factor().index())
                        : key(InputKind.ACTIVITY, c.activity().index()));
                default -> { }
            }
        }
        return changed;
    }

    /** The iterations {@link #pLower} runs for a requested count. */
    public static long iterations(long requested) {
        return (long) CommonDraws.blocks(requested) * BLOCK;
    }

    private static long key(InputKind kind, int index) {
        return 2L * index + (kind == InputKind.FACTOR ? 1 : 0);
    }

    /** A footprint's lines on the shared streams; an input the scenario changes gets a stream of its own. */
    private static CommonDraws.Lines lines(Footprint fp, Set<Long> changed, Map<Long, Distribution> laws, CommonDraws draws) {
        List<LineResult> lines = fp.lines();
        double[] coef = new double[lines.size()];
        int[] act = new int[lines.size()];
        int[] fac = new int[lines.size()];
        for (int l = 0; l < lines.size(); l++) {
            LineResult line = lines.get(l);
            coef[l] = line.kgco2e();
            act[l] = stream(key(InputKind.ACTIVITY, line.activity().index()), changed, laws, draws);
            fac[l] = stream(key(InputKind.FACTOR, line.factor().index()), changed, laws, draws);
        }
        return new CommonDraws.Lines(coef, act, fac);
    }

    private static int stream(long key, Set<Long> changed, Map<Long, Distribution> laws, CommonDraws draws) {
        return draws.stream(changed.contains(key) ? key | CHANGED : key, laws.get(key));
    }
}
