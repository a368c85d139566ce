package dev.pcf.reader.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every case of the hostile corpus ({@code src/test/resources/hostile/expected.tsv}, built by
 * {@link CorpusGenerator}) gives its exit code and names what is wrong, with sheet and cell.
 */
class HostileCorpusIT {

    /** A line of expected.tsv. */
    record Expected(String file, int exit, List<String> messages) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Expected> cases() throws IOException {
        List<Expected> all = new ArrayList<>();
        for (String line : resource("expected.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            all.add(new Expected(f[0], Integer.parseInt(f[1]), List.of(Arrays.copyOfRange(f, 2, f.length))));
        }
        return all;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HostileCorpusIT.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) throw new IOException("missing test resource /hostile/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Path copy(String file, Path dir) throws IOException {
        Path p = dir.resolve(file);
        try (InputStream in = HostileCorpusIT.class.getResourceAsStream("/hostile/" + file)) {
            if (in == null) throw new IOException("missing test resource /hostile/" + file);
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void theCorpusHasAtLeast40CasesAndStaysSmall() throws IOException {
        List<Expected> all = cases();
        assertTrue(all.size() >= 40, "cases: " + all.size());
        long bytes = 0;
        for (Expected e : all) {
            try (InputStream in = HostileCorpusIT.class.getResourceAsStream("/hostile/" + e.file())) {
                bytes += in.readAllBytes().length;
            }
        }
        assertTrue(bytes < 2_000_000, "corpus bytes: " + bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseGivesItsExitCodeAndNamesTheProblem(Expected e, @TempDir Path tmp) throws IOException {
        Validate.Result r = Validate.run(copy(e.file(), tmp));
        assertEquals(e.exit(), r.exit(), r.stderr());
        for (String m : e.messages()) assertTrue(r.stderr().contains(m), "expected «" + m + "» in:\n" + r.stderr());
    }

    /**
     * Every case that can be opened at all can be annotated: the copy re-opens as an .xlsx whose
     * first sheet lists each problem (header + one row per problem) and links those with a cell.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyOpenableCaseCanBeAnnotated(Expected e, @TempDir Path tmp) throws IOException {
        Path p = copy(e.file(), tmp);
        byte[] bytes = Files.readAllBytes(p);
        List<dev.pcf.model.Problem> problems = Validate.problems(p);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            dev.pcf.annotate.Annotator.annotate(bytes, e.file(), problems, out);
        } catch (dev.pcf.model.InputException refused) {
            assertEquals(1, e.exit(), "only unreadable files are refused: " + refused.getMessage());
            assertTrue(problems.stream().allMatch(q -> q.cell() == null || q.message().contains("DOCTYPE") || q.message().contains("damaged")
                    || q.message().contains("limit")), problems.toString());
            return;
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var list = wb.getSheetAt(0);
            assertEquals(dev.pcf.annotate.Annotator.SHEET, list.getSheetName());
            assertEquals(problems.size() + 1, list.getPhysicalNumberOfRows());
            for (int i = 0; i < problems.size(); i++) {
                var q = problems.get(i);
                var link = list.getRow(i + 1).getCell(2).getHyperlink();
                if (q.cell() != null && wb.getSheet(q.cell().sheet()) != null) {
                    assertEquals(q.cell().toString(), link.getAddress());
                }
            }
        }
    }

    /**
     * The bombs and oversized sheets are refused within 10 s of CPU time in a JVM of 256 MB heap
     * (the process as a whole, slow to start on a loaded machine, within 60 s).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void bombsAreRefusedQuicklyUnderASmallHeap(String file, @TempDir Path tmp) throws Exception {
        Path p = copy(file, tmp);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Validate.class.getName(), p.toString()).redirectErrorStream(true);
        Process proc = pb.start();
        boolean done = proc.waitFor(60, TimeUnit.SECONDS);
        if (!done) proc.destroyForcibly();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(done, file + " still running after 60 s");
        assertEquals(1, proc.exitValue(), out);
        assertTrue(out.contains("refused") || out.contains("beyond the limit") || out.contains("the limit;"), out);
        long wall = number(out, "elapsed-ms");
        long cpu = number(out, "cpu-ms");
        // CPU time of the reading thread: wall-clock time on a shared, loaded machine measures the load
        assertTrue(cpu < 10_000, file + " took " + cpu + " ms of CPU (" + wall + " ms wall)");
    }

    private static long number(String out, String key) {
        var m = java.util.regex.Pattern.compile(key + ": (\\d+)").matcher(out);
        assertTrue(m.find(), out);
        return Long.parseLong(m.group(1));
    }

    static List<String> bombs() {
        return List.of("10-zip-bomb.xlsx", "11-xml-bomb.xlsx", "12-xxe-shared-strings.xlsx", "14-row-1048576.xlsx",
                "17-too-many-formulas.xlsx");
    }
}
