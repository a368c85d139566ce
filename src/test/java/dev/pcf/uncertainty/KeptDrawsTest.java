package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pcf.model.Footprint;
import dev.pcf.model.UncertaintyResult.Contribution;
import dev.pcf.uncertainty.BlockSampler.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The rank correlations' input draws held in groups: block 0 keeps the first group, the others are drawn
 * again from the block's generator; the draws, and the contributions, are those of keeping every input's.
 */
class KeptDrawsTest {
    static final long SEED = 20261207;

    /** 60 activity lines of five kinds of distribution (normal ones redrawn at ≤ 0) over three factors. */
    static Footprint footprint() {
        Fixture fx = new Fixture().factor("F", 2, Fixture.lognormalPct(10)).factor("G", 0.5, Fixture.normal(40))
                .factor("H", 3, Fixture.none());
        var laws = List.of(Fixture.lognormalPct(20), Fixture.normal(150), Fixture.uniform(0.5, 12),
                Fixture.triangular(0.5, null, 12), Fixture.lognormalGsd2(1.5));
        String[] factors = {"F", "G", "H"};
        for (int i = 0; i < 60; i++) {
            fx.activity(i % 2 == 0 ? "RAW" : "PRODUCTION", 1 + i % 7, factors[i % 3], laws.get(i % laws.size()));
        }
        return fx.footprint();
    }

    @Test
    void aGroupDrawnAgainIsWhatTheBlockKept() {
        Footprint fp = footprint();
        List<InputSpec> specs = InputModel.resolve(fp, new ArrayList<>());
        BlockSampler sampler = new BlockSampler(fp, specs);
        int sampled = sampler.sampledCount();
        assertEquals(62, sampled);
        for (int[] lk : new int[][] {{3000, 1100}, {1100, 1100}, {5000, 512}, {700, 300}}) {
            int length = lk[0];
            int keep = lk[1];
            float[][] all = sampler.run(SEED, 0, length, keep, 0, sampled).kept();
            for (int[] r : new int[][] {{0, 7}, {7, 30}, {30, 61}, {61, 62}}) {
                float[][] again = sampler.kept(SEED, length, keep, r[0], r[1]);
                assertEquals(r[1] - r[0], again.length);
                for (int s = r[0]; s < r[1]; s++) {
                    assertArrayEquals(all[s], again[s - r[0]], "slot " + s + ", block of " + length + ", keep " + keep);
                }
            }
        }
    }

    @Test
    void contributionsFromGroupsAreThoseFromEveryInputKept() {
        Footprint fp = footprint();
        List<InputSpec> specs = InputModel.resolve(fp, new ArrayList<>());
        BlockSampler sampler = new BlockSampler(fp, specs);
        int sampled = sampler.sampledCount();
        double[] sums = Sensitivity.lineSums(fp, specs);
        Block all = sampler.run(SEED, 0, 4000, 1000, 0, sampled);
        List<Contribution> expected = Sensitivity.contributions(specs, sampler, SEED, all, 4000, sums, null, 1, sampled);
        assertTrue(expected.getFirst().share() > 0.05, "a real ranking: " + expected.getFirst());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int group : new int[] {1, 7, 25, sampled}) {
                Block first = sampler.run(SEED, 0, 4000, 1000, 0, group);
                assertEquals(group, first.kept().length);
                assertArrayEquals(all.total(), first.total(), 0.0);
                assertEquals(expected, Sensitivity.contributions(specs, sampler, SEED, first, 4000, sums, null, 1, group));
                assertEquals(expected, Sensitivity.contributions(specs, sampler, SEED, first, 4000, sums, pool, 2, group));
            }
        } finally {
            pool.shutdownNow();
        }
        // and the shares written out: squared rank correlations (sort-based ranks) of every input's kept draws
        double[] totalRanks = Sensitivity.ranks(Arrays.copyOf(all.total(), 1000));
        double[] rho2 = new double[specs.size()];
        double sum = 0;
        for (int i = 0; i < specs.size(); i++) {
            if (sampler.keptSlot(i) < 0) continue;
            double[] x = new double[1000];
            for (int j = 0; j < 1000; j++) x[j] = all.kept()[sampler.keptSlot(i)][j];
            double rho = Sensitivity.rankCorrelation(Sensitivity.ranks(x), totalRanks);
            rho2[i] = rho * rho;
            sum += rho2[i];
        }
        for (Contribution c : expected) {
            int i = specs.stream().map(InputSpec::cell).toList().indexOf(c.cell());
            assertEquals(rho2[i] / sum, c.share(), 1e-12, c.label());
        }
    }
}
