package dev.pcf.bench;

import dev.pcf.Pcf;
import dev.pcf.model.ReportLanguage;
import dev.pcf.render.PdfDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark harness (bench/README.md, "Render"): the CPU one report's rendering costs once the JVM is warm —
 * the report document (view model, XHTML, charts, the embedded JSON) and the PDF (Flying Saucer layout,
 * fonts, pictures, PDF/A-3b) — for the JX0317-D30 example calculated once as {@code pcf batch} calculates it
 * (one Monte Carlo thread, the workbook's adaptive settings, its language). {@code jobs} threads render at the
 * same time, as the batch's jobs do; each thread's CPU time is measured (steadier than wall time on a shared
 * machine), and the wall time of the timed part is printed beside it, so a render serialised across jobs
 * shows as wall ≈ jobs × CPU per report. Every PDF is compared with the first: a difference fails the run.
 *
 * <p>Arguments: {@code [reports per job=30] [warm-up per job=15] [jobs=1] [workbook]}. Run with
 * {@code -XX:TieredStopAtLevel=1} to see the batch's cost under C1, or with a JFR recording to profile.
 */
public final class RenderBench {
    private RenderBench() {}

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int jobs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path book = args.length > 3 ? Path.of(args[3]) : LargeWorkbook.EXAMPLE;
        Pcf.Result result = Pcf.calculate(Pcf.validate(book), new Pcf.Options(null, null, 1, true), null);
        byte[] reference = render(result);
        long[][] doc = new long[jobs][reports];
        long[][] pdf = new long[jobs][reports];
        List<Thread> threads = new ArrayList<>();
        long[] wall = new long[2];
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(jobs, () -> wall[0] = System.nanoTime());
        for (int j = 0; j < jobs; j++) {
            int job = j;
            threads.add(Thread.ofPlatform().start(() -> {
                ThreadMXBean bean = ManagementFactory.getThreadMXBean();
                for (int i = 0; i < warmUp; i++) check(reference, render(result));
                await(start);
                for (int i = 0; i < reports; i++) {
                    long t0 = bean.getCurrentThreadCpuTime();
                    PdfDocument d = Pcf.reportDocument(result, (ReportLanguage) null);
                    long t1 = bean.getCurrentThreadCpuTime();
                    byte[] bytes = pdf(d);
                    long t2 = bean.getCurrentThreadCpuTime();
                    check(reference, bytes);
                    doc[job][i] = t1 - t0;
                    pdf[job][i] = t2 - t1;
                }
            }));
        }
        for (Thread t : threads) t.join();
        wall[1] = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s, %d cores, %s, %d job(s) × %d reports after %d warm-up each; CPU s per report of the rendering thread%n",
                book.getFileName(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"),
                jobs, reports, warmUp);
        System.out.printf(Locale.ROOT, "%-24s %8s %8s%n", "phase", "median", "mean");
        line("document (view, XHTML)", doc);
        line("PDF", pdf);
        long[][] sum = new long[jobs][reports];
        for (int j = 0; j < jobs; j++) for (int i = 0; i < reports; i++) sum[j][i] = doc[j][i] + pdf[j][i];
        line("render", sum);
        System.out.printf(Locale.ROOT, "wall %.3f s for %d reports: %.3f s per report, %.2f reports/s (%d bytes each, all identical)%n",
                (wall[1] - wall[0]) / 1e9, jobs * reports, (wall[1] - wall[0]) / 1e9 / (jobs * reports),
                jobs * reports / ((wall[1] - wall[0]) / 1e9), reference.length);
    }

    private static byte[] render(Pcf.Result result) {
        return pdf(Pcf.reportDocument(result, (ReportLanguage) null));
    }

    private static byte[] pdf(PdfDocument d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            Pcf.writePdf(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void check(byte[] reference, byte[] bytes) {
        if (!Arrays.equals(reference, bytes)) throw new IllegalStateException("a render gave different bytes");
    }

    private static void await(java.util.concurrent.CyclicBarrier b) {
        try {
            b.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void line(String name, long[][] t) {
        long[] all = Arrays.stream(t).flatMapToLong(Arrays::stream).sorted().toArray();
        double mean = Arrays.stream(all).average().orElse(0);
        System.out.printf(Locale.ROOT, "%-24s %8.4f %8.4f%n", name, all[all.length / 2] / 1e9, mean / 1e9);
    }
}
