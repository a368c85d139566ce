package dev.pcf.reader.hostile;

import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import dev.pcf.reader.Limits;
import dev.pcf.reader.SafeOpen;
import dev.pcf.reader.WorkbookReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code pcf validate} does with a workbook, without the CLI: {@link SafeOpen} first (as
 * the reader is to call it), then {@link WorkbookReader} on a large stack
 * ({@link Limits#withLargeStack}); exit 1 when there is any error.
 * {@code main} is the entry point of the forked small-heap bomb test.
 */
public final class Validate {
    private Validate() {}

    /** Exit code and the lines printed on stderr. */
    public record Result(int exit, String stderr) {}

    public static Result run(Path file) throws IOException {
        List<Problem> all = problems(file);
        StringBuilder err = new StringBuilder();
        for (Problem p : all) err.append(p.isError() ? "error: " : "warning: ").append(p).append('\n');
        return new Result(all.stream().anyMatch(Problem::isError) ? 1 : 0, err.toString());
    }

    /** Every problem found opening and reading the file, in order. */
    public static List<Problem> problems(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        List<Problem> all = new ArrayList<>();
        SafeOpen.Opened opened = SafeOpen.open(bytes, name);
        all.addAll(opened.problems());
        if (opened.workbook() != null) opened.workbook().close();
        if (!opened.failed()) {
            try {
                all.addAll(Limits.withLargeStack(name, () -> WorkbookReader.read(bytes, name)).problems());
            } catch (InputException e) {
                all.addAll(e.problems());
            }
        }
        return all;
    }

    /** Validates the file named; prints the problems, then {@code elapsed-ms: N} and {@code cpu-ms: N}, the wall-clock and CPU time of reading. */
    public static void main(String[] args) throws IOException {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        Result r = run(Path.of(args[0]));
        System.err.print(r.stderr());
        System.err.println("elapsed-ms: " + (System.nanoTime() - start) / 1_000_000);
        System.err.println("cpu-ms: " + (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
        System.exit(r.exit());
    }
}
