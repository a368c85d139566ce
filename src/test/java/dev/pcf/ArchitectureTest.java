package dev.pcf;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The package boundaries of style.md, read from the sources: the facade is the only door, names are unique. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path PCF = MAIN.resolve("dev/pcf");
    /** Any mention of a sub-package of dev.pcf, imported or written out in full. */
    private static final Pattern PACKAGE = Pattern.compile("\\bdev\\.pcf\\.([a-z][a-z0-9_]*)\\b");
    /** A mention of a class of the facade package itself (dev.pcf.Pcf, dev.pcf.Batch...). */
    private static final Pattern FACADE = Pattern.compile("\\bdev\\.pcf\\.[A-Z]");

    @Test
    void theCommandLineReachesOnlyTheFacadeAndTheModel() throws IOException {
        // the server is another client of the facade, not a stage: `pcf serve` starts it
        assertEquals(List.of(), reachBeyond("cli", Set.of("model", "cli", "server")));
    }

    @Test
    void theServerReachesOnlyTheFacadeAndTheModel() throws IOException {
        assertEquals(List.of(), reachBeyond("server", Set.of("model", "server")));
    }

    private static List<String> reachBeyond(String client, Set<String> allowed) throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path f : javaFiles(PCF.resolve(client))) {
            Matcher m = PACKAGE.matcher(Files.readString(f));
            while (m.find()) {
                if (!allowed.contains(m.group(1))) violations.add(f.getFileName() + ": " + m.group());
            }
        }
        return violations;
    }

    @Test
    void stagesNeverReachBackIntoTheFacade() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path f : javaFiles(PCF)) {
            Path pkg = PCF.relativize(f.getParent());
            if (pkg.toString().isEmpty() || pkg.startsWith("cli") || pkg.startsWith("server")) continue;
            if (FACADE.matcher(Files.readString(f)).find()) violations.add(PCF.relativize(f).toString());
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noTwoMainClassesShareASimpleName() throws IOException {
        Map<String, List<String>> byName = javaFiles(MAIN).stream()
                .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                .collect(Collectors.groupingBy(f -> f.getFileName().toString(), TreeMap::new,
                        Collectors.mapping(f -> MAIN.relativize(f).toString(), Collectors.toList())));
        byName.values().removeIf(paths -> paths.size() == 1);
        assertEquals(Map.of(), byName);
    }

    @Test
    void theScanSeesTheSources() throws IOException {
        // guards the tests above against passing on an empty tree (run from another folder)
        assertTrue(javaFiles(PCF.resolve("cli")).size() >= 8);
        assertTrue(javaFiles(PCF.resolve("server")).size() >= 10);
        assertTrue(javaFiles(MAIN).size() >= 100);
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
