package dev.pcf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reviewed golden files, all in {@code src/test/resources/golden/} and all found here: a test
 * compares what the code makes with its file; with {@code -Dgolden.update=true} the file is
 * rewritten first, and the diff is to be reviewed before committing. Golden files make changes
 * visible; they are not the check of correctness (the hand-worked values of each test are).
 */
public final class Golden {
    /** The folder of the golden files, under the repository root (Maven's {@code basedir}). */
    public static final Path DIR = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden");

    private Golden() {}

    /** The golden file of this name. */
    public static Path file(String name) {
        return DIR.resolve(name);
    }

    /** The golden file's text. */
    public static String read(String name) throws IOException {
        Path golden = file(name);
        assertTrue(Files.exists(golden), golden + " is missing; create it with -Dgolden.update=true and review it");
        return Files.readString(golden, StandardCharsets.UTF_8);
    }

    /** Asserts that {@code actual} equals the golden file {@code name}, after rewriting it when asked to. */
    public static void assertMatches(String name, CharSequence actual) throws IOException {
        Path golden = file(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(read(name), actual.toString(), "differs from " + golden
                + "; if the change is intended, regenerate with -Dgolden.update=true and review the diff");
    }
}
