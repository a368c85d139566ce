package dev.pcf.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** Writes bytes to a temporary file beside {@code target}, then moves it into place. */
    static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
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
