package dev.pcf.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * The generators of the analysis: commons-rng's {@code XO_RO_SHI_RO_128_PP} from a 128-bit state. Built
 * directly rather than through {@code RandomSource.create}, which converts the seed and finds the
 * constructor by reflection at every call (a run builds about a thousand generators: one per Monte Carlo
 * block, Sobol' sample block and bootstrap replicate); the state, hence every draw, is the same
 * ({@code GeneratorsTest}).
 */
final class Generators {
    private Generators() {}

    /** The generator whose state is {@code state} (two longs, not both zero, as {@link BlockSampler#blockSeed} gives). */
    static UniformRandomProvider of(long[] state) {
        return new XoRoShiRo128PlusPlus(state[0], state[1]);
    }
}
