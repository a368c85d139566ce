package dev.pcf.bench;

import dev.pcf.Pcf;
import dev.pcf.model.ScenarioResult;
import dev.pcf.uncertainty.McOptions;
import dev.pcf.uncertainty.MonteCarlo;
import dev.pcf.uncertainty.PairedRun;
import dev.pcf.model.Progress;
import dev.pcf.model.UncertaintyResult;

import dev.pcf.model.Footprint;
import dev.pcf.model.Scenario;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark harness (bench/README.md, "Uncertainty analysis per report"): the CPU of the example's full
 * uncertainty analysis as {@code pcf report} and {@code pcf batch} run it — adaptive Monte Carlo with its
 * summaries and rank correlations, Sobol' indices with bootstrap, tornado ({@link MonteCarlo#run}), and
 * the paired runs of its scenarios ({@link PairedRun#pLower}, as {@code Pcf} runs them) — on one thread, {@code runs} times in one JVM.
 * Prints the CPU of the calling thread for the first run (mostly interpreted: what a single command pays),
 * the median and the least of the others, the process's CPU per run over all runs (JIT compiler and GC threads included),
 * and a check sum of the numbers (the same before and after a change that keeps them); with
 * {@code -Dbench.dump=FILE} it writes the last result's every number to FILE (for a diff).
 *
 * <p>Arguments: {@code [runs=30] [workbook]}. Run it under {@code -XX:TieredStopAtLevel=1} (as the launcher
 * runs single commands) and without (C2, as a batch).
 */
public final class UncertaintyBench {
    private UncertaintyBench() {}

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path book = args.length > 1 ? Path.of(args[1]) : LargeWorkbook.EXAMPLE;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Pcf.Result r = Pcf.calculate(Pcf.validate(book), new Pcf.Options(null, null, 1, false), null);
        McOptions mco = McOptions.resolve(r.workbook().info(), null, null, 1);
        long paired = PairedRun.iterations(100_000);
        double[] mc = new double[runs];
        double[] scen = new double[runs];
        String check = "";
        UncertaintyResult last = null;
        long p0 = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            long t0 = bean.getCurrentThreadCpuTime();
            UncertaintyResult u = MonteCarlo.run(r.footprint(), r.workbook(), mco, Progress.NONE);
            long t1 = bean.getCurrentThreadCpuTime();
            double p = pairedRuns(r, mco.seed(), paired);
            long t2 = bean.getCurrentThreadCpuTime();
            last = u;
            mc[i] = (t1 - t0) / 1e9;
            scen[i] = (t2 - t1) / 1e9;
            check = String.format(Locale.ROOT, "iterations %d, mean %.17g, low %.17g, high %.17g; "
                    + "hash of every number of the result %08x; Σ p_lower %.17g", u.iterations(), u.total().mean(),
                    u.total().low(), u.total().high(), text(u).hashCode(), p);
        }
        long p1 = os.getProcessCpuTime();
        System.out.printf(Locale.ROOT, "%s, %s, %d runs, %d scenarios (%d paired iterations each)%n", book.getFileName(),
                System.getProperty("java.vm.version"), runs, r.scenarios().size(), paired);
        System.out.printf(Locale.ROOT, "first run, thread CPU s: MC+Sobol'+tornado %.3f, paired %.3f%n", mc[0], scen[0]);
        System.out.printf(Locale.ROOT, "median of runs 2..%d, thread CPU s: MC+Sobol'+tornado %.3f, paired %.3f%n", runs,
                median(mc), median(scen));
        System.out.printf(Locale.ROOT, "least of runs 2..%d, thread CPU s: MC+Sobol'+tornado %.3f, paired %.3f%n", runs,
                least(mc), least(scen));
        System.out.printf(Locale.ROOT, "process CPU s per run (all threads, JIT and GC included): %.3f%n",
                (p1 - p0) / 1e9 / runs);
        System.out.println(check);
        String dump = System.getProperty("bench.dump");
        if (dump != null) {
            java.nio.file.Files.writeString(Path.of(dump), text(last).replace("), ", "),\n") + "\n");
        }
    }

    /**
     * Σ of the scenarios' probabilities, from one paired run of them all when the classes have it (as {@code Pcf}
     * runs them), else one run per scenario (the classes before that change, for a comparison in the same minutes).
     */
    private static double pairedRuns(Pcf.Result r, long seed, long paired) {
        List<Footprint> fps = r.scenarios().stream().map(ScenarioResult::footprint).toList();
        List<Scenario> changes = r.scenarios().stream().map(ScenarioResult::scenario).toList();
        double p = 0;
        try {
            Method all = PairedRun.class.getMethod("pLower", Footprint.class, List.class, List.class, long.class,
                    long.class, int.class);
            for (double x : (double[]) all.invoke(null, r.footprint(), fps, changes, seed, paired, 1)) p += x;
            return p;
        } catch (NoSuchMethodException e) {
            for (int k = 0; k < fps.size(); k++) p += PairedRun.pLower(r.footprint(), fps.get(k), changes.get(k), seed, paired, 1);
            return p;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every number of a result (the histogram's counts too, which a record prints as an array's identity). */
    private static String text(UncertaintyResult u) {
        return u.toString().replaceAll("\\[J@[0-9a-f]+", Arrays.toString(u.histogram().counts()));
    }

    private static double least(double[] x) {
        return Arrays.stream(x).skip(1).min().orElse(Double.NaN);
    }

    private static double median(double[] x) {
        double[] s = Arrays.copyOfRange(x, 1, x.length);
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }
}
