package dev.pcf.bench;

import dev.pcf.Pcf;
import dev.pcf.model.ReportLanguage;
import dev.pcf.render.PdfDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark harness (bench/README.md): the whole {@code pcf report} pipeline through the facade, for the
 * JX0317-D30 example and for the same example with 500 appended activity rows ({@link LargeWorkbook}).
 * Times, each the best of the repeats after one warm-up run (fonts, templates, JIT): read + validate +
 * calculate + Monte Carlo ({@link Pcf#calculate}, the workbook's own or adaptive iterations, all cores), then
 * report view + XHTML + charts ({@link Pcf#reportDocument}) and PDF rendering ({@link Pcf#writePdf}).
 *
 * <p>Arguments: {@code [rows=500] [repeats=3] [lang=zh+en]}. The PDFs are written to {@code target/bench/}.
 */
public final class ReportBench {
    private ReportBench() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ReportLanguage lang = args.length > 2 ? ReportLanguage.parse(args[2]) : ReportLanguage.ZH_EN;
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Path large = LargeWorkbook.write(dir.resolve("JX0317-D30-plus" + rows + ".xlsx"), rows);
        System.out.printf(Locale.ROOT, "%d cores, %s, language %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"), lang.code());
        System.out.printf(Locale.ROOT, "%-28s %7s %9s %10s %9s %9s %6s %9s%n", "workbook", "lines", "iterations",
                "calc+MC s", "view s", "pdf s", "pages", "total s");
        for (Path p : new Path[] {LargeWorkbook.EXAMPLE, large}) {
            run(p, lang, dir, false);
            double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            Run last = null;
            for (int i = 0; i < repeats; i++) {
                last = run(p, lang, dir, i == repeats - 1);
                best[0] = Math.min(best[0], last.calc);
                best[1] = Math.min(best[1], last.view);
                best[2] = Math.min(best[2], last.pdf);
                best[3] = Math.min(best[3], last.calc + last.view + last.pdf);
            }
            System.out.printf(Locale.ROOT, "%-28s %7d %9d %10.2f %9.2f %9.2f %6d %9.2f%n", p.getFileName(),
                    last.lines, last.iterations, best[0], best[1], best[2], last.pages, best[3]);
        }
    }

    private record Run(int lines, long iterations, double calc, double view, double pdf, int pages) {}

    private static Run run(Path file, ReportLanguage lang, Path dir, boolean keep) throws IOException {
        long t0 = System.nanoTime();
        Pcf.Result r = Pcf.calculate(file, Pcf.Options.DEFAULT, null);
        long t1 = System.nanoTime();
        PdfDocument doc = Pcf.reportDocument(r, lang);
        long t2 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pcf.writePdf(doc, out);
        long t3 = System.nanoTime();
        byte[] pdf = out.toByteArray();
        if (keep) {
            Files.write(dir.resolve(file.getFileName().toString().replace(".xlsx", "-" + lang.code() + ".pdf")), pdf);
        }
        return new Run(r.workbook().activities().size(), r.uncertainty().iterations(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, pages(pdf));
    }

    /** Page count (read after the timing). */
    private static int pages(byte[] pdf) throws IOException {
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }
}
