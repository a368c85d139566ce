package dev.pcf.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The small CSV files pcf reads and writes (the GWP table, the factor library, the batch's
 * summary.csv), through Apache Commons CSV: RFC 4180 quoting (quotes may hold commas, newlines and
 * doubled quotes). The one place that library is used.
 */
public final class Csv {
    private Csv() {}

    /** How a table is read: always a header row first and blank lines skipped. */
    public enum Dialect {
        /** RFC 4180 as written. */
        PLAIN(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()),
        /** RFC 4180, lines starting {@code #} are comments, fields trimmed. */
        COMMENTED(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get());

        private final CSVFormat format;

        Dialect(CSVFormat format) {
            this.format = format;
        }
    }

    /**
     * A record of a table.
     *
     * @param line   the line the record ends on (1 is the header's), for messages
     * @param header the table's column names
     * @param fields the record's fields, as many as it has (not necessarily as many as the header)
     */
    public record Row(long line, List<String> header, List<String> fields) {
        /** The number of fields. */
        public int size() {
            return fields.size();
        }

        /** The field at a position (0 is the first). */
        public String get(int i) {
            return fields.get(i);
        }

        /**
         * The field under a column name.
         *
         * @throws IllegalArgumentException when the header has no such column or the record is too short
         */
        public String get(String column) {
            int i = header.indexOf(column);
            if (i < 0 || i >= fields.size()) throw new IllegalArgumentException(column);
            return fields.get(i);
        }
    }

    /**
     * Reads a table record by record, so that a bad record stops the reading where it stands.
     *
     * @param name   the file's name, for messages
     * @param header given the header's column names before any record
     * @param rows   given each record in file order
     * @throws IllegalStateException {@code NAME: malformed CSV: …} when the text is not CSV of the
     *                               dialect; what {@code header} and {@code rows} throw passes through
     */
    public static void read(String text, String name, Dialect dialect, Consumer<List<String>> header,
                            Consumer<Row> rows) {
        try (CSVParser csv = CSVParser.parse(text, dialect.format)) {
            List<String> names = List.copyOf(csv.getHeaderNames());
            header.accept(names);
            for (CSVRecord r : csv) rows.accept(new Row(csv.getCurrentLineNumber(), names, r.toList()));
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException(name + ": malformed CSV: " + e.getMessage(), e);
        }
    }

    /**
     * Writes records as RFC 4180 text: CRLF line ends, quotes only where needed, null as an empty field.
     *
     * @param records the records, each a list of fields (their {@code toString()})
     */
    public static String text(List<? extends List<?>> records) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(sb, CSVFormat.RFC4180)) {
            for (List<?> r : records) csv.printRecord(r);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }
}
