package dev.pcf.batch;

import dev.pcf.model.InputException;
import dev.pcf.model.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one workbook of a batch.
 *
 * @param file     the workbook
 * @param status   ok, invalid input, or internal error
 * @param total    kg CO2e per functional unit (NaN unless ok)
 * @param low      lower end of the 95 % Monte Carlo interval (NaN when not computed)
 * @param high     upper end of that interval (NaN when not computed)
 * @param problems for a failure, its first problems as printed (position first), else empty
 */
public record BatchItem(Path file, Status status, double total, double low, double high, List<String> problems) {
    /** How many problems of an invalid workbook are kept. */
    public static final int FIRST_PROBLEMS = 3;

    /** What became of a workbook. */
    public enum Status {
        /** calculated and written */
        OK,
        /** the input has problems (exit code 1 for a single run) */
        INVALID,
        /** an internal error (exit code 3 for a single run) */
        ERROR;

        /** The word written in summary.csv. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public BatchItem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
    }

    /** A workbook calculated; pass NaN for the interval when no Monte Carlo ran. */
    public static BatchItem ok(Path file, double total, double low, double high) {
        return new BatchItem(file, Status.OK, total, low, high, List.of());
    }

    /** A workbook whose input has problems: its first {@value #FIRST_PROBLEMS} errors are kept. */
    public static BatchItem invalid(Path file, InputException e) {
        List<Problem> errors = e.errors().isEmpty() ? e.problems() : e.errors();
        List<String> first = errors.stream().limit(FIRST_PROBLEMS).map(Problem::toString).toList();
        return new BatchItem(file, Status.INVALID, Double.NaN, Double.NaN, Double.NaN,
                first.isEmpty() ? List.of(e.getMessage()) : first);
    }

    /** A workbook that met an internal error. */
    public static BatchItem error(Path file, Throwable t) {
        String msg = t.getMessage() == null ? "" : ": " + t.getMessage();
        return new BatchItem(file, Status.ERROR, Double.NaN, Double.NaN, Double.NaN,
                List.of("internal error " + t.getClass().getName() + msg));
    }

    /** The first problem, or the empty string. */
    public String firstProblem() {
        return problems.isEmpty() ? "" : problems.getFirst();
    }
}
