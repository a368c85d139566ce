package dev.pcf.cli;

import dev.pcf.Pcf;
import dev.pcf.export.BatchItem;
import dev.pcf.export.BatchRunner;
import dev.pcf.export.BatchSummary;
import dev.pcf.export.ConsoleProgressBar;
import dev.pcf.export.ProgressListener;
import dev.pcf.uncertainty.ConsoleProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

/**
 * {@code pcf batch DIR [-o OUTDIR]}: a report for every workbook in DIR, in parallel across cores,
 * and {@code OUTDIR/summary.csv}; one bad workbook does not stop the others. Exit 0 when every
 * workbook succeeded, 1 when any had input problems or failed. The summary table goes to
 * standard output; the progress bar goes to standard error, and only when that is a terminal
 * (or with {@code --progress}).
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Write a PDF report for every workbook in a folder, plus summary.csv (total and 95 %% interval per product).")
final class BatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder of workbooks (.xlsx, .xls, .xlsm).")
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", description = "Output folder (default: DIR/reports).")
    Path outDir;

    @Option(names = "--jobs", paramLabel = "J", description = "Workbooks processed at once (default: all cores).")
    Integer jobs;

    @Option(names = "--no-pdf", description = "Calculate only: summary.csv without the PDF reports.")
    boolean noPdf;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: only when stderr is a terminal).")
    Boolean progress;

    @Mixin
    McOptionsMixin mc;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        if (jobs != null && jobs <= 0) throw new Main.UsageException("--jobs must be a positive integer, found " + jobs);
        if (!Files.isDirectory(dir)) {
            common.err().println("pcf: " + (Files.exists(dir) ? "not a folder: " : "no such folder: ") + dir);
            return Main.INPUT;
        }
        Path out = outDir != null ? outDir : dir.resolve("reports");
        Pcf.Options base = mc.options();
        // parallel across workbooks, so each Monte Carlo run uses one thread unless told otherwise
        Pcf.Options options = new Pcf.Options(base.seed(), base.iterations(), base.threads() == null ? 1 : base.threads(), base.monteCarlo());
        Set<String> clashing = clashingBaseNames(BatchRunner.workbooks(dir));
        boolean bar = progress != null ? progress : ConsoleProgress.interactive();
        ProgressListener listener = bar ? new ConsoleProgressBar(common.err()) : ProgressListener.NONE;
        BatchSummary summary = BatchRunner.run(dir, out, jobs == null ? 0 : jobs, file -> {
            try {
                Pcf.Result r = Pcf.calculate(file, options, null);
                if (!noPdf) {
                    // PdfRenderer serialises the rendering itself (the fonts are shared) and renders
                    // into memory first, so the file is written only once the PDF is complete
                    var doc = Pcf.reportDocument(r, null);
                    AtomicFile.write(out.resolve(pdfName(file, clashing)), o -> Pcf.writePdf(doc, o));
                }
                var u = r.uncertainty();
                return BatchItem.ok(file, r.footprint().total(), u == null ? Double.NaN : u.total().low(), u == null ? Double.NaN : u.total().high());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, listener);
        common.out().print(summary.table());
        common.out().flush();
        common.err().println("wrote " + summary.csv());
        return summary.allOk() ? Main.OK : Main.INPUT;
    }

    /**
     * The report's file name: {@code <workbook name without extension>.pdf}, or, when two
     * workbooks of the folder share that name ({@code a.xlsx} and {@code a.xlsm}), the whole file
     * name plus {@code .pdf}, so that neither report overwrites the other.
     */
    static String pdfName(Path workbook, Set<String> clashing) {
        String base = ReportCommand.baseName(workbook);
        return (clashing.contains(base) ? workbook.getFileName().toString() : base) + ".pdf";
    }

    /** The base names (without extension) that more than one of these workbooks has. */
    static Set<String> clashingBaseNames(List<Path> workbooks) {
        Map<String, Long> counts = workbooks.stream()
                .collect(Collectors.groupingBy(ReportCommand::baseName, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
