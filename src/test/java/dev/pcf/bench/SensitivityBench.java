package dev.pcf.bench;

import dev.pcf.model.Footprint;
import dev.pcf.model.SensitivityResult;
import dev.pcf.uncertainty.MonteCarlo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The time the sensitivity analysis (Sobol' indices with bootstrap, tornado) adds to a Monte
 * Carlo run, on the {@link McBench} footprint (rows activity rows over rows/20 shared factors).
 * Single-threaded, so the thread's CPU time is the cost whatever the machine's load; best of
 * the repeats. Usage: {@code SensitivityBench 1000,10000 3}.
 */
public final class SensitivityBench {
    private SensitivityBench() {}

    public static void main(String[] args) {
        String[] sizes = (args.length > 0 ? args[0] : "1000,10000").split(",");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String size : sizes) {
            int rows = Integer.parseInt(size.strip());
            Footprint fp = McBench.footprint(rows, Math.max(1, rows / 20), 6);
            double bestCpu = Double.MAX_VALUE;
            double bestWall = Double.MAX_VALUE;
            SensitivityResult r = null;
            for (int i = 0; i < repeats; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                r = MonteCarlo.sensitivity(fp, 1, 1);
                bestCpu = Math.min(bestCpu, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
                bestWall = Math.min(bestWall, (System.nanoTime() - w0) / 1e9);
            }
            System.out.printf(java.util.Locale.ROOT, "%,d rows, %,d inputs, N = %,d, R = %d: CPU %.2f s, wall %.2f s%n",
                    rows, r.indices().size(), r.baseSamples(), r.resamples(), bestCpu, bestWall);
        }
    }
}
