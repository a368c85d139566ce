package dev.pcf.cli;

import dev.pcf.Pcf;
import dev.pcf.export.BatchItem;
import dev.pcf.export.BatchRunner;
import dev.pcf.export.BatchSummary;
import dev.pcf.export.ConsoleProgressBar;
import dev.pcf.render.PdfDocument;
import dev.pcf.uncertainty.ConsoleProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code pcf batch DIR [-o OUTDIR]}: a report for every workbook in DIR, in parallel across cores,
 * and {@code OUTDIR/summary.csv}; one bad workbook does not stop the others. Exit 0 when every
 * workbook succeeded, 1 when any had input problems or failed.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Write a PDF report for every workbook in a folder, plus summary.csv (total and 95 % interval per product).")
final class BatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder of workbooks (.xlsx, .xls, .xlsm).")
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", description = "Output folder (default: DIR/reports).")
    Path outDir;

    @Option(names = "--jobs", paramLabel = "J", description = "Workbooks processed at once (default: all cores).")
    Integer jobs;

    @Option(names = "--no-pdf", description = "Calculate only: summary.csv without the PDF reports.")
    boolean noPdf;

    @Mixin
    McOptionsMixin mc;

    @Mixin
    Common common;

    /** PDF rendering shares font objects across documents: one document at a time. */
    private static final Object RENDER_LOCK = new Object();

    @Override
    public Integer call() throws Exception {
        if (jobs != null && jobs <= 0) throw new Main.UsageException("--jobs must be a positive integer, found " + jobs);
        Path out = outDir != null ? outDir : dir.resolve("reports");
        Pcf.Options base = mc.options();
        // parallel across workbooks, so each Monte Carlo run uses one thread unless told otherwise
        Pcf.Options options = new Pcf.Options(base.seed(), base.iterations(), base.threads() == null ? 1 : base.threads(), base.monteCarlo());
        boolean terminal = ConsoleProgress.interactive();
        dev.pcf.export.ProgressListener progress = terminal ? new ConsoleProgressBar(System.err)
                : new dev.pcf.export.ProgressListener() {};
        BatchSummary summary = BatchRunner.run(dir, out, jobs == null ? 0 : jobs, file -> {
            try {
                Pcf.Result r = Pcf.calculate(file, options, null);
                if (!noPdf) {
                    PdfDocument doc = Pcf.reportDocument(r, null);
                    var buffer = new ByteArrayOutputStream(1 << 20);
                    synchronized (RENDER_LOCK) {
                        Pcf.writePdf(doc, buffer);
                    }
                    AtomicFile.write(out.resolve(ReportCommand.baseName(file) + ".pdf"), buffer::writeTo);
                }
                var u = r.uncertainty();
                return BatchItem.ok(file, r.footprint().total(), u == null ? Double.NaN : u.total().low(), u == null ? Double.NaN : u.total().high());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, progress);
        if (!terminal) common.out().print(summary.table());
        common.err().println("wrote " + summary.csv());
        return summary.allOk() ? Main.OK : Main.INPUT;
    }
}
