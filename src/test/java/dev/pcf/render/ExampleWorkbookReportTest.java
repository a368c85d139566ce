package dev.pcf.render;

import dev.pcf.calc.Calculator;
import dev.pcf.export.ResultJson;
import dev.pcf.model.Footprint;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.uncertainty.McOptions;
import dev.pcf.uncertainty.MonteCarlo;
import dev.pcf.model.Progress;
import dev.pcf.reader.WorkbookReader;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped example workbooks, read and calculated for real, give a complete report. */
class ExampleWorkbookReportTest {
    private static final ReportBuilder BUILDER = new ReportBuilder();

    @ParameterizedTest
    @ValueSource(strings = {"JX0317-D30.xlsx", "SC-120.xlsx"})
    void exampleWorkbooksGiveWellFormedReportsInEveryMode(String name) throws Exception {
        PcfWorkbook wb = WorkbookReader.readOrThrow(Path.of("workbook-templates/examples", name));
        Footprint fp = Calculator.calculate(wb);
        byte[] json = ResultJson.write(wb, fp, null, List.of()).getBytes(StandardCharsets.UTF_8);
        for (ReportLanguage l : ReportLanguage.values()) {
            PdfDocument d = BUILDER.document(wb, fp, null, l, json);
            String text = XhtmlRendererTest.parse(d.xhtml()).getDocumentElement().getTextContent();
            assertFalse(d.xhtml().contains("null"), name + " " + l);
            assertTrue(text.contains(wb.info().reportNo()), name + " " + l);
            assertEquals("Source", d.attachments().get(0).relationship());
            assertTrue(d.attachments().get(0).data().length > 1000, "the workbook's own bytes");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"JX0317-D30.xlsx", "SC-120.xlsx"})
    void realMonteCarloFillsTheUncertaintySection(String name) throws Exception {
        PcfWorkbook wb = WorkbookReader.readOrThrow(Path.of("workbook-templates/examples", name));
        Footprint fp = Calculator.calculate(wb);
        UncertaintyResult mc = MonteCarlo.run(fp, wb, new McOptions(7L, 20_000L, McOptions.DEFAULT_CAP, 1,
                McOptions.DEFAULT_BLOCK), Progress.NONE);
        PdfDocument d = BUILDER.document(wb, fp, mc, ReportLanguage.EN, null);
        String text = XhtmlRendererTest.parse(d.xhtml()).getDocumentElement().getTextContent();
        assertTrue(text.contains("20,000 iterations were run with the random seed 7"), text);
        assertTrue(d.charts().keySet().containsAll(List.of("histogram", "contributions", "convergence")));
        // the largest contribution is named from the workbook row its cell points at
        UncertaintyResult.Contribution top = mc.contributions().get(0);
        String expected = top.kind() == UncertaintyResult.InputKind.FACTOR
                ? wb.factors().stream().filter(f -> f.cells().row() == top.cell().row()).findFirst()
                        .map(f -> f.name().enOrZh() + " (" + f.id() + ")").orElseThrow()
                : wb.activities().stream().filter(a -> a.cells().row() == top.cell().row()).findFirst()
                        .map(a -> a.item().enOrZh() + " (" + wb.stage(a.stage()).name().enOrZh() + ")").orElseThrow();
        assertTrue(text.contains("The uncertainty comes mainly from \"" + expected + "\""), expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JX0317-D30.xlsx"})
    void referenceCaseShowsTheReferenceResult(String name) throws Exception {
        PcfWorkbook wb = WorkbookReader.readOrThrow(Path.of("workbook-templates/examples", name));
        Footprint fp = Calculator.calculate(wb);
        String text = XhtmlRendererTest.parse(BUILDER.document(wb, fp, null, ReportLanguage.ZH_EN, null).xhtml())
                .getDocumentElement().getTextContent();
        // the reference report: 113.3858 kgCO2e, raw materials 101.0643 (89.13 %)
        for (String s : List.of("113.3858", "101.0643", "89.13%")) assertTrue(text.contains(s), s);
    }
}
