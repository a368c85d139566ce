package dev.pcf.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Out of memory is exit 3 with one message and no output file, in a JVM whose heap is too small for a report. */
class OutOfMemoryIT {
    private static final Path EXAMPLE = Path.of("workbook-templates/examples/JX0317-D30.xlsx");

    @Test
    void aReportUnderATinyHeapExitsThreeWithOneMessageAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("out.pdf");
        Run run = pcf("-Xmx40m", "report", EXAMPLE.toString(), "-o", pdf.toString(), "--iterations", "1000");
        assertEquals(3, run.code, run.err);
        assertTrue(run.err.contains("pcf: out of memory: the Java heap"), run.err);
        assertTrue(run.err.contains("PCF_JAVA_OPTS=-Xmx"), run.err);
        assertTrue(run.err.contains("Nothing was written"), run.err);
        assertFalse(run.err.contains("\tat ") || run.err.contains("Exception in thread"), "no stack trace: " + run.err);
        assertEquals(1, run.err.strip().lines().count(), "one line: " + run.err);
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.toList(), "no output and no partial file");
        }
    }

    @Test
    void verbosePrintsTheStackTraceToo(@TempDir Path tmp) throws Exception {
        Run run = pcf("-Xmx40m", "report", EXAMPLE.toString(), "-o", tmp.resolve("o.pdf").toString(),
                "--iterations", "1000", "--verbose");
        assertEquals(3, run.code, run.err);
        assertTrue(run.err.contains("java.lang.OutOfMemoryError") && run.err.contains("\tat "), run.err);
        assertFalse(Files.exists(tmp.resolve("o.pdf")));
    }

    @Test
    void findsTheErrorOfAWorkerThreadBehindItsWrapper() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertSame(oom, OutOfMemory.cause(new ExecutionException(new RuntimeException(oom))));
        assertNull(OutOfMemory.cause(new IOException("disk full")));
    }

    @Test
    void suggestsTwiceTheHeapRoundedToGigabytes() {
        String m = OutOfMemory.message(new OutOfMemoryError("Java heap space"), 1024L * 1024 * 1024);
        assertTrue(m.contains("at most 1024 MB") && m.contains("PCF_JAVA_OPTS=-Xmx2g"), m);
        String small = OutOfMemory.message(new OutOfMemoryError("Java heap space"), 40L * 1024 * 1024);
        assertTrue(small.contains("PCF_JAVA_OPTS=-Xmx512m"), small);
    }

    private record Run(int code, String err) {}

    private static Run pcf(String heap, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, heap, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path errFile = Files.createTempFile("pcf-oom", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(errFile.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = p.waitFor(180, TimeUnit.SECONDS);
            if (!done) p.destroyForcibly();
            assertTrue(done, "still running after 180 s");
            return new Run(p.exitValue(), Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(errFile);
        }
    }
}
