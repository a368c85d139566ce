package dev.pcf.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fixed wording of the report in one language, read from a UTF-8 properties file
 * ({@code templates/messages_zh.properties}, {@code templates/messages_en.properties}).
 * Placeholders are {@code {0}}, {@code {1}}…, replaced literally (no MessageFormat quoting rules).
 */
public final class Messages {
    private final String language;
    private final Map<String, String> texts;

    /** Messages from a map (tests, or bundles read elsewhere). */
    public Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    /**
     * The bundle {@code templates/messages_<language>.properties} from the class path.
     *
     * @param language {@code zh} or {@code en}
     * @throws IllegalArgumentException when there is no such bundle
     */
    public static Messages load(String language) {
        String name = "templates/messages_" + language + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no message bundle " + name + " on the class path");
            return read(language, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundle {@code messages_<language>.properties} in a directory.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Messages load(Path dir, String language) {
        try (InputStream in = Files.newInputStream(dir.resolve("messages_" + language + ".properties"))) {
            return read(language, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Messages read(String language, InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k).strip());
        return new Messages(language, m);
    }

    /** {@code zh} or {@code en}. */
    public String language() {
        return language;
    }

    /** Every key. */
    public Set<String> keys() {
        return texts.keySet();
    }

    /** Whether the key exists. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * The text of a key with {@code {i}} replaced by {@code args[i]}.
     *
     * @throws IllegalArgumentException when the key is missing (a bundle defect, caught by the bundle tests)
     */
    public String get(String key, Object... args) {
        String t = texts.get(key);
        if (t == null) throw new IllegalArgumentException("message key missing in the " + language + " bundle: " + key);
        for (int i = 0; i < args.length; i++) {
            t = t.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return t;
    }
}
