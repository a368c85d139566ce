package dev.pcf.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pcf.bench.BatchWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.pcf.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pcf batch} end to end through {@link Main#execute}: 50 generated workbooks (copies of the
 * examples with every amount scaled, two broken), summary.csv against {@code calc --json} of each
 * file, PDFs only for the good ones, the streams, and no temporary files left behind.
 */
class BatchCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The JX0317-D30 total by hand (see {@link CliTest}): 113.38583360 kg CO2e. */
    private static final double JX_TOTAL = 113.38583360;

    @TempDir
    Path tmp;

    record CsvRow(String file, String status, String total, String low, String high, String problem) {}

    /** summary.csv parsed (BOM stripped; quoted fields only in the problem column, as written). */
    private static List<CsvRow> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFfile,status,total,p2_5,p97_5,first_problem\r\n"), text);
        List<CsvRow> rows = new ArrayList<>();
        for (String line : text.substring(1).split("\r\n")) {
            if (line.startsWith("file,")) continue;
            String[] f = line.split(",", 6);
            String problem = f[5].startsWith("\"") ? f[5].substring(1, f[5].length() - 1).replace("\"\"", "\"") : f[5];
            rows.add(new CsvRow(f[0], f[1], f[2], f[3], f[4], problem));
        }
        return rows;
    }

    private static double calcTotal(Path workbook) throws Exception {
        CliTest.Run r = run("calc", workbook.toString(), "--json", "--no-mc");
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out()).get("total_kgco2e").asDouble();
    }

    private static List<String> names(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void fiftyGeneratedWorkbooksGiveACorrectSummary() throws Exception {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        BatchWorkbooks.generate(in, 50, 2);
        double scTotal = calcTotal(BatchWorkbooks.SC);
        CliTest.Run r = run("batch", in.toString(), "-o", out.toString(), "--no-pdf", "--iterations", "2000", "--jobs", "2");
        assertEquals(1, r.code(), "some workbooks are bad: " + r.err());
        assertTrue(r.out().contains("50 workbooks: 48 ok, 2 invalid, 0 errors"), r.out());
        assertFalse(r.err().contains("[#") || r.err().contains("\r"), "no progress bar when stderr is not a terminal: " + r.err());
        assertTrue(r.err().contains("wrote " + out.resolve("summary.csv")), r.err());

        List<CsvRow> rows = csv(out.resolve("summary.csv"));
        assertEquals(50, rows.size());
        for (int k = 1; k <= 48; k++) {
            CsvRow row = rows.get(k - 1);
            Path file = in.resolve(BatchWorkbooks.name(k));
            assertEquals(BatchWorkbooks.name(k), row.file());
            assertEquals("ok", row.status(), row.toString());
            double total = Double.parseDouble(row.total());
            assertEquals(calcTotal(file), total, 1e-9, row.file() + " = calc --json --no-mc");
            // the footprint is linear in the amounts: every amount × s gives the example's total × s
            double base = BatchWorkbooks.source(k).equals(BatchWorkbooks.JX) ? JX_TOTAL : scTotal;
            assertEquals(base * BatchWorkbooks.scale(k), total, 1e-7 * total, row.file() + " scaled by " + BatchWorkbooks.scale(k));
            double low = Double.parseDouble(row.low());
            double high = Double.parseDouble(row.high());
            assertTrue(low < total && total < high, row.toString());
            assertEquals("", row.problem());
        }
        CsvRow notAWorkbook = rows.get(48);
        assertEquals("wb49-JX0317-D30.xlsx", notAWorkbook.file());
        assertEquals("invalid", notAWorkbook.status());
        assertEquals("", notAWorkbook.total());
        assertTrue(notAWorkbook.problem().startsWith("wb49-JX0317-D30.xlsx: not an Excel workbook"), notAWorkbook.toString());
        CsvRow badAmount = rows.get(49);
        assertEquals("wb50-SC-120.xlsx", badAmount.file());
        assertEquals("invalid", badAmount.status());
        assertEquals(BatchWorkbooks.BAD_CELL + ": 数量 Amount must be a number, found \"abc\"", badAmount.problem());
        assertEquals(List.of("summary.csv"), names(out), "--no-pdf: no reports, no temporary files");
        assertEquals(50, names(in).size(), "nothing written into the input folder");
    }

    @Test
    void writesAPdfForEachGoodWorkbookOnly() throws Exception {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("reports");
        BatchWorkbooks.generate(in, 3, 1); // wb01 (JX), wb02 (SC) good; wb03 (JX) with "abc" in D3
        CliTest.Run r = run("batch", in.toString(), "-o", out.toString(), "--iterations", "2000");
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of("summary.csv", "wb01-JX0317-D30.pdf", "wb02-SC-120.pdf"), names(out));
        for (String pdf : List.of("wb01-JX0317-D30.pdf", "wb02-SC-120.pdf")) {
            byte[] b = Files.readAllBytes(out.resolve(pdf));
            assertTrue(b.length > 20_000, pdf + " " + b.length + " bytes");
            assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(b, 5), pdf);
            String tail = new String(b, b.length - 32, 32, StandardCharsets.ISO_8859_1);
            assertTrue(tail.contains("%%EOF"), pdf + " is complete");
        }
        assertTrue(r.out().contains("3 workbooks: 2 ok, 1 invalid, 0 errors"), r.out());
        assertTrue(r.out().contains("problems of wb03-JX0317-D30.xlsx:"), r.out());
    }

    @Test
    void allGoodExitsZeroAndTheProgressBarGoesToStderrWhenAsked() throws Exception {
        Path in = tmp.resolve("in");
        BatchWorkbooks.generate(in, 2, 0);
        CliTest.Run r = run("batch", in.toString(), "--no-pdf", "--no-mc", "--progress");
        assertEquals(0, r.code(), r.err());
        // default output folder: DIR/reports
        assertEquals(List.of("summary.csv"), names(in.resolve("reports")));
        assertTrue(r.err().contains("[##############################] 2/2"), r.err());
        assertFalse(r.out().contains("[#"), "stdout has no bar: " + r.out());
        // the table on stdout: without Monte Carlo the interval is empty
        String jx = String.format(Locale.ROOT, "%.4f", JX_TOTAL * BatchWorkbooks.scale(1));
        assertTrue(r.out().contains("wb01-JX0317-D30.xlsx  ok       " + " ".repeat(14 - jx.length()) + jx), r.out());
        assertTrue(r.out().contains("2 workbooks: 2 ok, 0 invalid, 0 errors"), r.out());
        assertFalse(r.err().contains("2 workbooks:"), "the table is not repeated on stderr: " + r.err());
    }

    @Test
    void aMissingFolderOrBadJobsIsReportedClearly() {
        CliTest.Run r = run("batch", tmp.resolve("nowhere").toString());
        assertEquals(1, r.code());
        assertEquals("pcf: no such folder: " + tmp.resolve("nowhere") + System.lineSeparator(), r.err());
        assertEquals(2, run("batch", tmp.toString(), "--jobs", "0").code());
    }
}
