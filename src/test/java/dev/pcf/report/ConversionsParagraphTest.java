package dev.pcf.report;

import dev.pcf.model.AppliedConversion;
import dev.pcf.model.Footprint;
import dev.pcf.model.ReportLanguage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report states the element-base conversions the calculation applied (workbook contract v1.1), in zh and en. */
class ConversionsParagraphTest {
    private static final Messages ZH = Messages.load("zh");
    private static final Messages EN = Messages.load("en");
    private final Jx0317 c = Jx0317.build();

    private List<Block.Para> paragraphs(Footprint fp, ReportLanguage l) {
        return ReportViews.build(c.wb, fp, c.mc, l, ZH, EN).body().stream()
                .filter(b -> b instanceof Block.Para).map(b -> (Block.Para) b).toList();
    }

    @Test
    void printsEachConversionInBothLanguages() {
        Footprint f = c.fp;
        Footprint fp = new Footprint(f.gwpSet(), f.total(), f.stages(), f.byGas(), f.byOrigin(), f.lines(), f.cutOff(),
                f.primaryDataShare(), f.warnings(), List.of(new AppliedConversion("EF-N2O", "N2O-N → N2O × 44/28"),
                new AppliedConversion("EF-SOIL", "CO2-C → CO2 × 44/12")));
        Block.Para p = paragraphs(fp, ReportLanguage.ZH_EN).stream().filter(x -> x.text().contains("N₂O-N"))
                .findFirst().orElseThrow(() -> new AssertionError("no conversion paragraph"));
        // running text writes the formulas with subscripts (the factor IDs keep theirs: EF-N2O is not a formula)
        assertEquals("按 IPCC 指南以元素基准给出的因子已换算为气体质量：EF-N2O N₂O-N → N₂O × 44/28; EF-SOIL CO₂-C → CO₂ × 44/12"
                + "（摩尔质量之比）。", p.text());
        assertEquals("Factors given per element base, as in the IPCC guidelines, were converted to the mass of the gas:"
                + " EF-N2O N₂O-N → N₂O × 44/28; EF-SOIL CO₂-C → CO₂ × 44/12 (ratio of the molar masses).", p.secondary());
    }

    @Test
    void saysNothingWhenNoConversionWasApplied() {
        assertTrue(paragraphs(c.fp, ReportLanguage.ZH_EN).stream().noneMatch(x -> x.text().contains("元素基准")));
    }
}
