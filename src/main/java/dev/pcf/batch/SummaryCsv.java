package dev.pcf.batch;

import dev.pcf.io.AtomicFile;
import dev.pcf.io.SafeText;
import dev.pcf.model.Numbers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The batch's summary.csv, written with Apache Commons CSV: UTF-8 with a byte-order mark (so
 * Excel reads the Chinese names), RFC 4180 quoting, CRLF line ends; columns
 * {@code file,status,total,p2_5,p97_5,first_problem}. Numbers are unrounded kg CO2e per
 * functional unit in plain notation (empty when not computed); texts that a spreadsheet could take
 * for a formula get a leading apostrophe.
 */
final class SummaryCsv {
    static final String HEADER = "file,status,total,p2_5,p97_5,first_problem";

    private SummaryCsv() {}

    /** The CSV text, BOM first. */
    static String text(List<BatchItem> items) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        try (CSVPrinter csv = new CSVPrinter(sb, CSVFormat.RFC4180)) {
            csv.printRecord((Object[]) HEADER.split(","));
            for (BatchItem i : items) {
                csv.printRecord(SafeText.neutralised(i.file().getFileName().toString()), i.status().code(),
                        number(i.total()), number(i.low()), number(i.high()), SafeText.neutralised(i.firstProblem()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    /**
     * Writes the CSV to {@code target} through a temporary file in the same folder, then a move.
     *
     * @throws dev.pcf.model.OutputException when the file cannot be written
     */
    static void write(List<BatchItem> items, Path target) throws IOException {
        AtomicFile.write(target, text(items).getBytes(StandardCharsets.UTF_8));
    }

    private static String number(double x) {
        return Double.isFinite(x) ? Numbers.plain(x) : "";
    }
}
