package dev.pcf.batch;

import dev.pcf.io.AtomicFile;
import dev.pcf.io.Csv;
import dev.pcf.io.SafeText;
import dev.pcf.model.Numbers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The batch's summary.csv ({@link Csv}): UTF-8 with a byte-order mark (so
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
        List<List<?>> records = new ArrayList<>();
        records.add(List.of(HEADER.split(",")));
        for (BatchItem i : items) {
            records.add(Arrays.asList(SafeText.neutralised(i.file().getFileName().toString()), i.status().code(),
                    number(i.total()), number(i.low()), number(i.high()), SafeText.neutralised(i.firstProblem())));
        }
        return "\uFEFF" + Csv.text(records);
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
