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

    /** Every stream's {@link #BLOCK} multipliers in block {@code b}, by slot. */
    double[][] multipliers(long seed, int b) {
        double[][] m = new double[keys.size()][];
        for (int i = 0; i < m.length; i++) m[i] = draws(laws.get(i), seed, keys.get(i), b);
        return m;
    }

    /**
     * A footprint's lines: per line its deterministic kg CO2e and the slots of its activity and factor
     * streams (−1 = fixed).
     */
    record Lines(double[] coef, int[] act, int[] fac) {
        /** The footprint's total in each iteration of a block, from the block's {@link #multipliers}. */
        double[] totals(double[][] m) {
            double[] t = new double[BLOCK];
            for (int l = 0; l < coef.length; l++) {
                double c = coef[l];
                double[] a = act[l] < 0 ? ONES : m[act[l]];
                double[] f = fac[l] < 0 ? ONES : m[fac[l]];
                for (int j = 0; j < BLOCK; j++) t[j] += c * a[j] * f[j];
            }
            return t;
        }
    }

    private static double[] ones() {
        double[] a = new double[BLOCK];
        java.util.Arrays.fill(a, 1.0);
        return a;
    }

    private static double[] draws(Distribution law, long seed, long key, int block) {
        UniformRandomProvider rng = Generators.of(
                BlockSampler.blockSeed(seed ^ SALT ^ (key * 0x9E3779B97F4A7C15L), block));
        double[] out = new double[BLOCK];
        MultiplierFill.of(law, rng).fill(out, 0, BLOCK);
        return out;
    }
}
