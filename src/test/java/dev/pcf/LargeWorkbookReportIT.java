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
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4: a generated workbook with 500 more activity lines renders correctly — the activity table
 * paginates with its header row on every page it spans, and every line is in it. The render time is
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
    void activityTableRepeatsItsHeaderOnEveryPageAndHoldsEveryLine() {
        // the activity table's header "单位产品用量 Per functional unit" is the only place that wording appears
        List<Integer> tablePages = new ArrayList<>();
        for (int p = 0; p < PAGES.size(); p++) {
            String t = PAGES.get(p);
            if (t.contains("单位产品用") && t.contains("Factor ID") && t.contains("Data type")) tablePages.add(p);
        }
        int first = tablePages.get(0);
        int last = tablePages.get(tablePages.size() - 1);
        assertEquals(last - first + 1, tablePages.size(), "header on every page from " + (first + 1) + " to " + (last + 1));
        // a row is at least one 8.5 pt line × 1.3 + 2 × 1 mm padding ≈ 16.7 pt, and a page has about
        // 723 pt of content: at most 43 rows a page, so 506 rows span at least 12 pages
        assertTrue(tablePages.size() >= 12, "pages " + tablePages);
        String table = String.join("\n", PAGES.subList(first, last + 1));
        assertEquals(N, count(table, Pattern.compile("批量项目")), "one Chinese item name per appended line");
        for (int i = 1; i <= N; i++) {
            // the item wraps as 批量项目 / 0001 Bulk / item 0001: its number stands alone, not inside another number
            String num = String.format(Locale.ROOT, "%04d", i);
            assertTrue(Pattern.compile("(?<![\\d.])" + num + "(?![\\d.])").matcher(table).find(), "line " + num);
        }
    }

    @Test
    void pageCountIsPlausible() {
        // besides the ~20 pages of the example, the 506 lines fill the activity table, the cut-off list,
        // the uncertainty inputs and the traceability appendix: at least 4 × 12 pages, and well under 1,000
        assertTrue(PAGES.size() >= 48 && PAGES.size() < 1000, "pages: " + PAGES.size());
        String second = PAGES.get(1);
        assertTrue(second.contains("共 " + PAGES.size() + " 页 / Page 2 of " + PAGES.size()), second);
    }

    private static int count(String s, Pattern p) {
        int n = 0;
        for (var m = p.matcher(s); m.find(); ) n++;
        return n;
    }
}
