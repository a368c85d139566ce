package dev.pcf.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The result of a batch.
 *
 * @param items   one per workbook, in file-name order
 * @param csv     the summary.csv written
 * @param elapsed wall-clock time of the whole batch
 * @param threads worker threads used
 */
public record BatchSummary(List<BatchItem> items, Path csv, Duration elapsed, int threads) {
    public BatchSummary {
        items = List.copyOf(items);
    }

    /** How many workbooks had this status. */
    public long count(BatchItem.Status status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    /** Whether every workbook succeeded. */
    public boolean allOk() {
        return count(BatchItem.Status.OK) == items.size();
    }

    /** Workbooks per minute of wall-clock time. */
    public double perMinute() {
        double s = elapsed.toNanos() / 1e9;
        return s == 0 ? Double.NaN : items.size() * 60 / s;
    }

    /**
     * The console summary: one row per workbook (file, status, total and 95 % interval in
     * kg CO2e per functional unit, first problem), then the first problems of each workbook that
     * failed, then the counts and the time taken.
     */
    public String table() {
        int w = Math.max(4, items.stream().mapToInt(i -> name(i).length()).max().orElse(4));
        StringBuilder sb = new StringBuilder();
        String fmt = "%-" + w + "s  %-7s  %14s  %-27s  %s%n";
        sb.append(String.format(Locale.ROOT, fmt, "file", "status", "total kgCO2e", "95 % interval", "first problem"));
        for (BatchItem i : items) {
            String total = Double.isNaN(i.total()) ? "" : String.format(Locale.ROOT, "%.4f", i.total());
            String interval = Double.isNaN(i.low()) ? "" : String.format(Locale.ROOT, "[%.4f, %.4f]", i.low(), i.high());
            sb.append(String.format(Locale.ROOT, fmt, name(i), i.status().code(), total, interval, i.firstProblem()));
        }
        for (BatchItem i : items) {
            if (i.problems().isEmpty()) continue;
            sb.append(String.format(Locale.ROOT, "problems of %s:%n", name(i)));
            for (String p : i.problems()) sb.append("  ").append(p).append(System.lineSeparator());
        }
        sb.append(String.format(Locale.ROOT, "%d workbooks: %d ok, %d invalid, %d errors, in %.1f s on %d threads (%.1f per minute)%n",
                items.size(), count(BatchItem.Status.OK), count(BatchItem.Status.INVALID), count(BatchItem.Status.ERROR),
                elapsed.toNanos() / 1e9, threads, perMinute()));
        return sb.toString();
    }

    private static String name(BatchItem i) {
        return i.file().getFileName().toString();
    }
}
