package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pcf.model.Footprint;
import dev.pcf.model.Scenario;
import dev.pcf.model.Scenario.Change;
import dev.pcf.model.Scenario.Kind;
import dev.pcf.model.Text;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The paired probability that a scenario is below the base, where it is known analytically.
 * Tolerance 4 binomial standard errors √(p(1−p)/M): a correct run fails with probability
 * 2·Φ(−4) = 6.3·10⁻⁵ over the choice of seed.
 */
class PairedRunTest {
    static final long M = 200_000;

    /** X = 100 kg, lognormal σ = 1 (a wide shared input); Y = 10 kg, lognormal σ = 0.5; one fixed factor. */
    static Fixture model(double amountY) {
        return new Fixture().factor("F", 1, Fixture.none())
                .activity("RAW", 100, "F", Fixture.lognormalGsd2(Math.exp(2)))
                .activity("RAW", amountY, "F", Fixture.lognormalGsd2(Math.exp(1)));
    }

    static Scenario scenario(Kind kind, Fixture base, double number) {
        return new Scenario("S1", Text.EMPTY, List.of(new Change(kind, base.activities().get(1), null, number, null, null,
                "", Fixture.cells("情景 Scenarios", 0))));
    }

    @Test
    void scalingAnInputDrawsItAfreshAndTheSharedInputCancels() {
        // scen − base = 5·e^{0.5 Z'} − 10·e^{0.5 Z}: X cancels, P = P(0.5(Z' − Z) < ln 2) = Φ(ln 2/(0.5·√2)) = 0.83652
        Fixture base = model(10);
        Footprint scen = model(5).footprint();
        double p = PairedRun.pLower(base.footprint(), scen, scenario(Kind.SCALE, base, 0.5), 11, M, 2);
        double exact = NormalDistribution.of(0, 1).cumulativeProbability(Math.log(2) / (0.5 * Math.sqrt(2)));
        assertEquals(0.83652, exact, 1e-5);
        long m = PairedRun.iterations(M);
        assertEquals(exact, p, 4 * Math.sqrt(exact * (1 - exact) / m));
    }

    @Test
    void anAllocationChangeKeepsEveryDrawSoTheScenarioIsAlwaysLower() {
        // allocation 0.9 of Y changes no input's draw: scen = X + 0.9·Y < X + Y in every iteration
        Fixture base = model(10);
        Footprint scen = model(9).footprint();
        assertEquals(1.0, PairedRun.pLower(base.footprint(), scen, scenario(Kind.ALLOCATION, base, 0.9), 11, 20_000, 1));
    }

    @Test
    void scenariosRunTogetherGetWhatEachGetsAlone() {
        Fixture base = model(10);
        List<Footprint> fps = List.of(model(5).footprint(), model(9).footprint(), model(20).footprint());
        List<Scenario> changes = List.of(scenario(Kind.SCALE, base, 0.5), scenario(Kind.ALLOCATION, base, 0.9),
                scenario(Kind.AMOUNT, base, 20));
        double[] together = PairedRun.pLower(base.footprint(), fps, changes, 5, 30_000, 2);
        assertEquals(3, together.length);
        for (int k = 0; k < 3; k++) {
            assertEquals(PairedRun.pLower(base.footprint(), fps.get(k), changes.get(k), 5, 30_000, 1), together[k], "scenario " + k);
        }
        assertEquals(1.0, together[1]);
        assertEquals(0, PairedRun.pLower(base.footprint(), List.of(), List.of(), 5, 30_000, 1).length);
    }

    @Test
    void theProbabilityDoesNotDependOnTheThreadCount() {
        Fixture base = model(10);
        Footprint scen = model(5).footprint();
        Scenario s = scenario(Kind.SCALE, base, 0.5);
        assertEquals(PairedRun.pLower(base.footprint(), scen, s, 3, 50_000, 1),
                PairedRun.pLower(base.footprint(), scen, s, 3, 50_000, 3));
    }
}
