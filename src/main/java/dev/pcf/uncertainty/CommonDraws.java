package dev.pcf.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Common random numbers for several footprints evaluated on the same draws: the engine of the
 * paired runs ({@link PairedRun} for a scenario against its base, {@link PairedComparison} for
 * workbooks side by side).
 *
 * <p>Each uncertain quantity is a <em>stream</em> named by a {@code long} key chosen by the caller:
 * two lines (of the same footprint or of different ones) that name the same key use the same draw in
 * every iteration; different keys are independent. Stream k's multipliers in block b come from a
 * generator seeded by (seed, k, b) alone, so the totals depend neither on the number of threads nor
 * on which other streams exist.
 */
final class CommonDraws {
    /** Iterations per block, the unit of seeding. */
    static final int BLOCK = 2048;
    private static final long SALT = 0x9A1_2ED_C0FFEEL;

    private static final double[] ONES = ones();

    private final List<Long> keys = new ArrayList<>();
    private final List<Distribution> laws = new ArrayList<>();
    private final Map<Stream, Integer> slot = new HashMap<>();

    /** A stream: its key and the law it draws (one key with two laws is two streams). */
    private record Stream(long key, Distribution law) {}

    /**
     * The stream of a key, added on first use.
     *
     * @param law the quantity's distribution (its multiplier is drawn); null or fixed for none
     * @return the stream's slot, or −1 when the quantity is fixed (multiplier 1)
     */
    int stream(long key, Distribution law) {
        if (law == null || !law.sampled()) return -1;
        Integer s = slot.get(new Stream(key, law));
        if (s != null) return s;
        slot.put(new Stream(key, law), keys.size());
        keys.add(key);
        laws.add(law);
        return keys.size() - 1;
    }

    /** Blocks for a number of iterations (at least one). */
    static int blocks(long iterations) {
        return (int) Math.max(1, (iterations + BLOCK - 1) / BLOCK);
    }

    /**
     * The totals of each footprint in every iteration of block {@code b}. The streams' draws are made in
     * passes of {@link #span} iterations, each stream's sampler carried from one pass to the next, so that
     * the draws held at a time stay within {@link #BUDGET} however many streams there are; a stream's
     * values, and each total's sum over its lines in line order, are the same as in one pass.
     *
     * @return per footprint (in the order given) its {@link #BLOCK} totals
     */
    double[][] totals(long seed, int b, List<Lines> footprints) {
        return totals(seed, b, footprints, span(keys.size()));
    }

    /** {@link #totals} in passes of {@code span} iterations (a power of 2 dividing {@link #BLOCK}). */
    double[][] totals(long seed, int b, List<Lines> footprints, int span) {
        int streams = keys.size();
        MultiplierFill[] samplers = new MultiplierFill[streams];
        for (int i = 0; i < streams; i++) samplers[i] = sampler(laws.get(i), seed, keys.get(i), b);
        double[][] m = new double[streams][span];
        double[][] out = new double[footprints.size()][BLOCK];
        for (int off = 0; off < BLOCK; off += span) {
            for (int i = 0; i < streams; i++) {
                samplers[i].fill(m[i], 0, span);
            }
            for (int p = 0; p < out.length; p++) footprints.get(p).add(m, out[p], off, span);
        }
        return out;
    }

    /** Draws held at a time by {@link #totals} (8 MB of doubles), unless a pass would be shorter than 16 iterations. */
    static final int BUDGET = 1 << 20;

    /** Iterations per pass for {@code streams} streams: a power of 2 dividing {@link #BLOCK}. */
    static int span(int streams) {
        int fit = BUDGET / Math.max(1, streams);
        return fit >= BLOCK ? BLOCK : Math.max(16, Integer.highestOneBit(Math.max(1, fit)));
    }

    /**
     * A footprint's lines: per line its deterministic kg CO2e and the slots of its activity and factor
     * streams (−1 = fixed).
     */
    record Lines(double[] coef, int[] act, int[] fac) {
        /**
         * Adds the footprint's value in iterations {@code off … off + len} to {@code t}, from the streams'
         * draws of those iterations ({@code m[slot][0 … len)}), line by line.
         */
        void add(double[][] m, double[] t, int off, int len) {
            for (int l = 0; l < coef.length; l++) {
                double c = coef[l];
                double[] a = act[l] < 0 ? ONES : m[act[l]];
                double[] f = fac[l] < 0 ? ONES : m[fac[l]];
                for (int j = 0; j < len; j++) t[off + j] += c * a[j] * f[j];
            }
        }
    }

    /** Every stream's {@link #BLOCK} multipliers in block {@code b}, by slot, in one array (for tests). */
    double[][] multipliers(long seed, int b) {
        double[][] m = new double[keys.size()][BLOCK];
        for (int i = 0; i < m.length; i++) sampler(laws.get(i), seed, keys.get(i), b).fill(m[i], 0, BLOCK);
        return m;
    }

    private static double[] ones() {
        double[] a = new double[BLOCK];
        java.util.Arrays.fill(a, 1.0);
        return a;
    }

    /** Stream {@code key}'s multipliers in block {@code block}: a generator seeded by (seed, key, block) alone. */
    private static MultiplierFill sampler(Distribution law, long seed, long key, int block) {
        UniformRandomProvider rng = Generators.of(
                BlockSampler.blockSeed(seed ^ SALT ^ (key * 0x9E3779B97F4A7C15L), block));
        return MultiplierFill.of(law, rng);
    }
}
