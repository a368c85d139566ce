package dev.pcf.batch;

import dev.pcf.model.InputException;
import dev.pcf.model.OutputException;
import dev.pcf.model.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs one worker over every workbook of a folder, in parallel on a fixed pool of threads: the
 * folder's {@code .xlsx}, {@code .xls} and {@code .xlsm} files (not sub-folders, hidden files or
 * Excel's {@code ~$} lock files), in file-name order. A workbook that fails — the worker throws
 * an {@link InputException} (its first problems are kept) or any other exception (an internal
 * error) — is recorded and never stops the others. Writes {@code OUTDIR/summary.csv} (see
 * {@link SummaryCsv}) through a temporary file and a move.
 */
public final class BatchRunner {
    /** The summary's file name in the output folder. */
    public static final String SUMMARY = "summary.csv";

    private BatchRunner() {}

    /**
     * Runs the batch.
     *
     * @param dir      the folder of workbooks
     * @param outDir   where summary.csv goes (created if missing; the worker writes its own outputs)
     * @param threads  worker threads; 0 or less means one per available processor
     * @param worker   reads, calculates and writes one workbook, returning its outcome (usually
     *                 {@link BatchItem#ok}); may throw
     * @param progress hears the start, each workbook finish (from the worker threads, calls serialised; the
     *                 item is the file name) and the end, after summary.csv is written
     * @return every workbook's outcome in file-name order, with the time taken
     * @throws NotDirectoryException when {@code dir} is not a folder
     * @throws IOException           when the folder cannot be listed
     * @throws OutputException       when the output folder or summary.csv cannot be written
     * @throws InterruptedException  when the calling thread is interrupted while waiting (workers are then stopped)
     */
    public static BatchSummary run(Path dir, Path outDir, int threads, Function<Path, BatchItem> worker,
                                   Progress progress) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        List<Path> files = scan(dir);
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        n = Math.max(1, Math.min(n, Math.max(1, files.size())));
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new OutputException(outDir, e);
        }
        synchronized (progress) {
            progress.started(files.size());
        }
        AtomicInteger done = new AtomicInteger();
        List<BatchItem> items = new ArrayList<>(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(n, daemonThreads());
        try {
            List<Future<BatchItem>> futures = new ArrayList<>(files.size());
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    BatchItem item = attempt(f, worker);
                    synchronized (progress) {
                        progress.advanced(done.incrementAndGet(), files.size(), f.getFileName().toString());
                    }
                    return item;
                }));
            }
            for (int i = 0; i < files.size(); i++) {
                try {
                    items.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    // attempt() catches the worker's exceptions; only a listener's failure gets here
                    items.add(BatchItem.error(files.get(i), e.getCause()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Path csv = outDir.resolve(SUMMARY);
        SummaryCsv.write(items, csv);
        BatchSummary summary = new BatchSummary(items, csv, Duration.ofNanos(System.nanoTime() - t0), n);
        synchronized (progress) {
            progress.finished();
        }
        return summary;
    }

    /**
     * The workbooks that {@link #run} processes: the folder's {@code .xlsx}, {@code .xls} and
     * {@code .xlsm} files (not hidden or {@code ~$} lock files), sorted by file name.
     *
     * @throws NotDirectoryException when {@code dir} is not a folder
     * @throws IOException           when the folder cannot be listed
     */
    public static List<Path> workbooks(Path dir) throws IOException {
        return scan(dir);
    }

    /** The workbooks of a folder, sorted by file name. */
    static List<Path> scan(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new NotDirectoryException(dir.toString());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(BatchRunner::isWorkbook)
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString())).toList();
        }
    }

    static boolean isWorkbook(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("~$") || name.startsWith(".")) return false;
        return lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm");
    }

    private static BatchItem attempt(Path f, Function<Path, BatchItem> worker) {
        try {
            BatchItem item = worker.apply(f);
            return item != null ? item : BatchItem.error(f, new IllegalStateException("the worker returned no result"));
        } catch (InputException e) {
            return BatchItem.invalid(f, e);
        } catch (RuntimeException | StackOverflowError e) {
            return BatchItem.error(f, e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "pcf-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
