package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.Scenario;
import dev.pcf.model.Scenario.Change;
import dev.pcf.model.Scenario.Kind;
import dev.pcf.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import dev.pcf.model.UncertaintyInput;
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

    /** 30 lines over two uncertain factors and a fixed one, with every kind of activity distribution. */
    static Fixture wide(double gValue, String replaceF, int amountRow, double amount) {
        Fixture fx = new Fixture().factor("F", 2, Fixture.lognormalPct(10)).factor("G", gValue, Fixture.normal(20))
                .factor("H", 3, Fixture.none()).factor("E", 1.8, Fixture.lognormalPct(15));
        UncertaintyInput[] laws = {Fixture.lognormalPct(5), Fixture.uniform(0.5, 12), Fixture.triangular(0.5, null, 12),
                Fixture.none(), Fixture.normal(30)};
        String[] factors = {"F", "G", "H"};
        for (int i = 0; i < 30; i++) {
            String f = factors[i % 3];
            if (f.equals("F") && replaceF != null) f = replaceF;
            fx.activity(i % 2 == 0 ? "RAW" : "PRODUCTION", i == amountRow ? amount : 1 + i % 7, f, laws[i % laws.length]);
        }
        return fx;
    }

    static Scenario change(Kind kind, dev.pcf.model.Activity a, dev.pcf.model.Factor f, double number) {
        return new Scenario("S", Text.EMPTY, List.of(new Change(kind, a, f, number, null, null, "",
                Fixture.cells("情景 Scenarios", 0))));
    }

    /**
     * The unreduced paired run, written out: every input of both footprints drawn on its own stream of
     * (seed, key, block) exactly as {@link CommonDraws} names them, both totals summed over all their lines.
     */
    static double fullTotals(Footprint base, Footprint scen, java.util.Set<Long> changedKeys, long seed, long iterations) {
        Map<Long, Distribution> laws = new HashMap<>();
        for (InputSpec s : InputModel.resolve(scen, new ArrayList<>())) laws.put(key(s.kind(), s.index()), s.law());
        for (InputSpec s : InputModel.resolve(base, new ArrayList<>())) laws.put(key(s.kind(), s.index()), s.law());
        CommonDraws draws = new CommonDraws();
        int[][] b = slots(base, java.util.Set.of(), laws, draws);
        int[][] sc = slots(scen, changedKeys, laws, draws);
        int blocks = CommonDraws.blocks(iterations);
        long lower = 0;
        for (int blk = 0; blk < blocks; blk++) {
            double[][] m = draws.multipliers(seed, blk);
            for (int j = 0; j < CommonDraws.BLOCK; j++) {
                if (sum(scen, sc, m, j) < sum(base, b, m, j)) lower++;
            }
        }
        return (double) lower / ((long) blocks * CommonDraws.BLOCK);
    }

    private static double sum(Footprint fp, int[][] slots, double[][] m, int j) {
        double t = 0;
        for (int l = 0; l < fp.lines().size(); l++) {
            double a = slots[0][l] < 0 ? 1 : m[slots[0][l]][j];
            double f = slots[1][l] < 0 ? 1 : m[slots[1][l]][j];
            t += fp.lines().get(l).kgco2e() * a * f;
        }
        return t;
    }

    private static int[][] slots(Footprint fp, java.util.Set<Long> changed, Map<Long, Distribution> laws, CommonDraws d) {
        int[][] out = new int[2][fp.lines().size()];
        for (int l = 0; l < fp.lines().size(); l++) {
            LineResult line = fp.lines().get(l);
            long a = key(dev.pcf.model.UncertaintyResult.InputKind.ACTIVITY, line.activity().index());
            long f = key(dev.pcf.model.UncertaintyResult.InputKind.FACTOR, line.factor().index());
            out[0][l] = d.stream(changed.contains(a) ? a | (1L << 40) : a, laws.get(a));
            out[1][l] = d.stream(changed.contains(f) ? f | (1L << 40) : f, laws.get(f));
        }
        return out;
    }

    private static long key(dev.pcf.model.UncertaintyResult.InputKind kind, int index) {
        return 2L * index + (kind == dev.pcf.model.UncertaintyResult.InputKind.FACTOR ? 1 : 0);
    }

    private static Footprint without(Footprint fp, int line) {
        List<LineResult> lines = new ArrayList<>(fp.lines());
        double total = fp.total() - lines.remove(line).kgco2e();
        return new Footprint(fp.gwpSet(), total, fp.stages(), fp.byGas(), fp.byOrigin(), lines, fp.cutOff(),
                fp.primaryDataShare(), fp.warnings(), fp.conversions());
    }

    @Test
    void evaluatingOnlyTheLinesThatDifferCountsAsTheFullTotalsDo() {
        Fixture base = wide(0.7, null, -1, 0);
        Footprint bf = base.footprint();
        int g = base.factorById("G").index();
        dev.pcf.model.Activity a4 = base.activities().get(4);
        // a factor scaled: its own draws in the scenario, the 10 lines using it differ
        Footprint scaledG = wide(0.7 * 0.9, null, -1, 0).footprint();
        assertEquals(fullTotals(bf, scaledG, java.util.Set.of(key(dev.pcf.model.UncertaintyResult.InputKind.FACTOR, g)), 5, 30_000),
                PairedRun.pLower(bf, scaledG, change(Kind.SCALE, null, base.factorById("G"), 0.9), 5, 30_000, 2));
        // a factor replaced by another row: 10 lines move from F's draws to E's
        Footprint replaced = wide(0.7, "E", -1, 0).footprint();
        double p = PairedRun.pLower(bf, replaced, change(Kind.FACTOR, null, base.factorById("F"), 0), 7, 30_000, 1);
        assertEquals(fullTotals(bf, replaced, java.util.Set.of(), 7, 30_000), p);
        assertTrue(p > 0.05 && p < 0.95, "a close call, so that the count is a real test: " + p);
        // an amount replaced, and a line left out
        Footprint amount = wide(0.7, null, 4, 3.5).footprint();
        assertEquals(fullTotals(bf, amount, java.util.Set.of(key(dev.pcf.model.UncertaintyResult.InputKind.ACTIVITY, 4)), 9, 30_000),
                PairedRun.pLower(bf, amount, change(Kind.AMOUNT, a4, null, 3.5), 9, 30_000, 2));
        Footprint excluded = without(bf, 7);
        assertEquals(fullTotals(bf, excluded, java.util.Set.of(), 9, 30_000),
                PairedRun.pLower(bf, excluded, change(Kind.EXCLUDE, base.activities().get(7), null, 0), 9, 30_000, 1));
    }

    @Test
    void onlyTheLinesThatDifferAreKept() {
        Fixture base = wide(0.7, null, -1, 0);
        Footprint bf = base.footprint();
        Scenario scaleG = change(Kind.SCALE, null, base.factorById("G"), 0.9);
        // 10 lines use G: each is in the difference twice (the base's negated, the scenario's on G's new draws)
        CommonDraws.Lines d = PairedRun.difference(bf, wide(0.63, null, -1, 0).footprint(), scaleG, new CommonDraws());
        assertEquals(20, d.coef().length);
        // the same footprint (a GWP set that changes no number): nothing left, never lower
        Scenario same = change(Kind.GWP, null, null, 0);
        assertEquals(0, PairedRun.difference(bf, base.footprint(), same, new CommonDraws()).coef().length);
        assertEquals(0.0, PairedRun.pLower(bf, base.footprint(), same, 3, 10_000, 1));
    }
}
