package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.junit.jupiter.api.Test;

/** The fills draw, bit for bit, what the samplers of {@link Distribution#multiplierSampler} draw from the same generator. */
class MultiplierFillTest {
    @Test
    void everyShapeFillsTheSamplersDrawsInOrder() {
        List<Distribution> shapes = List.of(
                Distribution.Normal.ofPercent(4, 10),          // truncation never reached
                Distribution.Normal.ofPercent(-2, 150),        // truncated: redraws (negative nominal)
                Distribution.Normal.ofPercent(1, 5000),        // nearly half the draws redrawn
                new Distribution.LogNormal(3, 0.4),
                new Distribution.LogNormal(-3, 1e-300),        // σ·z underflows to ±0: exp gives 1 either way
                new Distribution.Triangular(5, 1, 5, 9),
                new Distribution.Triangular(-5, -9, -6, -1),
                new Distribution.Uniform(2, 1, 4));
        for (Distribution d : shapes) {
            for (long seed = 0; seed < 5; seed++) {
                long[] state = BlockSampler.blockSeed(seed, 3);
                ContinuousSampler expected = Distribution.multiplierSampler(d, Generators.of(state));
                MultiplierFill fill = MultiplierFill.of(d, Generators.of(state));
                double[] out = new double[2000];
                // runs of uneven length, as chunks and sample blocks ask for them
                for (int from = 0, len = 1; from < out.length; from += len, len = len * 3 + 1) {
                    fill.fill(out, from, Math.min(out.length, from + len));
                }
                for (int k = 0; k < out.length; k++) {
                    assertEquals(Double.doubleToRawLongBits(expected.sample()), Double.doubleToRawLongBits(out[k]),
                            d + ", seed " + seed + ", draw " + k);
                }
            }
        }
    }

    @Test
    void aFixedInputHasNoFill() {
        assertNull(MultiplierFill.of(new Distribution.Fixed(7), Generators.of(new long[] {1, 2})));
    }
}
