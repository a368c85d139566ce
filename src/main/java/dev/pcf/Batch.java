package dev.pcf;

import dev.pcf.batch.BatchItem;
import dev.pcf.batch.BatchRunner;
import dev.pcf.batch.BatchSummary;
import dev.pcf.io.AtomicFile;
import dev.pcf.model.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link Pcf#batch}: the worker that the batch runner calls for each workbook (calculate, write the
 * report), and the reports' file names.
 */
final class Batch {
    private Batch() {}

    static Pcf.BatchOutcome run(Path dir, Path outDir, Pcf.BatchOptions options, Progress progress)
            throws IOException, InterruptedException {
        Pcf.Options base = options.run();
        // parallel across workbooks, so each Monte Carlo run uses one thread unless told otherwise
        Pcf.Options run = new Pcf.Options(base.seed(), base.iterations(), base.threads() == null ? 1 : base.threads(),
                base.monteCarlo());
        Set<String> clashing = clashingBaseNames(BatchRunner.workbooks(dir));
        BatchSummary summary = BatchRunner.run(dir, outDir, options.jobs(), file -> {
            try {
                Pcf.Result r = Pcf.calculate(file, run, null);
                if (options.pdf()) {
                    // rendered in memory first, so the file is written only once the PDF is complete
                    // (renders run in parallel over one parsed font set: render.FontSet)
                    byte[] pdf = Pcf.report(r, null).pdf();
                    AtomicFile.write(outDir.resolve(pdfName(file, clashing)), pdf);
                }
                var u = r.uncertainty();
                return BatchItem.ok(file, r.footprint().total(), u == null ? Double.NaN : u.total().low(),
                        u == null ? Double.NaN : u.total().high());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, progress);
        return new Pcf.BatchOutcome(summary.table(), summary.csv(), summary.items().size(),
                (int) (summary.items().size() - summary.count(BatchItem.Status.OK)));
    }

    /** A file name without its extension: {@code a.b.xlsx} → {@code a.b}. */
    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * The report's file name: {@code <workbook name without extension>.pdf}, or, when two
     * workbooks of the folder share that name ({@code a.xlsx} and {@code a.xlsm}), the whole file
     * name plus {@code .pdf}, so that neither report overwrites the other.
     */
    static String pdfName(Path workbook, Set<String> clashing) {
        String base = baseName(workbook);
        return (clashing.contains(base) ? workbook.getFileName().toString() : base) + ".pdf";
    }

    /** The base names (without extension) that more than one of these workbooks has. */
    static Set<String> clashingBaseNames(List<Path> workbooks) {
        Map<String, Long> counts = workbooks.stream().collect(Collectors.groupingBy(Batch::baseName, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
