package dev.pcf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pcf.Golden;
import dev.pcf.model.ReportLanguage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report file as {@code pcf report} writes it, for JX0317-D30 in each language mode: per-page text
 * against reviewed golden files ({@code src/test/resources/golden/report-*.txt}, {@link Golden}; after an intended change
 * regenerate with {@code -Dgolden.update=true} and review the diff), key numbers and headings on the right
 * pages, the embedded workbook and JSON, byte-identical reruns. One render per mode, shared by the tests.
 */
class ReportFileTest {
    private static final String[] MC = {"--seed", "5", "--iterations", "20000", "--threads", "1"};
    private static final Map<ReportLanguage, byte[]> PDF = new EnumMap<>(ReportLanguage.class);
    private static final Map<ReportLanguage, List<String>> PAGES = new EnumMap<>(ReportLanguage.class);
    @TempDir
    static Path tmp;

    @BeforeAll
    static void render() throws Exception {
        for (ReportLanguage l : ReportLanguage.values()) {
            PDF.put(l, report(l, "a"));
            PAGES.put(l, pages(PDF.get(l)));
        }
    }

    private static byte[] report(ReportLanguage l, String name) throws Exception {
        Path out = tmp.resolve(name + "-" + l.code() + ".pdf");
        List<String> args = new ArrayList<>(List.of("report", CliTest.JX.toString(), "-o", out.toString(), "--lang", l.code()));
        args.addAll(List.of(MC));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return Files.readAllBytes(out);
    }

    static List<String> pages(byte[] pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                pages.add(s.getText(d).replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n"));
            }
        }
        return pages;
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void pageTextsMatchTheReviewedGoldenFiles(ReportLanguage l) throws Exception {
        StringBuilder b = new StringBuilder();
        List<String> pages = PAGES.get(l);
        for (int p = 0; p < pages.size(); p++) {
            b.append("=== page ").append(p + 1).append(" of ").append(pages.size()).append(" ===\n").append(pages.get(p));
        }
        Golden.assertMatches("report-jx0317-" + l.code().replace('+', '_') + ".txt", b);
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void keyNumbersAndHeadingsAreOnTheirPages(ReportLanguage l) {
        List<String> pages = PAGES.get(l);
        // a cover, the basic information and summary, the contents, six numbered sections each starting a
        // page and four appendices: at least 12 pages; the reference report has 27 pages of Chinese only
        assertTrue(pages.size() >= 12 && pages.size() <= 60, "pages: " + pages.size());
        // the total (hand arithmetic in CliTest: 113.38583360 → 113.3858) is in the summary of conclusions
        String summaryHeading = switch (l) {
            case ZH -> "结论摘要";
            case EN -> "Summary of conclusions";
            case ZH_EN -> "结论摘要 Summary of conclusions";
        };
        String summary = page(pages, summaryHeading);
        assertTrue(summary.contains("113.3858"), summary);
        // results by stage: raw materials 174.9425 kWh × 0.5777 = 101.06428225 → 101.0643, 101.06428225 /
        // 113.38583360 = 89.13 %; production 13.8912 × 0.5777 = 8.02494624 → 8.0249, 7.08 %
        String results = page(pages, switch (l) {
            case ZH -> "5.2 计算结果";
            case EN -> "5.2 Results";
            case ZH_EN -> "5.2 计算结果 Results";
        });
        for (String n : List.of("113.3858", "101.0643", "89.13%", "8.0249", "7.08%")) {
            assertTrue(results.contains(n), l + " " + n + "\n" + results);
        }
        // every page after the cover counts itself in the footer of its language(s)
        for (int p = 2; p <= pages.size(); p++) {
            String footer = switch (l) {
                case ZH -> "第 " + p + " 页 共 " + pages.size() + " 页";
                case EN -> "Page " + p + " of " + pages.size();
                case ZH_EN -> "第 " + p + " 页 共 " + pages.size() + " 页 / Page " + p + " of " + pages.size();
            };
            assertTrue(pages.get(p - 1).contains(footer), l + " page " + p);
        }
        // the Monte Carlo ran 20,000 iterations with seed 5, and the appendix says so
        String all = String.join("", pages);
        assertTrue(l.hasEn() == all.contains("(20,000 iterations)") && l.hasZh() == all.contains("（20,000 次迭代）"),
                l + ": iteration count with grouping");
        assertTrue(!all.contains("20000"), l + ": no ungrouped count");
    }

    /** The text of the page with this heading line and of the page after it (a table may follow on it). */
    private static String page(List<String> pages, String heading) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).lines().anyMatch(x -> x.strip().equals(heading))) {
                return pages.get(p) + (p + 1 < pages.size() ? pages.get(p + 1) : "");
            }
        }
        throw new AssertionError("no page headed " + heading);
    }

    @Test
    void embeddedFilesAreTheWorkbookAndTheCalcJson() throws Exception {
        byte[] workbook = Files.readAllBytes(CliTest.JX);
        List<String> args = new ArrayList<>(List.of("calc", CliTest.JX.toString(), "--json"));
        args.addAll(List.of(MC));
        CliTest.Run calc = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, calc.code(), calc.err());
        ObjectMapper om = new ObjectMapper();
        for (ReportLanguage l : ReportLanguage.values()) {
            try (PDDocument d = Loader.loadPDF(PDF.get(l))) {
                Map<String, PDComplexFileSpecification> files = d.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
                assertEquals(2, files.size(), files.keySet().toString());
                byte[] xlsx = null;
                byte[] json = null;
                for (PDComplexFileSpecification f : files.values()) {
                    if (f.getFileUnicode().endsWith(".xlsx")) xlsx = f.getEmbeddedFile().toByteArray();
                    if (f.getFileUnicode().endsWith(".json")) json = f.getEmbeddedFile().toByteArray();
                }
                assertArrayEquals(workbook, xlsx, "the workbook's original bytes");
                JsonNode embedded = om.readTree(json);
                assertEquals(om.readTree(calc.out()), embedded, "same JSON as pcf calc --json with the same seed");
                assertEquals(113.38583360, embedded.get("total_kgco2e").asDouble(), 1e-7);
            }
        }
    }

    @Test
    void sameWorkbookAndOptionsGiveIdenticalBytes() throws Exception {
        assertArrayEquals(PDF.get(ReportLanguage.ZH_EN), report(ReportLanguage.ZH_EN, "b"));
    }

    @Test
    void singleLanguageReportsArePdfA3b() throws Exception {
        // the bilingual report is checked in dev.pcf.render.ReportPdfTest
        assertEquals(List.of(), dev.pcf.render.VeraPdfAccess.failures(PDF.get(ReportLanguage.ZH)));
        assertEquals(List.of(), dev.pcf.render.VeraPdfAccess.failures(PDF.get(ReportLanguage.EN)));
    }
}
