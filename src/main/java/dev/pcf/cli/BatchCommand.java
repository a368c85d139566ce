package dev.pcf.cli;

import dev.pcf.Pcf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
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
        boolean bar = progress != null ? progress : TerminalProgress.interactive();
        Pcf.BatchOutcome outcome = Pcf.batch(dir, out, new Pcf.BatchOptions(mc.options(), jobs == null ? 0 : jobs, !noPdf),
                TerminalProgress.batch(common.err(), bar));
        common.out().print(outcome.table());
        common.out().flush();
        common.err().println("wrote " + outcome.summaryCsv());
        return outcome.allOk() ? Main.OK : Main.INPUT;
    }
}
