package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pcf.model.Footprint;
import dev.pcf.model.SensitivityResult;
import dev.pcf.model.SensitivityResult.SobolIndex;
import dev.pcf.model.UncertaintyInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Sobol' estimators against the closed forms of uncertainty-spec.md, exact for a sum of
 * products of independent inputs: E = Σ cᵢ·aᵢ·f_k(i);
 * first(aᵢ) = cᵢ²·E[f]²·Var(aᵢ)/Var(E), total(aᵢ) = cᵢ²·E[f²]·Var(aᵢ)/Var(E),
 * first(f_k) = E[A_k]²·Var(f_k)/Var(E), total(f_k) = E[A_k²]·Var(f_k)/Var(E), A_k = Σ_{i∈k} cᵢaᵢ.
 *
 * <p>Tolerance: each model is estimated with {@link #REPS} independent seeds; the mean of the
 * estimates must lie within 5 standard errors (replication SD/√REPS) of the exact value. Under a
 * correct estimator (bias O(1/N), far below the SE here) the statistic is Student-t with 19
 * degrees of freedom: P(|t| &gt; 5) = 7.8·10⁻⁵ per index, about 3·10⁻³ over the ~40 indices
 * checked. The single-seed bootstrap intervals are checked to have the width the replication SD
 * predicts (half-width / 1.96 within a factor 2 of it: the SD of 20 replicates is itself within
 * ±16 %, so a factor 2 is beyond 4 of its standard errors).
 */
class SobolTest {
    static final int REPS = 20;
    static final int N = 4096;

    /** Moments of a multiplier m (draw / nominal). */
    record Moments(double mean, double second) {
        double var() {
            return second - mean * mean;
        }

        static Moments lognormal(double sigma) {
            return new Moments(Math.exp(sigma * sigma / 2), Math.exp(2 * sigma * sigma));
        }

        static Moments lognormalPct(double pct) {
            return lognormal(Math.log1p(pct / 100) / 1.959964);
        }

        static Moments uniform(double nominal, double min, double max) {
            return new Moments((min + max) / 2 / nominal, (min * min + min * max + max * max) / 3 / (nominal * nominal));
        }

        static Moments triangular(double nominal, double a, double c, double b) {
            double mean = (a + b + c) / 3;
            double var = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
            return new Moments(mean / nominal, (var + mean * mean) / (nominal * nominal));
        }

        static Moments normalPct(double pct) {
            double s = pct / 100 / 1.959964; // truncation at −1/s = −39σ or beyond: no effect on the moments
            return new Moments(1, 1 + s * s);
        }

        static final Moments FIXED = new Moments(1, 1);
    }

    /** The exact indices of a model: lines (c, activity moments, factor number or -1), factors' moments. */
    static final class Exact {
        final List<double[]> lines = new ArrayList<>(); // c, E[a], E[a²], factor
        final List<Moments> factors = new ArrayList<>();

        Exact factor(Moments m) {
            factors.add(m);
            return this;
        }

        Exact line(double c, Moments a, int factor) {
            lines.add(new double[] {c, a.mean(), a.second(), factor});
            return this;
        }

        /** {E[A_k], Var(A_k)} of A_k = Σ_{lines on factor k} c·a. */
        double[] a(int k) {
            double ea = 0;
            double va = 0;
            for (double[] l : lines) {
                if (l[3] != k) continue;
                ea += l[0] * l[1];
                va += l[0] * l[0] * (l[2] - l[1] * l[1]);
            }
            return new double[] {ea, va};
        }

        double variance() {
            double v = 0;
            for (int k = 0; k < factors.size(); k++) {
                double ea = a(k)[0];
                double va = a(k)[1];
                Moments f = factors.get(k);
                v += f.second() * (va + ea * ea) - f.mean() * f.mean() * ea * ea;
            }
            for (double[] l : lines) if (l[3] < 0) v += l[0] * l[0] * (l[2] - l[1] * l[1]);
            return v;
        }

        /** {first, total} of line i's activity. */
        double[] activity(int i) {
            double[] l = lines.get(i);
            Moments f = l[3] < 0 ? Moments.FIXED : factors.get((int) l[3]);
            double va = l[2] - l[1] * l[1];
            double v = variance();
            return new double[] {l[0] * l[0] * f.mean() * f.mean() * va / v, l[0] * l[0] * f.second() * va / v};
        }

        /** {first, total} of factor k. */
        double[] factor(int k) {
            double ea = a(k)[0];
            double va = a(k)[1];
            Moments f = factors.get(k);
            double v = variance();
            return new double[] {ea * ea * f.var() / v, (va + ea * ea) * f.var() / v};
        }
    }

    static SensitivityResult analyse(Footprint fp, long seed, int resamples) {
        return Tornado.analyse(fp, InputModel.resolve(fp, new ArrayList<>()), seed, N, resamples, null, 1);
    }

    static SobolIndex byLabel(SensitivityResult r, String label) {
        return r.indices().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
    }

    /** Runs {@link #REPS} seeds and checks each named input against its exact {first, total}. */
    static void check(Footprint fp, List<String> labels, List<double[]> exact) {
        double[][] first = new double[labels.size()][REPS];
        double[][] total = new double[labels.size()][REPS];
        SensitivityResult one = null;
        for (int r = 0; r < REPS; r++) {
            SensitivityResult res = analyse(fp, 1000 + r, r == 0 ? 400 : 2);
            if (r == 0) one = res;
            for (int i = 0; i < labels.size(); i++) {
                SobolIndex x = byLabel(res, labels.get(i));
                first[i][r] = x.first();
                total[i][r] = x.total();
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            String what = labels.get(i);
            assertWithin(exact.get(i)[0], first[i], what + " first-order");
            assertWithin(exact.get(i)[1], total[i], what + " total-order");
            SobolIndex x = byLabel(one, what);
            assertWidth(x.firstHigh() - x.firstLow(), first[i], what + " first-order interval");
            assertWidth(x.totalHigh() - x.totalLow(), total[i], what + " total-order interval");
            assertTrue(x.firstLow() <= x.first() && x.first() <= x.firstHigh(), what);
            assertTrue(x.totalLow() <= x.total() && x.total() <= x.totalHigh(), what);
        }
    }

    static void assertWithin(double exact, double[] estimates, String what) {
        double mean = OrderStatistics.mean(estimates);
        double se = OrderStatistics.sd(estimates, mean) / Math.sqrt(estimates.length);
        assertEquals(exact, mean, 5 * se + 1e-12, what + " (SE " + se + ")");
    }

    static void assertWidth(double width, double[] estimates, String what) {
        double sd = OrderStatistics.sd(estimates, OrderStatistics.mean(estimates));
        double implied = width / 2 / 1.959964;
        if (sd < 1e-9) {
            assertTrue(implied < 1e-6, what + ": " + implied);
            return;
        }
        assertTrue(implied > sd / 2 && implied < sd * 2, what + ": bootstrap SD " + implied + " vs replication SD " + sd);
    }

    @Test
    void sharedLognormalFactorMatchesClosedForm() {
        // three lines on one factor (GSD² = 1.5), activities lognormal ±5 %, ±20 %, ±50 %
        Fixture fx = new Fixture().factor("F", 2, Fixture.lognormalGsd2(1.5));
        fx.activity("RAW", 10, "F", Fixture.lognormalPct(5));
        fx.activity("PRODUCTION", 4, "F", Fixture.lognormalPct(20));
        fx.activity("EOL", 1, "F", Fixture.lognormalPct(50));
        Moments f = Moments.lognormal(Math.log(1.5) / 2);
        Exact e = new Exact().factor(f).line(20, Moments.lognormalPct(5), 0).line(8, Moments.lognormalPct(20), 0)
                .line(2, Moments.lognormalPct(50), 0);
        check(fx.footprint(), List.of("factor F", "项目0 item 0 (RAW)", "项目1 item 1 (PRODUCTION)", "项目2 item 2 (EOL)"),
                List.of(e.factor(0), e.activity(0), e.activity(1), e.activity(2)));
        // the shared factor dominates (its spread acts on all three lines at once)
        assertTrue(e.factor(0)[0] > 0.9);
    }

    @Test
    void uniformTimesLognormalShowsTheInteraction() {
        // a = U(0.5, 1.5) × amount 1, f lognormal GSD² = 4: total − first of each input is Var(a)Var(f)/V ≈ 0.1
        Fixture fx = new Fixture().factor("F", 3, Fixture.lognormalGsd2(4));
        fx.activity("RAW", 1, "F", Fixture.uniform(0.5, 1.5));
        Moments f = Moments.lognormal(Math.log(4) / 2);
        Moments a = Moments.uniform(1, 0.5, 1.5);
        Exact e = new Exact().factor(f).line(3, a, 0);
        double[] fe = e.factor(0);
        double[] ae = e.activity(0);
        assertEquals(a.var() * f.var() * 9 / e.variance(), fe[1] - fe[0], 1e-12);
        assertTrue(fe[1] - fe[0] > SensitivityResult.INTERACTION_THRESHOLD);
        check(fx.footprint(), List.of("factor F", "项目0 item 0 (RAW)"), List.of(fe, ae));
    }

    @Test
    void mixedManyLineModelMatchesClosedForm() {
        // 3 sampled factors (lognormal, triangular, uniform), 1 fixed; 24 lines with every activity shape
        Fixture fx = new Fixture()
                .factor("G", 0.6, Fixture.lognormalPct(15))
                .factor("S", 2.0, Fixture.triangular(1.6, 1.9, 2.8))
                .factor("T", 0.1, Fixture.uniform(0.08, 0.13))
                .factor("X", 1.0, Fixture.none());
        Exact e = new Exact().factor(Moments.lognormalPct(15)).factor(Moments.triangular(2.0, 1.6, 1.9, 2.8))
                .factor(Moments.uniform(0.1, 0.08, 0.13));
        String[] ids = {"G", "S", "T", "X"};
        double[] factorValue = {0.6, 2.0, 0.1, 1.0};
        List<String> labels = new ArrayList<>(List.of("factor G", "factor S", "factor T"));
        List<double[]> exact = new ArrayList<>(List.of(new double[0], new double[0], new double[0]));
        for (int i = 0; i < 24; i++) {
            int k = i % 4;
            double amount = 5 + 3 * i;
            UncertaintyInput u;
            Moments m;
            switch (i % 5) {
                case 0 -> { u = Fixture.lognormalPct(10 + i); m = Moments.lognormalPct(10 + i); }
                case 1 -> { u = Fixture.uniform(0.8 * amount, 1.3 * amount); m = Moments.uniform(amount, 0.8 * amount, 1.3 * amount); }
                case 2 -> { u = Fixture.triangular(0.7 * amount, amount, 1.1 * amount); m = Moments.triangular(amount, 0.7 * amount, amount, 1.1 * amount); }
                case 3 -> { u = Fixture.normal(5); m = Moments.normalPct(5); }
                default -> { u = Fixture.none(); m = Moments.FIXED; }
            }
            fx.activity("RAW", amount, ids[k], u);
            e.line(amount * factorValue[k], m, k == 3 ? -1 : k);
            if (i % 5 != 4) {
                labels.add("项目" + i + " item " + i + " (RAW)");
                exact.add(null);
            }
        }
        for (int k = 0; k < 3; k++) exact.set(k, e.factor(k));
        for (int j = 3; j < labels.size(); j++) {
            int line = Integer.parseInt(labels.get(j).substring(2, labels.get(j).indexOf(' ')));
            exact.set(j, e.activity(line));
        }
        check(fx.footprint(), labels, exact);
    }

    @Test
    void indicesDoNotDependOnTheThreadCount() {
        Fixture fx = new Fixture().factor("F", 2, Fixture.lognormalGsd2(1.5)).factor("G", 1, Fixture.uniform(0.5, 1.5));
        for (int i = 0; i < 40; i++) fx.activity("RAW", 1 + i, i % 2 == 0 ? "F" : "G", Fixture.lognormalPct(5 + i));
        Footprint fp = fx.footprint();
        List<InputSpec> specs = InputModel.resolve(fp, new ArrayList<>());
        SensitivityResult one = Tornado.analyse(fp, specs, 9, 3000, 100, null, 1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            SensitivityResult three = Tornado.analyse(fp, specs, 9, 3000, 100, pool, 3);
            assertEquals(one, three);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(42, one.indices().size());
    }

    @Test
    void indicesDoNotDependOnHowManyInputsAreBootstrappedTogether() {
        Fixture fx = new Fixture().factor("F", 2, Fixture.lognormalGsd2(1.5)).factor("G", 1, Fixture.uniform(0.5, 1.5));
        for (int i = 0; i < 9; i++) fx.activity("RAW", 1 + i, i % 2 == 0 ? "F" : "G", Fixture.lognormalPct(5 + i));
        Footprint fp = fx.footprint();
        Sobol sobol = new Sobol(fp, InputModel.resolve(fp, new ArrayList<>()));
        List<SobolIndex> together = sobol.run(4, 1000, 60, null, 1, Sobol.GROUP_VALUES);
        assertEquals(11, together.size());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (long group : new long[] {1000, 3000, 4000, 10_000}) { // 1, 3 (a short last group), 4, all 11
                assertEquals(together, sobol.run(4, 1000, 60, null, 1, group), "groups of " + group / 1000);
                assertEquals(together, sobol.run(4, 1000, 60, pool, 2, group), "groups of " + group / 1000 + ", 2 threads");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void defaultSampleSizeKeepsTheCostBounded() {
        assertEquals(Sobol.MAX_N, Sobol.defaultSamples(10));
        assertEquals(2048, Sobol.defaultSamples(1100));
        assertEquals(Sobol.MIN_N, Sobol.defaultSamples(20_000));
    }
}
