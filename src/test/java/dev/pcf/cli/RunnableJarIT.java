package dev.pcf.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runnable jar carries no fonts (issue 13): run from another folder, it finds them in the repository's
 * {@code fonts/} beside {@code target/}, both for the PDF and for Flying Saucer's font descriptions.
 */
class RunnableJarIT {
    private static final Path JAR = Path.of("target/pcf.jar").toAbsolutePath();

    @Test
    void reportsFromAnotherWorkingFolder(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "the jar is built by mvn package");
        try (var zip = new java.util.zip.ZipFile(JAR.toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().endsWith(".ttf") && e.getName().startsWith("fonts/")),
                    "no report fonts in the jar");
        }
        Path example = Path.of("workbook-templates/examples/JX0317-D30.xlsx").toAbsolutePath();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(javaBin, "-Djava.awt.headless=true", "-jar", JAR.toString(), "report",
                example.toString(), "-o", "out.pdf", "--iterations", "1000")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) p.destroyForcibly();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done, out);
        assertEquals(0, p.exitValue(), out);
        byte[] pdf = Files.readAllBytes(dir.resolve("out.pdf"));
        assertTrue(pdf.length > 100_000 && new String(pdf, 0, 8, StandardCharsets.ISO_8859_1).startsWith("%PDF-"), out);
    }
}
