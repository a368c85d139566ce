package dev.pcf.bench;

import dev.pcf.Pcf;
import dev.pcf.model.ReportLanguage;
import dev.pcf.render.PdfDocument;
import dev.pcf.uncertainty.MonteCarlo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Benchmark harness (bench/README.md, "Warm throughput"): where one report's CPU goes once the JVM is warm,
 * in CPU time of the calling thread (steadier than wall time on a shared machine), for the JX0317-D30
 * example as {@code pcf batch} makes it (one Monte Carlo thread, the workbook's adaptive settings, its
 * language). Phases: read + check ({@link Pcf#validate(Path)}), calculation without Monte Carlo, the whole
 * calculation (adaptive Monte Carlo, Sobol' indices with bootstrap, tornado, paired scenario runs), the
 * sensitivity analysis alone ({@link MonteCarlo#sensitivity}), the report document (view model, XHTML,
 * charts) and the PDF (layout, fonts, pictures, PDF/A). Runs {@code warm-up} reports first (JIT), then
 * prints the median of {@code repeats}.
 *
 * <p>Arguments: {@code [repeats=15] [warm-up=10] [workbook]}.
 */
public final class ThroughputBench {
    private ThroughputBench() {}

    public static void main(String[] args) throws IOException {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path book = args.length > 2 ? Path.of(args[2]) : LargeWorkbook.EXAMPLE;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        String[] names = {"read+check", "calc, no MC", "calc with MC", "  of which Sobol'+tornado", "view+XHTML",
                "PDF", "report (read+calc+view+PDF)"};
        double[][] cpu = new double[names.length][repeats];
        Pcf.Options batch = new Pcf.Options(null, null, 1, true);
        Pcf.Options noMc = new Pcf.Options(null, null, 1, false);
        for (int i = -warmUp; i < repeats; i++) {
            long t0 = bean.getCurrentThreadCpuTime();
            Pcf.Validation v = Pcf.validate(book);
            long t1 = bean.getCurrentThreadCpuTime();
            Pcf.calculate(v, noMc, null);
            long t2 = bean.getCurrentThreadCpuTime();
            Pcf.Result r = Pcf.calculate(v, batch, null);
            long t3 = bean.getCurrentThreadCpuTime();
            MonteCarlo.sensitivity(r.footprint(), r.uncertainty().seed(), 1);
            long t4 = bean.getCurrentThreadCpuTime();
            PdfDocument doc = Pcf.reportDocument(r, (ReportLanguage) null);
            long t5 = bean.getCurrentThreadCpuTime();
            Pcf.writePdf(doc, new ByteArrayOutputStream());
            long t6 = bean.getCurrentThreadCpuTime();
            if (i < 0) continue;
            long[] t = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, (t1 - t0) + (t3 - t2) + (t6 - t4)};
            for (int p = 0; p < names.length; p++) cpu[p][i] = t[p] / 1e9;
        }
        System.out.printf(Locale.ROOT, "%s, %d cores, %s; median of %d after %d warm-up reports, CPU s of the thread%n",
                book.getFileName(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"),
                repeats, warmUp);
        for (int p = 0; p < names.length; p++) {
            double[] s = cpu[p].clone();
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "%-30s %7.3f%n", names[p], s[repeats / 2]);
        }
    }
}
