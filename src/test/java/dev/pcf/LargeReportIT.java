package dev.pcf;

import dev.pcf.bench.LargeWorkbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: the report of a 10,000-line workbook in a JVM of 1 GB heap (forked, through the command line
 * with the workbook's own adaptive Monte Carlo): it succeeds, stays under 600 pages, and its inventory
 * appendix lists every line's amount cell exactly once. Time and memory are measured by bench/run.sh.
 */
class LargeReportIT {
    private static final int LINES = 10_000;

    @Test
    void tenThousandLinesRenderUnderOneGigabyteInACompactReport(@TempDir Path dir) throws Exception {
        Path book = LargeWorkbook.write(dir.resolve("large.xlsx"), LINES - LargeWorkbook.TEMPLATE_ROWS);
        Path pdf = dir.resolve("large.pdf");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(javaBin, "-Xmx1g", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "dev.pcf.cli.Main", "report", book.toString(), "-o", pdf.toString(),
                "--lang", "zh+en").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(20, TimeUnit.MINUTES);
        if (!done) p.destroyForcibly();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done, "still running after 20 minutes: " + out);
        assertEquals(0, p.exitValue(), out);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            int pages = d.getNumberOfPages();
            assertTrue(pages <= 600, pages + " pages");
            String text = new PDFTextStripper().getText(d);
            // amount cells D2 … D10001 of the activity sheet, each once in the inventory
            List<Integer> missing = new ArrayList<>();
            var m = Pattern.compile("Activity'!D(\\d+)(?!\\d)").matcher(text);
            int[] seen = new int[LINES + 2];
            while (m.find()) {
                int row = Integer.parseInt(m.group(1));
                if (row < seen.length) seen[row]++;
            }
            for (int row = 2; row <= LINES + 1; row++) if (seen[row] != 1) missing.add(row);
            assertEquals(List.of(), missing.subList(0, Math.min(20, missing.size())), "rows not listed exactly once");
            assertTrue(text.contains("其余 " + String.format(java.util.Locale.ROOT, "%,d", LINES - 20) + " 项"),
                    "the body's remainder row");
        }
    }
}
