package dev.pcf.bench;

import dev.pcf.model.Activity;
import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.CutOffCheck;
import dev.pcf.model.DataType;
import dev.pcf.model.DistributionType;
import dev.pcf.model.Factor;
import dev.pcf.model.Footprint;
import dev.pcf.model.GwpSet;
import dev.pcf.model.LineResult;
import dev.pcf.model.RowCells;
import dev.pcf.model.Stage;
import dev.pcf.model.StageResult;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyInput;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.uncertainty.McOptions;
import dev.pcf.uncertainty.MonteCarlo;
import dev.pcf.model.Progress;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Benchmark harness (bench/README.md): the Monte Carlo on 1,000 lognormal activity rows (and 50
 * lognormal factor rows shared among them, 6 stages) for 100,000 fixed iterations, against the
 * raw speed of the generator drawing the same distribution (Ziggurat normal → exp) into an array.
 *
 * <p>Arguments: {@code [rows=1000] [iterations=100000] [repeats=3]}. Times are the best of the
 * repeats, raw and engine runs alternating, each engine run end to end (input resolution,
 * sampling, summaries, rank correlations, histogram, convergence). Throughput is computed from
 * the CPU time of single-threaded runs; the all-cores run is wall time.
 */
public final class McBench {
    private static volatile double sink;

    private McBench() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int cores = Runtime.getRuntime().availableProcessors();
        Footprint fp = footprint(rows, 50, 6);
        double samples = (double) rows * iterations;
        System.out.printf(Locale.ROOT, "%d activity rows x %d iterations = %.3g row-samples, %d cores, %s%n",
                rows, iterations, samples, cores, System.getProperty("java.vm.version"));

        // The machine may be shared: single-threaded runs are timed in CPU time of the calling thread
        // (the engine runs inline with threads = 1), which a busy machine distorts far less than wall
        // time; raw and engine runs alternate and the best of the repeats is kept.
        McOptions one = new McOptions(1, (long) iterations, McOptions.DEFAULT_CAP, 1, McOptions.DEFAULT_BLOCK);
        McOptions all = one.withThreads(cores);
        double[] rawUniform = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] rawNormal = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] rawLognormal = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] mc1 = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] mcN = {Double.MAX_VALUE, Double.MAX_VALUE};
        run(fp, one); // warm-up
        rawLognormal(samples);
        for (int i = 0; i < repeats; i++) {
            best(rawUniform, () -> rawUniform(samples));
            best(rawNormal, () -> rawNormal(samples));
            best(rawLognormal, () -> rawLognormal(samples));
            best(mc1, () -> run(fp, one));
            if (cores > 1) best(mcN, () -> run(fp, all));
        }
        System.out.printf(Locale.ROOT, "%-42s %10s %10s %14s%n", "", "cpu s", "wall s", "M samples/s");
        report("raw nextDouble (1 thread)", samples, rawUniform);
        report("raw normal, Ziggurat (1 thread)", samples, rawNormal);
        report("raw lognormal, exp(Ziggurat) (1 thread)", samples, rawLognormal);
        report("MonteCarlo.run (1 thread)", samples, mc1);
        if (cores > 1) {
            System.out.printf(Locale.ROOT, "%-42s %10s %10.3f %14.1f   (wall)%n", "MonteCarlo.run (" + cores + " threads)",
                    "-", mcN[1], samples / mcN[1] / 1e6);
        }
        System.out.printf(Locale.ROOT, "ratio MonteCarlo.run / raw lognormal, 1 thread: %.2f (CPU time), %.2f (wall time)%n",
                mc1[0] / rawLognormal[0], mc1[1] / rawLognormal[1]);
    }

    private static void report(String what, double samples, double[] cpuWall) {
        System.out.printf(Locale.ROOT, "%-42s %10.3f %10.3f %14.1f%n", what, cpuWall[0], cpuWall[1],
                samples / cpuWall[0] / 1e6);
    }

    /** Runs r and keeps in best[0] the least CPU time of this thread, in best[1] the least wall time. */
    private static void best(double[] best, Runnable r) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        r.run();
        best[0] = Math.min(best[0], (mx.getCurrentThreadCpuTime() - c0) / 1e9);
        best[1] = Math.min(best[1], (System.nanoTime() - t0) / 1e9);
    }

    private static void run(Footprint fp, McOptions o) {
        UncertaintyResult r = MonteCarlo.run(fp, null, o, Progress.NONE);
        sink += r.total().mean();
    }

    private static void rawUniform(double samples) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        double[] buf = new double[512];
        double s = 0;
        for (long n = 0; n < samples; n += buf.length) {
            for (int k = 0; k < buf.length; k++) buf[k] = rng.nextDouble();
            s += buf[7];
        }
        sink += s;
    }

    private static void rawNormal(double samples) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] buf = new double[512];
        double s = 0;
        for (long n = 0; n < samples; n += buf.length) {
            for (int k = 0; k < buf.length; k++) buf[k] = g.sample();
            s += buf[7];
        }
        sink += s;
    }

    private static void rawLognormal(double samples) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double sigma = Math.log(1.1) / 1.959964;
        double[] buf = new double[512];
        double s = 0;
        for (long n = 0; n < samples; n += buf.length) {
            for (int k = 0; k < buf.length; k++) buf[k] = Math.exp(sigma * g.sample());
            s += buf[7];
        }
        sink += s;
    }

    /** rows activity rows (lognormal ±5 %) over factors factor rows (lognormal ±10 %) and stages stages. */
    public static Footprint footprint(int rows, int factors, int stages) {
        UncertaintyInput act = new UncertaintyInput(DistributionType.LOGNORMAL, 5.0, null, null, null, null, null);
        UncertaintyInput fac = new UncertaintyInput(DistributionType.LOGNORMAL, 10.0, null, null, null, null, null);
        List<Factor> fs = new ArrayList<>();
        for (int f = 0; f < factors; f++) {
            fs.add(new Factor(f, "F" + f, Text.of("因子", "factor"), 0.5 + f % 7, "kgCO2e/kg", "CO2e", CarbonOrigin.FOSSIL,
                    null, null, null, null, "", "", fac, "", new RowCells("排放因子 Factors", f + 1, Map.of())));
        }
        List<StageResult> st = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            st.add(new StageResult(new Stage("S" + s, Text.of("阶段", "stage"), true, Text.EMPTY, Text.EMPTY,
                    new RowCells("生命周期阶段 Stages", s + 1, Map.of())), 0, 0));
        }
        List<LineResult> lines = new ArrayList<>();
        double total = 0;
        double[] byStage = new double[stages];
        for (int i = 0; i < rows; i++) {
            Factor f = fs.get(i % factors);
            double amount = 1 + i % 13;
            Activity a = new Activity(i, "S" + (i % stages), Text.of("项目", "item"), amount, "kg", Basis.UNIT, 1, f.id(),
                    DataType.PRIMARY, "", act, "", new RowCells("活动数据 Activity", i + 1, Map.of()));
            double kg = amount * f.value();
            lines.add(new LineResult(a, f, amount, 1, f.value(), 1, "CO2e", 1, CarbonOrigin.FOSSIL, kg, kg));
            total += kg;
            byStage[i % stages] += kg;
        }
        List<StageResult> stageResults = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            stageResults.add(new StageResult(st.get(s).stage(), byStage[s], byStage[s] / total));
        }
        return new Footprint(GwpSet.AR6, total, stageResults, Map.of("CO2e", total), Map.of(CarbonOrigin.FOSSIL, total),
                lines, new CutOffCheck(0.01, 0.05, List.of(), 0, 0, true), 1, List.of());
    }
}
