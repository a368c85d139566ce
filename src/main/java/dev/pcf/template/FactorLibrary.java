package dev.pcf.template;

import dev.pcf.io.Csv;
import dev.pcf.workbook.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The factor library the template ships on its Factors sheet, read from
 * {@code factor-library.csv} (UTF-8, RFC 4180 quoting). Each row maps a {@link Schema#FACTOR_COLUMNS}
 * field name (e.g. {@code ncv}, {@code source}) to its text; empty cells are empty strings.
 */
final class FactorLibrary {
    private FactorLibrary() {}

    static final String RESOURCE = "factor-library.csv";

    /** The library rows in file order. */
    static List<Map<String, String>> rows() {
        try (InputStream in = FactorLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses library CSV text into rows mapping each header name to its field.
     *
     * @param name the file's name, for messages
     * @throws IllegalStateException naming the file and line of a row with the wrong number of fields
     */
    static List<Map<String, String>> parse(String text, String name) {
        List<Map<String, String>> rows = new ArrayList<>();
        Csv.read(text, name, Csv.Dialect.PLAIN, header -> { }, r -> {
            if (r.size() != r.header().size()) {
                throw new IllegalStateException(name + " line " + r.line() + ": " + r.size()
                        + " fields, expected " + r.header().size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < r.header().size(); i++) row.put(r.header().get(i), r.get(i));
            rows.add(row);
        });
        return List.copyOf(rows);
    }
}
