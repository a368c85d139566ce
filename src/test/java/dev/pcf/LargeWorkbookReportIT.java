package dev.pcf;

import dev.pcf.bench.LargeWorkbook;
import dev.pcf.calc.Calculator;
import dev.pcf.model.Footprint;
import dev.pcf.model.ReportLanguage;
import dev.pcf.reader.WorkbookReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issues 4 and 13: a generated workbook with 500 more activity lines renders correctly, in the compact form
 * of a large workbook — the body shows the 20 largest lines and the rest as one row, the inventory appendix
 * has every line once, one short row each, with its header on every page it spans. The render time is
 * measured by {@code dev.pcf.bench.ReportBench} (bench/README.md).
 */
class LargeWorkbookReportIT {
    private static final int N = 500;
    private static final List<String> PAGES = new ArrayList<>();
    private static Pcf.Result result;

    @BeforeAll
    static void render(@TempDir Path dir) throws Exception {
        Path file = LargeWorkbook.write(dir.resolve("large.xlsx"), N);
        result = Pcf.calculate(file, new Pcf.Options(5L, 2_000L, 1, true), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pcf.writePdf(Pcf.reportDocument(result, ReportLanguage.ZH_EN), out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                PAGES.add(s.getText(d));
            }
        }
    }

    @Test
    void everyLineIsReadAndTheTotalScalesWithTheAppendedRows() throws Exception {
        assertEquals(LargeWorkbook.TEMPLATE_ROWS + N, result.workbook().activities().size());
        // appended row i copies example line j = (i − 1) mod 6 with its amount × (1 + (i mod 7)/10), and a
        // line's emission is linear in its amount: total = Σ_j e_j · (1 + Σ_{i ≡ j} (1 + (i mod 7)/10))
        Footprint example = Calculator.calculate(WorkbookReader.readOrThrow(LargeWorkbook.EXAMPLE));
        double[] weight = new double[LargeWorkbook.TEMPLATE_ROWS];
        java.util.Arrays.fill(weight, 1);
        for (int i = 1; i <= N; i++) weight[(i - 1) % LargeWorkbook.TEMPLATE_ROWS] += 1 + (i % 7) / 10.0;
        double expected = 0;
        for (int j = 0; j < weight.length; j++) expected += example.lines().get(j).kgco2e() * weight[j];
        assertEquals(expected, result.footprint().total(), 1e-9 * expected);
        String printed = BigDecimal.valueOf(expected).setScale(4, RoundingMode.HALF_UP).toPlainString();
        assertTrue(String.join("", PAGES).contains(printed), "the total printed with 4 decimals: " + printed);
    }

    @Test
    void bodyShowsTheLargestLinesAndTheRestAsOneRow() {
        String all = all().replaceAll("\\s+", " ");
        // the activity table (its headers 单位产品用量, 数据类型 and Factor ID stand together nowhere else; the
        // English halves of fitted headers wrap word by word) is on one or two pages
        long activityPages = PAGES.stream()
                .filter(t -> t.contains("单位产品用量") && t.contains("数据类型") && t.contains("Factor ID")).count();
        assertTrue(activityPages >= 1 && activityPages <= 2, "activity table pages: " + activityPages);
        int shown = 20;
        int rest = LargeWorkbook.TEMPLATE_ROWS + N - shown;
        assertTrue(all.contains("其余 " + rest + " 项") && all.contains("The other " + rest + " lines"), "remainder row");
        assertTrue(all.contains("The table shows the " + shown + " lines with the largest results of all 506"), all);
    }

    @Test
    void inventoryAppendixHasEveryLineOnceWithItsAmountCellAndRepeatsItsHeader() {
        // the inventory's header "数量单元格 Amount cell" is the only place that wording appears
        List<Integer> tablePages = new ArrayList<>();
        for (int p = 0; p < PAGES.size(); p++) {
            if (PAGES.get(p).contains("数量单元格") && PAGES.get(p).contains("Amount cell")) tablePages.add(p);
        }
        int first = tablePages.get(0);
        int last = tablePages.get(tablePages.size() - 1);
        assertEquals(last - first + 1, tablePages.size(), "header on every page from " + (first + 1) + " to " + (last + 1));
        String table = String.join("\n", PAGES.subList(first, last + 1));
        // activity rows are sheet rows 2..507; the amount is column D: each cell exactly once
        for (int row = 2; row <= LargeWorkbook.TEMPLATE_ROWS + N + 1; row++) {
            assertEquals(1, count(table, Pattern.compile("!D" + row + "(?!\\d)")), "cell D" + row);
        }
        // one short row per line, set in parts of 64 rows a page (the first of 32): 506 lines take 9 pages
        assertTrue(tablePages.size() >= 8 && tablePages.size() <= 10, "inventory pages " + tablePages);
        // no table lists all lines by name (the full form had 4 such tables): the appended items are named only
        // among the largest lines of the body's tables, charts and suggestions
        int names = count(all(), Pattern.compile("批量项目"));
        assertTrue(names < N / 4, "item names printed " + names + " times");
    }

    @Test
    void pageCountIsPlausible() {
        // the ~20 pages of the example and the inventory; far fewer than the 129 pages of the full form
        assertTrue(PAGES.size() >= 25 && PAGES.size() < 60, "pages: " + PAGES.size());
        String second = PAGES.get(1);
        assertTrue(second.contains("共 " + PAGES.size() + " 页 / Page 2 of " + PAGES.size()), second);
    }

    private static String all() {
        return String.join("\n", PAGES);
    }

    private static int count(String s, Pattern p) {
        int n = 0;
        for (var m = p.matcher(s); m.find(); ) n++;
        return n;
    }
}
