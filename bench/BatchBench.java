import dev.pcf.Pcf;
import dev.pcf.batch.BatchItem;
import dev.pcf.batch.BatchRunner;
import dev.pcf.batch.BatchSummary;
import dev.pcf.model.Progress;
import dev.pcf.model.ReportLanguage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Batch throughput: 50 workbooks (the two examples alternately, number 49 broken on purpose)
 * through BatchRunner with the real pipeline (read, calculate, Monte Carlo on one thread per
 * workbook, and with "pdf" the PDF report). Run from the repository root after packaging:
 * {@code java -cp target/pcf.jar bench/BatchBench.java IN OUT THREADS [pdf]}.
 */
public final class BatchBench {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        boolean pdf = args.length > 3 && args[3].equals("pdf");
        Files.createDirectories(in);
        for (int k = 1; k <= 50; k++) {
            Path src = Path.of(k % 2 == 1 ? "workbook-templates/examples/JX0317-D30.xlsx" : "workbook-templates/examples/SC-120.xlsx");
            Path target = in.resolve(String.format(Locale.ROOT, "wb%02d-%s", k, src.getFileName()));
            if (k == 49) Files.writeString(target, "broken");
            else Files.copy(src, target, StandardCopyOption.REPLACE_EXISTING);
        }
        long cpu0 = cpu();
        BatchSummary s = BatchRunner.run(in, out, threads, f -> {
            try {
                Pcf.Result r = Pcf.calculate(f, new Pcf.Options(null, null, 1, true), Progress.NONE);
                if (pdf) {
                    Path tmp = out.resolve(f.getFileName() + ".pdf.tmp");
                    try (OutputStream o = Files.newOutputStream(tmp)) {
                        Pcf.writePdf(Pcf.reportDocument(r, ReportLanguage.ZH_EN), o);
                    }
                    Files.move(tmp, out.resolve(f.getFileName().toString().replaceAll("\\.xls[xm]?$", "") + ".pdf"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
                var t = r.uncertainty().total();
                return BatchItem.ok(f, r.footprint().total(), t.low(), t.high());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Progress.NONE);
        System.out.print(s.table());
        System.out.printf(Locale.ROOT, "%.1f workbooks per minute, %.2f s CPU per workbook%n", s.perMinute(),
                (cpu() - cpu0) / 1e9 / s.items().size());
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
