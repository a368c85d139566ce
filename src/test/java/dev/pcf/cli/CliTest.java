package dev.pcf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end: exit codes, stdout/stderr, atomic output, the JSON of the examples. */
class CliTest {
    static final Path JX = Path.of("workbook-templates/examples/JX0317-D30.xlsx");

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void calcJsonOfTheReferenceExampleHasTheReferenceNumbers() throws Exception {
        Run r = run("calc", JX.toString(), "--json", "--iterations", "20000", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("pcf-result/1", j.get("schema").asText());
        // Hand arithmetic (../shared/reference-data.md §2, reference report §4.2):
        // diesel EF = 42.652 GJ/t × 20.20 tC/TJ × 0.98 × 44/12 / 1000 = 3.0959096373 kgCO2/kg
        // natural gas EF = 389.31/10^4 GJ/m3 × 15.30 × 0.99 × 44/12 / 1000 = 2.1621888090 kgCO2/m3
        // RAW 174.9425 × 0.5777 = 101.06428225; RAW_TRANSPORT 0.09703 × 3.0959096373 = 0.30039611
        // PRODUCTION 13.8912 × 0.5777 = 8.02494624; DISTRIBUTION 0.7370 × 3.0959096373 = 2.28168540
        // EOL 2.5 × 0.5777 + 0.125 × 2.1621888090 = 1.44425 + 0.27027360 = 1.71452360
        // total = 113.38583360
        assertEquals(113.38583360, j.get("total_kgco2e").asDouble(), 1e-7);
        double[] stages = {101.06428225, 0.30039611, 8.02494624, 2.28168540, 1.71452360};
        String[] codes = {"RAW", "RAW_TRANSPORT", "PRODUCTION", "DISTRIBUTION", "EOL"};
        assertEquals(5, j.get("stages").size());
        for (int i = 0; i < 5; i++) {
            assertEquals(codes[i], j.get("stages").get(i).get("code").asText());
            assertEquals(stages[i], j.get("stages").get(i).get("kgco2e").asDouble(), 1e-7);
        }
        assertEquals(101.06428225 / 113.38583360, j.get("stages").get(0).get("share").asDouble(), 1e-9);
        assertEquals(6, j.get("lines").size());
        assertEquals(0, j.get("by_origin").get("biogenic").asDouble());
        JsonNode u = j.get("uncertainty");
        assertEquals(20000, u.get("iterations").asLong());
        assertTrue(u.get("p2_5").asDouble() < 113.3858 && u.get("p97_5").asDouble() > 113.3858, u.toString());
    }

    @Test
    void sameSeedGivesTheSameJson() {
        Run a = run("calc", JX.toString(), "--json", "--iterations", "10000", "--seed", "7", "--threads", "1");
        Run b = run("calc", JX.toString(), "--json", "--iterations", "10000", "--seed", "7", "--threads", "2");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
    }

    @Test
    void tableNamesTheTotalAndTheStages() {
        Run r = run("calc", JX.toString(), "--no-mc");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("113.3858 kgCO2e"), r.out());
        assertTrue(r.out().contains("101.0643"), r.out());
        assertTrue(r.out().contains("89.13%"), r.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run().code());
        assertEquals(2, run("calc").code());
        assertEquals(2, run("calc", JX.toString(), "--iterations", "0").code());
        assertEquals(2, run("report", JX.toString(), "--lang", "fr").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void missingFileExitsOneWithoutStackTrace() {
        Run r = run("calc", "no-such-workbook.xlsx");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no-such-workbook.xlsx"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void validateWithoutPicocliSaysWhatPicocliSays(@TempDir Path tmp) throws Exception {
        Path blank = tmp.resolve("blank.xlsx");
        assertEquals(0, run("template", "-o", blank.toString()).code());
        Path text = tmp.resolve("text.xlsx");
        Files.write(text, "this is not a workbook".getBytes(StandardCharsets.UTF_8));
        // 'validate FILE' takes the short way (ValidateCommand.plain); 'validate -- FILE' means the same to
        // picocli (the end of the options) and goes through it
        String[][] expected = {{JX.toString(), "0"}, {blank.toString(), "1"}, {text.toString(), "1"},
                {tmp.resolve("missing.xlsx").toString(), "1"}};
        for (String[] e : expected) {
            Run plain = run("validate", e[0]);
            Run picocli = run("validate", "--", e[0]);
            assertEquals(Integer.parseInt(e[1]), plain.code(), plain.err());
            assertEquals(picocli, plain, e[0]);
        }
        assertEquals("JX0317-D30.xlsx: no errors" + System.lineSeparator(), run("validate", JX.toString()).out());
        assertEquals("pcf: no such file: " + tmp.resolve("missing.xlsx") + System.lineSeparator(),
                run("validate", tmp.resolve("missing.xlsx").toString()).err());
        // anything picocli reads differently is left to picocli
        var sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        for (String[] args : new String[][] {{"validate", "--help"}, {"validate", "@args.txt"}, {"validate", ""},
                {"validate", JX.toString(), "--annotate", "x.xlsx"}, {"calc", JX.toString()}, {"validate"}}) {
            assertNull(ValidateCommand.plain(args, sink, sink), String.join(" ", args));
        }
    }

    @Test
    void badWorkbookExitsOneAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.xlsx");
        Files.write(bad, "this is not a workbook".getBytes(StandardCharsets.UTF_8));
        Path pdf = tmp.resolve("out.pdf");
        Run r = run("report", bad.toString(), "-o", pdf.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("bad.xlsx"), r.err());
        assertFalse(Files.exists(pdf));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "only the input remains in " + tmp);
        }
    }

    @Test
    void templateWritesTheBlankWorkbook(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t.xlsx");
        Run r = run("template", "-o", t.toString());
        assertEquals(0, r.code(), r.err());
        byte[] expected = Files.readAllBytes(Path.of("workbook-templates/pcf-template.xlsx"));
        assertTrue(Files.size(t) > 10_000);
        // the committed template and a fresh one are both readable and validate to the same problems
        Run a = run("validate", t.toString());
        Path committed = tmp.resolve("committed.xlsx");
        Files.write(committed, expected);
        Run b = run("validate", committed.toString());
        assertEquals(1, a.code());
        assertEquals(b.err().replace("committed.xlsx", "t.xlsx"), a.err());
    }

    @Test
    void validateOfTheExamplesIsClean() {
        Run r = run("validate", JX.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no errors"), r.out());
        Run s = run("validate", "workbook-templates/examples/SC-120.xlsx");
        assertEquals(0, s.code(), s.err());
    }

    @Test
    void helpOfEveryCommandPrintsWithoutPicocliWarnings() {
        for (String cmd : new String[] {"template", "validate", "calc", "report", "export", "batch"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd + ": " + r.err());
            assertFalse((r.out() + r.err()).contains("picocli WARN"), cmd + ": " + r.out() + r.err());
        }
        // the batch help's "95 %" was an unescaped format specifier
        assertTrue(run("batch", "--help").out().contains("95 % interval"));
    }

    @Test
    void validateOfTheBlankTemplateListsTheMissingFieldsAndNothingElse(@TempDir Path tmp) {
        Path t = tmp.resolve("blank.xlsx");
        assertEquals(0, run("template", "-o", t.toString()).code());
        Run r = run("validate", t.toString());
        assertEquals(1, r.code());
        // validate writes nothing, so it does not say "nothing was written"; an empty inventory is not "total 0"
        assertFalse(r.err().contains("nothing was written"), r.err());
        assertFalse(r.err().contains("The total is 0"), r.err());
        assertTrue(r.err().contains("no activity rows"), r.err());
        assertTrue(r.err().strip().endsWith("errors in the input."), r.err());
    }
}
