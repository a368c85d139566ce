package dev.pcf.render;

import dev.pcf.calc.Calculator;
import dev.pcf.model.Footprint;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.report.Messages;
import dev.pcf.uncertainty.McOptions;
import dev.pcf.uncertainty.MonteCarlo;
import dev.pcf.model.Progress;
import dev.pcf.reader.WorkbookReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JX0317-D30 example end to end: workbook → calculation → Monte Carlo → report → PDF/A-3b. */
class ReportPdfTest {
    private static final Map<ReportLanguage, byte[]> PDF = new EnumMap<>(ReportLanguage.class);

    @BeforeAll
    static void render() throws Exception {
        PcfWorkbook wb = WorkbookReader.readOrThrow(Path.of("workbook-templates/examples/JX0317-D30.xlsx"));
        Footprint fp = Calculator.calculate(wb);
        UncertaintyResult mc = MonteCarlo.run(fp, wb, new McOptions(11L, 20_000L, McOptions.DEFAULT_CAP, 1,
                McOptions.DEFAULT_BLOCK), Progress.NONE);
        ReportBuilder b = new ReportBuilder();
        for (ReportLanguage l : ReportLanguage.values()) {
            PDF.put(l, PdfRenderer.render(b.document(wb, fp, mc, l, "{}".getBytes(StandardCharsets.UTF_8))));
        }
    }

    private static String text(byte[] pdf, int from, int to) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(from);
            s.setEndPage(to < 0 ? d.getNumberOfPages() : to);
            return s.getText(d);
        }
    }

    @Test
    void bilingualReportIsPdfA3b() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(PDF.get(ReportLanguage.ZH_EN)));
    }

    @Test
    void coverHasNoRunningHeaderAndTheOtherPagesCountThemselves() throws Exception {
        byte[] pdf = PDF.get(ReportLanguage.ZH_EN);
        int pages;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            pages = d.getNumberOfPages();
        }
        assertTrue(pages > 15, "a full report: " + pages);
        String cover = text(pdf, 1, 1);
        assertFalse(cover.contains("Page 1 of"), cover);
        assertTrue(cover.contains("T410267-3"), cover);
        String second = text(pdf, 2, 2);
        assertTrue(second.contains("第 2 页 共 " + pages + " 页 / Page 2 of " + pages), second);
    }

    @Test
    void everyModeShowsTheResultAndItsSectionsInItsLanguages() throws Exception {
        Messages zh = Messages.load("zh");
        Messages en = Messages.load("en");
        for (ReportLanguage l : ReportLanguage.values()) {
            String all = text(PDF.get(l), 1, -1);
            // 113.3858 kgCO2e in total; raw materials 174.9425 kWh × 0.5777 = 101.0643 (89.13 %)
            for (String n : List.of("113.3858", "101.0643", "89.13%")) assertTrue(all.contains(n), l + " " + n);
            for (String k : List.of("sec5.results", "sec5.uncertainty", "sec6.title", "app.trace")) {
                assertEquals(l.hasZh(), all.contains(zh.get(k)), l + " " + k);
                assertEquals(l.hasEn(), all.contains(en.get(k)), l + " " + k);
            }
        }
    }

    @Test
    void aChartsVerticalAxisLabelIsText() throws Exception {
        // the histogram's vertical axis reads "Frequency" (messages_en chart.hist.y), drawn rotated: as PDF text a
        // reader can select and search, not as the glyphs' outlines filled as paths (JFreeChart's TextLayout
        // workaround, which the text extraction does not see)
        String y = Messages.load("en").get("chart.hist.y");
        assertEquals("Frequency", y);
        assertTrue(text(PDF.get(ReportLanguage.EN), 1, -1).contains(y));
    }

    @Test
    void bookmarksFollowTheNumberedSections() throws Exception {
        try (PDDocument d = Loader.loadPDF(PDF.get(ReportLanguage.EN))) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) top.add(i.getTitle());
            assertEquals(List.of("Summary of conclusions", "1 Introduction to product carbon footprints (CFP)",
                    "2 Company and product", "3 Goal and scope", "4 Data collection", "5 Calculation",
                    "6 Improvement suggestions", "Appendix A Verification team",
                    "Appendix B Details of the uncertainty analysis", "Appendix C Data traceability",
                    "Appendix D References"), top);
        }
    }

    @Test
    void everyCharacterOfTheFixedWordingIsInTheFonts() {
        for (String l : List.of("zh", "en")) {
            Messages m = Messages.load(l);
            StringBuilder all = new StringBuilder();
            for (String k : m.keys()) all.append(m.get(k));
            assertEquals("", Glyphs.missing(all.toString()), l);
        }
    }
}
