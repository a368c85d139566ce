package dev.pcf.render;

import dev.pcf.calc.Calculator;
import dev.pcf.model.Footprint;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.uncertainty.McOptions;
import dev.pcf.uncertainty.MonteCarlo;
import dev.pcf.model.Progress;
import dev.pcf.reader.ReportWorkbooks;
import dev.pcf.reader.WorkbookReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's details as a verifier reads them (issue 9), checked in the PDF's text layer: units in
 * the report's language, no hidden values, removals presented apart, boundary and stages, no
 * unearned conformity claim, tables that fit, chemical formulas.
 */
class ReportDetailsTest {
    private static final ReportBuilder BUILDER = new ReportBuilder();
    private static final Map<String, String> TEXT = new ConcurrentHashMap<>();

    /** The PDF's text (PDFBox, sorted by position) of a workbook's report, rendered once per test run. */
    static String pdfText(String name, byte[] xlsx, ReportLanguage lang, boolean mc) {
        return TEXT.computeIfAbsent(name + "/" + lang + "/" + mc, k -> {
            PcfWorkbook wb = WorkbookReader.read(xlsx, name + ".xlsx").workbook();
            Footprint fp = Calculator.calculate(wb);
            UncertaintyResult u = mc ? MonteCarlo.run(fp, wb, new McOptions(5L, 2_000L, McOptions.DEFAULT_CAP, 1,
                    McOptions.DEFAULT_BLOCK), Progress.NONE) : null;
            byte[] pdf = PdfRenderer.render(BUILDER.document(wb, fp, u, lang, "{}".getBytes()));
            try (PDDocument d = Loader.loadPDF(pdf)) {
                PDFTextStripper s = new PDFTextStripper();
                s.setSortByPosition(true);
                return s.getText(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static byte[] example(String name) {
        try {
            return Files.readAllBytes(Path.of("workbook-templates/examples", name + ".xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with line breaks and hyphenation undone, for phrases that may wrap. */
    static String flat(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void summaryStatesWhatWasCalculatedAndClaimsNoConformity(ReportLanguage lang) {
        String t = flat(pdfText("JX0317-D30", example("JX0317-D30"), lang, false));
        assertFalse(t.contains("符合该标准的要求"), "no conformity claim in Chinese");
        assertFalse(t.contains("conforms to the standard"), "no conformity claim in English");
        if (lang != ReportLanguage.EN) {
            assertTrue(t.replace(" ", "").contains("本报告的碳足迹按照GB/T24067-2024/ISO14067:2018计算"), t);
        }
        if (lang != ReportLanguage.ZH) {
            assertTrue(t.contains("calculated according to GB/T 24067-2024 / ISO 14067:2018"), t);
        }
    }

    @Test
    void englishReportOfAWorkbookInChineseUnitsPrintsEnglishUnits() {
        String t = pdfText("chinese-units", ReportWorkbooks.chineseUnits(), ReportLanguage.EN, false);
        // the factor table: value and unit, and the factor applied per unit of the activity
        assertFalse(t.contains("/千瓦时") || t.contains("/千克"), "no Chinese unit in a factor: " + t);
        assertTrue(t.contains("0.5703 kgCO2e/kWh / 0.5703 kgCO2e/kWh"), t);
        assertTrue(t.contains("2.1 kgCO2e/kg"), t);
        // the activity table: amount and unit as entered (the header says so), then per functional unit
        // 1500 千瓦时 a year / 1000 units = 1.5 kWh; 12.5 千克 = 12.5 kg
        assertEquals(2, count(t, "entered)"), "Amount (as entered), Unit (as entered): " + t);
        assertTrue(t.contains("1500 * 千瓦时 1.5 kWh"), t);
        assertTrue(t.contains("12.5 千克 12.5 kg"), t);
        // Chinese units appear nowhere else: twice in the as-entered column, never in running text
        assertEquals(1, count(t, "千瓦时"), t);
        assertEquals(1, count(t, "千克"), t);
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void removalsArePresentedApartFromEmissions(ReportLanguage lang) {
        String t = pdfText("removal", ReportWorkbooks.withRemoval(), lang, false);
        // no share outside 0–100 % anywhere (the issue saw 2748.87 %, 120 % and −20 %)
        Matcher m = Pattern.compile("(-?[0-9]+\\.[0-9]{2})%").matcher(t);
        while (m.find()) {
            double pct = Double.parseDouble(m.group(1));
            assertTrue(pct >= 0 && pct <= 100, m.group() + " in " + t);
        }
        // stage table, by hand: RAW emits 26.25, removes −15, net 11.25; 26.25 / 33.262875 = 78.92 %
        assertTrue(t.contains("26.2500 -15.0000 11.2500 78.92%"), t);
        // PRODUCTION: 0.712875 + 3.2 + 3.1 = 7.012875 → 21.08 %; totals 33.2629, −15, 18.2629
        assertTrue(t.contains("7.0129 0.0000 7.0129 21.08%"), t);
        assertTrue(t.contains("33.2629 -15.0000 18.2629 100.00%"), t);
        // by gas and origin: CO₂ appears three times, fossil, biogenic and removal
        String gas = lang == ReportLanguage.ZH ? "CO₂ 生物碳清除 1 -15 -15.0000 /"
                : lang == ReportLanguage.EN ? "CO₂ Biogenic removals 1 -15 -15.0000 /" : "CO₂ 生物碳清除 Biogenic";
        assertTrue(flat(t).contains(gas), gas + " in " + t);
        // hotspots are emitting lines only, shares of the gross emissions: steel 78.92 %, then biomass 9.62 %
        // (3.2 / 33.262875), diesel 9.32 %, electricity 2.14 %: four lines, 100.00 % together
        assertTrue(t.contains("26.2500 78.92% 78.92%"), t);
        assertTrue(t.contains("3.2000 9.62% 88.54%"), t);
        assertTrue(t.contains("0.7129 2.14% 100.00%"), t);
        // the signature table lists the named author; no empty rows for the team leader and member nobody holds
        assertTrue(t.contains("张三"), t);
        assertFalse(t.contains(lang == ReportLanguage.EN ? "Team leader" : "组长"), t);
        assertFalse(t.contains(lang == ReportLanguage.EN ? "Member" : "组员"), t);
        if (lang != ReportLanguage.ZH) {
            String f = flat(t);
            assertTrue(f.contains("net carbon footprint of 1 centralised DTU is 18.2629 kgCO₂e, including removals of"
                    + " -15.0000 kgCO₂e"), f);
            assertTrue(f.contains("The gross emissions are 33.2629 kgCO₂e"), f);
            // primary data (electricity 0.712875) as a share of the gross emissions: 2.14 %, not 3.90 % of the net
            assertTrue(f.contains("2.14% of the carbon footprint rests on primary data"), f);
            assertTrue(f.contains("The 4 largest emitting inventory lines account for 100.00% of the gross emissions"), f);
            // no reduction suggestion from the removal; the biogenic line gets no "recycled content"
            String suggestions = f.substring(f.lastIndexOf("Suggestions from the hotspots"));
            suggestions = suggestions.substring(0, suggestions.indexOf("The company's own measures"));
            assertFalse(suggestions.contains("Wood"), suggestions);
            assertTrue(suggestions.contains("\"Steel\" (Raw material acquisition) accounts for 78.92% of the gross emissions"),
                    suggestions);
            assertTrue(suggestions.contains("\"Biomass\" (Production) accounts for 9.62% of the gross emissions: check the land"),
                    suggestions);
        }
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void anIncludedStageWithoutLinesPrintsNoEmptyRange(ReportLanguage lang) {
        // cradle-to-grave with all six template stages included, four of them without lines (validation warns)
        String t = pdfText("six-stages", ReportWorkbooks.sixStages("cradle-to-grave"), lang, true);
        // "—" stands for a missing number: never after a label, in a range or before a unit
        assertFalse(Pattern.compile("[:：] —|−—|\\+—|— kg").matcher(t).find(), "no empty value or range: " + t);
        assertFalse(t.contains("NaN") || t.contains("Infinity"), t);
        // the Distribution row of the stage uncertainty table: 0, mean 0, interval [0, 0], no relative range
        String distribution = lang == ReportLanguage.EN ? "Distribution" : "成品运输";
        assertTrue(t.contains(distribution + (lang == ReportLanguage.ZH_EN ? " Distribution" : "")
                + " 0.0000 0.0000 [0.0000, 0.0000] /"), t);
    }

    static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) n++;
        return n;
    }
}
