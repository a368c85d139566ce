package dev.pcf.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The batch's summary.csv: UTF-8 with a byte-order mark (so Excel reads the Chinese names),
 * RFC 4180 quoting, CRLF line ends; columns {@code file,status,total,p2_5,p97_5,first_problem}.
 * Numbers are unrounded kg CO2e per functional unit in plain notation (empty when not
 * computed); texts that a spreadsheet could take for a formula get a leading apostrophe.
 */
final class SummaryCsv {
    static final String HEADER = "file,status,total,p2_5,p97_5,first_problem";

    private SummaryCsv() {}

    /** The CSV text, BOM first. */
    static String text(List<BatchItem> items) {
        StringBuilder sb = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (BatchItem i : items) {
            sb.append(field(i.file().getFileName().toString())).append(',')
                    .append(i.status().code()).append(',')
                    .append(number(i.total())).append(',')
                    .append(number(i.low())).append(',')
                    .append(number(i.high())).append(',')
                    .append(field(i.firstProblem())).append("\r\n");
        }
        return sb.toString();
    }

    /** Writes the CSV to {@code target} through a temporary file in the same folder, then a move. */
    static void write(List<BatchItem> items, Path target) throws IOException {
        atomicWrite(target, text(items).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes to a temporary file beside {@code target}, then moves it into place, so that
     * {@code target} never holds a partial summary; the temporary file is removed on failure. The
     * temporary file is created like any new file (not with {@code Files.createTempFile}, whose
     * owner-only permissions would carry over to the summary).
     */
    static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(System.nanoTime())
                + "-" + Long.toHexString(Thread.currentThread().threadId()) + ".part");
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String field(String s) {
        String t = SafeText.neutralised(s);
        if (t.indexOf(',') < 0 && t.indexOf('"') < 0 && t.indexOf('\n') < 0 && t.indexOf('\r') < 0) return t;
        return '"' + t.replace("\"", "\"\"") + '"';
    }

    private static String number(double x) {
        return Double.isFinite(x) ? Decimals.plain(x) : "";
    }
}
