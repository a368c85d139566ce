package dev.pcf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pcf.model.ReportLanguage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pcf report BOOK --part uncertainty --appendix-label C}: the uncertainty and sensitivity appendix of
 * JX0317-D30 on its own, in each language mode — its caption and label, its sections in order, its numbers
 * against the {@code pcf calc --json} of the same run and against hand arithmetic, the embedded files,
 * PDF/A-3b, identical bytes on a rerun, and the option errors.
 */
class AppendixFileTest {
    private static final String[] MC = {"--seed", "5", "--iterations", "20000", "--threads", "1"};
    private static final Map<ReportLanguage, byte[]> PDF = new EnumMap<>(ReportLanguage.class);
    private static final Map<ReportLanguage, List<String>> PAGES = new EnumMap<>(ReportLanguage.class);
    private static JsonNode json;
    private static String jsonText;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void render() throws Exception {
        for (ReportLanguage l : ReportLanguage.values()) {
            PDF.put(l, appendix(l, "a", "--appendix-label", "C"));
            PAGES.put(l, ReportFileTest.pages(PDF.get(l)));
        }
        List<String> args = new ArrayList<>(List.of("calc", CliTest.JX.toString(), "--json"));
        args.addAll(List.of(MC));
        CliTest.Run calc = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, calc.code(), calc.err());
        jsonText = calc.out();
        json = new ObjectMapper().readTree(jsonText);
    }

    private static byte[] appendix(ReportLanguage l, String name, String... more) throws Exception {
        Path out = tmp.resolve(name + "-" + l.code() + ".pdf");
        List<String> args = new ArrayList<>(List.of("report", CliTest.JX.toString(), "--part", "uncertainty", "-o",
                out.toString(), "--lang", l.code()));
        args.addAll(List.of(more));
        args.addAll(List.of(MC));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("wrote " + out), r.err());
        return Files.readAllBytes(out);
    }

    private static String pick(ReportLanguage l, String zh, String en) {
        return switch (l) {
            case ZH -> zh;
            case EN -> en;
            case ZH_EN -> zh + " " + en;
        };
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void captionedAsAppendixCWithItsSectionsInOrder(ReportLanguage l) {
        List<String> pages = PAGES.get(l);
        // no cover: the first page opens with the appendix's title
        assertTrue(pages.getFirst().replace("\n", " ").contains(pick(l, "附录 C 不确定性与敏感性分析",
                "Appendix C Uncertainty and sensitivity analysis")), pages.getFirst());
        // every page, the first included, carries the appendix's name and its own page count
        for (int p = 1; p <= pages.size(); p++) {
            String footer = switch (l) {
                case ZH -> "附录 C 第 " + p + " 页 共 " + pages.size() + " 页";
                case EN -> "Appendix C · Page " + p + " of " + pages.size();
                case ZH_EN -> "附录 C 第 " + p + " 页 共 " + pages.size() + " 页 / Appendix C · Page " + p + " of " + pages.size();
            };
            assertTrue(pages.get(p - 1).contains(footer), l + " page " + p + ": " + footer);
        }
        assertTrue(pages.size() >= 5 && pages.size() <= 15, "pages: " + pages.size());
        // the sections, as heading lines, in this order; tables and figures numbered C.1, C.2…
        List<String> lines = String.join("\n", pages).lines().map(String::strip).toList();
        String[][] sections = {{"方法", "Method"}, {"输入量及其分布", "Inputs and their distributions"}, {"结果", "Results"},
                {"敏感性分析", "Sensitivity analysis"}, {"情景", "Scenarios"}, {"收敛性", "Convergence"},
                {"可复现性", "Reproducibility"}};
        int at = -1;
        for (int k = 0; k < sections.length; k++) {
            String heading = "C." + (k + 1) + " " + pick(l, sections[k][0], sections[k][1]);
            int found = lines.subList(at + 1, lines.size()).indexOf(heading);
            assertTrue(found >= 0, l + ": heading " + heading + " after line " + at);
            at += 1 + found;
        }
        String all = String.join("\n", pages);
        assertTrue(!l.hasZh() || all.contains("表 C.1 ") && all.contains("图 C.1 ") && !all.contains("表 1 "), l.code());
        assertTrue(!l.hasEn() || all.contains("Table C.1 ") && all.contains("Figure C.1 ") && !all.contains("Table 1 "),
                l.code());
    }

    private static String fixed(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void numbersAreThoseOfTheCalcJson(ReportLanguage l) {
        String all = String.join("\n", PAGES.get(l)).replace("\n", " ");
        JsonNode u = json.get("uncertainty");
        // the deterministic total by hand (CliTest): 113.38583360 → 113.3858; the interval and mean of this run
        assertEquals(113.38583360, json.get("total_kgco2e").asDouble(), 1e-7);
        List<String> expected = new ArrayList<>(List.of("113.3858",
                "[" + fixed(u.get("p2_5").asDouble(), 4) + ", " + fixed(u.get("p97_5").asDouble(), 4) + "]",
                fixed(u.get("mean").asDouble(), 4), fixed(u.get("sd").asDouble(), 4), "20,000"));
        // S1, the 2023 grid factor: the three electricity lines (174.9425 + 13.8912 + 2.5 = 191.3337 kWh) at
        // 0.6205 instead of 0.5777 kgCO2e/kWh: +8.18908236 → 121.57491596, +7.2223 % of 113.38583360
        JsonNode s1 = json.get("scenarios").get(0);
        assertEquals(121.57491596, s1.get("total_kgco2e").asDouble(), 1e-7);
        expected.addAll(List.of("121.5749", "+8.1891", "+7.22%", BigDecimal.valueOf(s1.get("p_lower").asDouble()).movePointRight(2)
                .setScale(2, RoundingMode.HALF_UP).toPlainString() + "%"));
        // the largest Sobol' index, first and total order with their intervals, 3 decimals
        JsonNode top = u.get("sensitivity").get("indices").get(0);
        expected.add(fixed(top.get("first").asDouble(), 3) + " [" + fixed(top.get("first_ci").get(0).asDouble(), 3) + ", "
                + fixed(top.get("first_ci").get(1).asDouble(), 3) + "]");
        expected.add(fixed(top.get("total").asDouble(), 3) + " [" + fixed(top.get("total_ci").get(0).asDouble(), 3) + ", "
                + fixed(top.get("total_ci").get(1).asDouble(), 3) + "]");
        // reproducibility: the seed, the Sobol' sample size, the workbook's hash in groups of eight
        String sha = json.get("workbook").get("sha256").asText();
        assertEquals(64, sha.length());
        expected.add(sha.substring(0, 8) + " " + sha.substring(8, 16));
        expected.add(sha.substring(56));
        expected.add(String.format(java.util.Locale.ROOT, "%,d", u.get("sensitivity").get("base_samples").asLong()));
        for (String n : expected) assertTrue(all.contains(n), l + ": " + n);
        assertTrue(all.contains(pick(l, "随机种子", "Random seed") + " 5"), l + ": the seed in the reproducibility table");
        // what P(lower) means: a replaced input is drawn independently (uncertainty-spec: the same draws only for
        // the inputs a scenario does not change)
        assertTrue(!l.hasZh() || all.contains("独立抽样"), l.code());
        assertTrue(!l.hasEn() || all.contains("independently of the input it replaces"), l.code());
    }

    @Test
    void embeddedFilesAreTheWorkbookAndTheCalcJson() throws Exception {
        byte[] workbook = Files.readAllBytes(CliTest.JX);
        for (ReportLanguage l : ReportLanguage.values()) {
            try (PDDocument d = Loader.loadPDF(PDF.get(l))) {
                Map<String, PDComplexFileSpecification> files = d.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
                assertEquals(2, files.size(), files.keySet().toString());
                byte[] xlsx = null;
                byte[] data = null;
                for (PDComplexFileSpecification f : files.values()) {
                    if (f.getFileUnicode().endsWith(".xlsx")) xlsx = f.getEmbeddedFile().toByteArray();
                    if (f.getFileUnicode().endsWith(".json")) data = f.getEmbeddedFile().toByteArray();
                }
                assertArrayEquals(workbook, xlsx, "the workbook's original bytes");
                assertEquals(jsonText.strip(), new String(data, StandardCharsets.UTF_8).strip(),
                        "the text pcf calc --json prints with the same seed");
            }
        }
    }

    @Test
    void pdfA3bInEveryLanguage() throws Exception {
        for (ReportLanguage l : ReportLanguage.values()) {
            assertEquals(List.of(), dev.pcf.render.VeraPdfAccess.failures(PDF.get(l)), l.code());
        }
    }

    @Test
    void sameWorkbookAndOptionsGiveIdenticalBytes() throws Exception {
        assertArrayEquals(PDF.get(ReportLanguage.ZH_EN), appendix(ReportLanguage.ZH_EN, "b", "--appendix-label", "C"));
    }

    @Test
    void withoutALabelTheAppendixIsUnlettered() throws Exception {
        List<String> pages = ReportFileTest.pages(appendix(ReportLanguage.ZH_EN, "plain"));
        String all = String.join("\n", pages);
        assertTrue(pages.getFirst().replace("\n", " ").contains("附录 不确定性与敏感性分析 Appendix Uncertainty and sensitivity analysis"),
                pages.getFirst());
        assertTrue(all.lines().anyMatch(x -> x.strip().equals("1 方法 Method")), "sections numbered 1, 2…");
        assertTrue(all.contains("表 1 ") && all.contains("Table 1 "), "tables numbered 1, 2…");
        assertTrue(pages.getFirst().contains("附录 第 1 页 共 " + pages.size() + " 页 / Appendix · Page 1 of " + pages.size()));
        assertFalse(all.contains("C.1"), "no letter");
    }

    @Test
    void optionErrorsAreUsageErrorsAndWriteNothing() {
        Path out = tmp.resolve("never.pdf");
        String book = CliTest.JX.toString();
        for (String[] args : List.of(
                new String[] {"report", book, "--appendix-label", "C", "-o", out.toString()},
                new String[] {"report", book, "--part", "summary", "-o", out.toString()},
                new String[] {"report", book, "--part", "uncertainty", "--appendix-label", "C-1", "-o", out.toString()},
                new String[] {"report", book, "--part", "uncertainty", "--appendix-label", "", "-o", out.toString()},
                new String[] {"report", book, "--part", "uncertainty", "--verification", book, "-o", out.toString()})) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().contains("--part") || r.err().contains("--appendix-label"), r.err());
            assertFalse(Files.exists(out), String.join(" ", args));
        }
        CliTest.Run r = CliTest.run("report", book, "--appendix-label", "C", "-o", out.toString());
        assertTrue(r.err().contains("--appendix-label needs --part uncertainty"), r.err());
        r = CliTest.run("report", book, "--part", "summary", "-o", out.toString());
        assertTrue(r.err().contains("--part must be uncertainty, found 'summary'"), r.err());
    }

    @Test
    void aWorkbookWithErrorsExitsOneAndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad.xlsx");
        Files.write(bad, "not a workbook".getBytes(StandardCharsets.US_ASCII));
        Path out = tmp.resolve("bad-appendix.pdf");
        CliTest.Run r = CliTest.run("report", bad.toString(), "--part", "uncertainty", "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(out));
    }
}
