package dev.pcf.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pcf.Pcf;
import dev.pcf.model.Comparison;
import dev.pcf.model.ReportLanguage;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-page comparison of {@code pcf compare -o}: JX0317-D30 against a copy with the 2023 grid factor
 * (0.6205 in place of 0.5777) and against SC-120; one A4 page in every language, the expected text,
 * PDF/A-3b (veraPDF), the workbooks and the JSON embedded, the same bytes twice.
 */
class ComparePdfTest {
    static final Path JX = Path.of("workbook-templates/examples/JX0317-D30.xlsx");
    static final Path SC = Path.of("workbook-templates/examples/SC-120.xlsx");

    @TempDir
    static Path dir;
    static Comparison comparison;

    @BeforeAll
    static void compare() throws Exception {
        Path grid = dir.resolve("JX-grid2023.xlsx");
        try (InputStream in = Files.newInputStream(JX); Workbook wb = WorkbookFactory.create(in)) {
            wb.getSheet("排放因子 Factors").getRow(1).getCell(3).setCellValue(0.6205);
            try (OutputStream o = Files.newOutputStream(grid)) {
                wb.write(o);
            }
        }
        comparison = Pcf.compare(List.of(JX, grid, SC), new Pcf.Options(9L, 4096L, 2, true), null);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            var box = doc.getPage(0).getMediaBox();
            assertEquals(595, Math.round(box.getWidth()));
            assertEquals(842, Math.round(box.getHeight()));
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc);
        }
    }

    @Test
    void bilingualPageHasBothTitlesTheDifferencesAndTheVerdicts() throws Exception {
        byte[] pdf = Pcf.report(comparison, ReportLanguage.ZH_EN).pdf();
        String t = text(pdf);
        assertTrue(t.contains("产品碳足迹比较"), t);
        assertTrue(t.contains("Product Carbon Footprint Comparison"), t);
        // Δ = (0.6205 − 0.5777) × (174.9425 + 13.8912 + 2.5) kWh = 8.18908236 kgCO2e, 7.22 % of 113.3858
        assertTrue(t.contains("+8.1891"), t);
        assertTrue(t.contains("+7.22%"), t);
        assertTrue(t.contains("113.3858"), t);
        assertTrue(t.contains("JX-grid2023.xlsx"), t);
        assertTrue(t.contains("功能单位的表述不同"), t);
        assertTrue(t.contains("The functional units are worded differently"), t);
        // SC-120 (2573.7 kgCO2e) is higher in every iteration; the copy's +7 % drowns in its independent activity draws
        assertTrue(t.contains("Product 3 is lower than product 1 in only 0.00%"), t);
        assertTrue(t.contains("Product 2 is lower than product 1 in"), t);
        assertTrue(t.contains("the difference is not discernible"), t);
        assertTrue(t.contains("EF-DIESEL-CN"), t);
        assertTrue(t.contains("SHA-256 " + comparison.products().get(0).workbook().source().sha256()), t);
    }

    @Test
    void singleLanguagePagesHaveOnlyTheirLanguage() throws Exception {
        String en = text(Pcf.report(comparison, ReportLanguage.EN).pdf());
        assertTrue(en.contains("Product Carbon Footprint Comparison"), en);
        assertFalse(en.contains("产品碳足迹比较"), en);
        String zh = text(Pcf.report(comparison, ReportLanguage.ZH).pdf());
        assertTrue(zh.contains("产品碳足迹比较"), zh);
        assertFalse(zh.contains("Product Carbon Footprint Comparison"), zh);
        assertTrue(zh.contains("配对蒙特卡洛分析"), zh);
    }

    @Test
    void isPdfA3bWithTheWorkbooksAndTheJsonEmbeddedAndReproducible() throws Exception {
        byte[] pdf = Pcf.report(comparison, ReportLanguage.ZH_EN).pdf();
        assertEquals(List.of(), VeraPdf.failures(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var files = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertEquals(4, files.size(), files.keySet().toString());
        }
        assertArrayEquals(pdf, Pcf.report(comparison, ReportLanguage.ZH_EN).pdf());
    }
}
