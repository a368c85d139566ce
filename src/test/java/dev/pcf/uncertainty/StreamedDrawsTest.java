package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pcf.model.Footprint;
import dev.pcf.model.Progress;
import dev.pcf.model.UncertaintyResult;
import org.junit.jupiter.api.Test;

/**
 * A run whose draws are streamed (read again from their seeds instead of kept) gives exactly the
 * numbers of the same run kept in memory, whose order statistics come from sorting every draw.
 */
class StreamedDrawsTest {
    private static UncertaintyResult kept(Footprint fp, McOptions o) {
        return MonteCarlo.run(fp, o, Progress.NONE, Long.MAX_VALUE, MonteCarlo.GATHER_LIMIT);
    }

    private static UncertaintyResult streamed(Footprint fp, McOptions o, long retained, int gather) {
        return MonteCarlo.run(fp, o, Progress.NONE, retained, gather);
    }

    @Test
    void aFixedRunWithAPartialLastBlockGivesTheSameNumbersStreamed() {
        Footprint fp = MonteCarloTest.mixed();
        McOptions o = new McOptions(42, 35_000L, McOptions.DEFAULT_CAP, 1, 10_000);
        UncertaintyResult memory = kept(fp, o);
        MonteCarloTest.assertSameNumbers(memory, streamed(fp, o, 0, MonteCarlo.GATHER_LIMIT));
        // switching to streaming after two blocks, and on three threads
        MonteCarloTest.assertSameNumbers(memory, streamed(fp, o.withThreads(3), 80_000, MonteCarlo.GATHER_LIMIT));
        // bins of at most 7 values gathered: most order statistics take two or three finer passes
        MonteCarloTest.assertSameNumbers(memory, streamed(fp, o, 0, 7));
        assertEquals(35_000, memory.iterations());
    }

    @Test
    void anAdaptiveRunGivesTheSameNumbersAndStopsAtTheSameBlockStreamed() {
        Footprint fp = MonteCarloTest.mixed();
        McOptions o = new McOptions(7, null, 300_000, 2, 10_000);
        UncertaintyResult memory = kept(fp, o);
        UncertaintyResult s = streamed(fp, o, 0, 50);
        MonteCarloTest.assertSameNumbers(memory, s);
        assertEquals(memory.convergence().size(), s.convergence().size());
        assertEquals(memory.convergence().get(memory.convergence().size() - 1).iterations(), s.iterations());
    }

    @Test
    void constantStagesAndManyBlocksAreExactToo() {
        // the USE stage has no uncertain input: every draw equals 6 (one value, ties everywhere);
        // 130 blocks of 100: convergence points after 1…10 blocks, then at each h ≥ 1.25 × the last point
        // (13, 17, 22, 28, 35, 44, 55, 69, 87, 109) and at the end (130): 21 points
        Footprint fp = new Fixture().factor("F", 2, Fixture.none()).factor("G", 0.5, Fixture.lognormalPct(30))
                .activity("RAW", 3, "G", Fixture.uniform(2, 4)).activity("USE", 3, "F", Fixture.none()).footprint();
        McOptions o = new McOptions(3, 13_000L, McOptions.DEFAULT_CAP, 1, 100);
        UncertaintyResult memory = kept(fp, o);
        MonteCarloTest.assertSameNumbers(memory, streamed(fp, o, 0, 3));
        assertEquals(6, memory.stages().get(memory.stages().size() - 1).summary().low());
        assertEquals(21, memory.convergence().size());
    }
}
