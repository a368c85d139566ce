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
 * seeded by (seed, k, b) alone, so the result does not depend on the number of threads. Only the lines
 * in which the two footprints differ are evaluated ({@link #difference}): the others cancel exactly.
 */
public final class PairedRun {
    static final int BLOCK = CommonDraws.BLOCK;
    private static final long CHANGED = 1L << 40;
    private static final long FIXED = -1;

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
     * each input's draws are made once per block for all of them. Scenario k's probability is the one its own
     * run gives (a stream's draws depend on the seed, its key, its law and the block alone).
     *
     * @param scenarios the scenarios' footprints, in the order of {@code changes}
     * @param changes   the scenarios
     */
    public static double[] pLower(Footprint base, List<Footprint> scenarios, List<Scenario> changes, long seed,
                                  long iterations, int threads) {
        List<InputSpec> baseSpecs = InputModel.resolve(base, new ArrayList<>());
        CommonDraws draws = new CommonDraws();
        List<CommonDraws.Lines> differences = new ArrayList<>();
        for (int k = 0; k < scenarios.size(); k++) {
            differences.add(difference(base, baseSpecs, scenarios.get(k), changes.get(k), draws));
        }
        if (differences.isEmpty()) return new double[0];
        int blocks = CommonDraws.blocks(iterations);
        long[][] lower = new long[differences.size()][blocks];
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            Parallel.forEach(blocks, pool, threads, blk -> {
                double[][] d = draws.totals(seed, blk, differences);
                for (int k = 0; k < d.length; k++) {
                    long n = 0;
                    for (int j = 0; j < BLOCK; j++) if (d[k][j] < 0) n++;
                    lower[k][blk] = n;
                }
            });
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        double[] p = new double[differences.size()];
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

    /**
     * The scenario's total minus the base's as lines on the shared streams: a scenario line and a base line
     * with the same kg CO2e and the same activity and factor streams add the same value in every iteration
     * and cancel exactly, so only the lines that differ are kept (the base's with their sign changed) and
     * only their streams are drawn. A stream's draws depend on (seed, key, block) alone, so the kept lines
     * see the same draws as in the two full totals, and P(difference &lt; 0) = P(scenario &lt; base). An
     * iteration then costs O(changed lines) instead of O(lines) for each footprint; only where the two totals
     * agree to rounding can the comparison differ from that of the two full sums (which then decide by rounding
     * alone).
     */
    static CommonDraws.Lines difference(Footprint base, Footprint scenario, Scenario s, CommonDraws draws) {
        return difference(base, InputModel.resolve(base, new ArrayList<>()), scenario, s, draws);
    }

    private static CommonDraws.Lines difference(Footprint base, List<InputSpec> baseSpecs, Footprint scenario,
                                                Scenario s, CommonDraws draws) {
        Map<Long, Distribution> laws = new LinkedHashMap<>();
        for (InputSpec spec : InputModel.resolve(scenario, new ArrayList<>())) laws.put(key(spec.kind(), spec.index()), spec.law());
        for (InputSpec spec : baseSpecs) laws.put(key(spec.kind(), spec.index()), spec.law());
        Set<Long> changed = changed(s);
        Map<Term, Integer> net = new LinkedHashMap<>();   // term → (scenario copies − base copies), first-seen order
        for (LineResult line : base.lines()) net.merge(term(line, Set.of(), laws), -1, Integer::sum);
        for (LineResult line : scenario.lines()) net.merge(term(line, changed, laws), 1, Integer::sum);
        List<Double> coef = new ArrayList<>();
        List<Integer> act = new ArrayList<>();
        List<Integer> fac = new ArrayList<>();
        for (Map.Entry<Term, Integer> e : net.entrySet()) {
            Term t = e.getKey();
            int copies = e.getValue();
            for (int c = 0; c < Math.abs(copies); c++) {
                coef.add(copies < 0 ? -t.coef() : t.coef());
                act.add(t.act() == FIXED ? -1 : draws.stream(t.act(), laws.get(t.act() & ~CHANGED)));
                fac.add(t.fac() == FIXED ? -1 : draws.stream(t.fac(), laws.get(t.fac() & ~CHANGED)));
            }
        }
        return new CommonDraws.Lines(coef.stream().mapToDouble(Double::doubleValue).toArray(),
                act.stream().mapToInt(Integer::intValue).toArray(), fac.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A line as its value in every iteration: kg CO2e and stream keys ({@link #FIXED} for a fixed input). */
    private record Term(double coef, long act, long fac) {}

    private static Term term(LineResult line, Set<Long> changed, Map<Long, Distribution> laws) {
        return new Term(line.kgco2e(), streamKey(key(InputKind.ACTIVITY, line.activity().index()), changed, laws),
                streamKey(key(InputKind.FACTOR, line.factor().index()), changed, laws));
    }

    /** The key of an input's stream: its own, marked when the scenario changes it; {@link #FIXED} when it is not drawn. */
    private static long streamKey(long key, Set<Long> changed, Map<Long, Distribution> laws) {
        Distribution law = laws.get(key);
        if (law == null || !law.sampled()) return FIXED;
        return changed.contains(key) ? key | CHANGED : key;
    }
}
