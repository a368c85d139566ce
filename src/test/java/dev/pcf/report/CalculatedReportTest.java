package dev.pcf.report;

import dev.pcf.calc.Calculator;
import dev.pcf.model.Footprint;
import dev.pcf.model.ReportLanguage;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The report over the real calculation of the JX0317-D30 workbook, not the hand-built footprint. */
class CalculatedReportTest {
    @Test
    void reportOfTheCalculatedFootprintShowsTheReferenceNumbers() {
        Jx0317 c = Jx0317.build();
        Footprint fp = Calculator.calculate(c.wb);
        ReportView v = ReportViews.build(c.wb, fp, null, ReportLanguage.EN, Messages.load("zh"), Messages.load("en"));
        Block.Table stages = v.body().stream().filter(b -> b instanceof Block.Table t
                && t.caption().contains("by life-cycle stage")).map(b -> (Block.Table) b).findFirst().orElseThrow();
        // 174.9425 × 0.5777 = 101.06428; diesel 0.09703 kg × 20.2 tC/TJ × 0.98 × 44/12 × 42.652 GJ/t = 0.30040;
        // 104184 / 7500 × 0.5777 = 8.02495; 0.7370 × 3.09591 = 2.28169; 2.5 × 0.5777 + 0.125 × 2.16219 = 1.71452
        assertEquals(List.of(
                List.of("Raw material acquisition", "101.0643", "89.13%"),
                List.of("Raw material transport", "0.3004", "0.26%"),
                List.of("Production", "8.0249", "7.08%"),
                List.of("Distribution", "2.2817", "2.01%"),
                List.of("End of life", "1.7145", "1.51%"),
                List.of("Total", "113.3858", "100.00%")),
                stages.rows().stream().map(Block.Table.Row::cells).toList());
        Block.Table factors = v.body().stream().filter(b -> b instanceof Block.Table t
                && t.caption().contains("Emission factors")).map(b -> (Block.Table) b).findFirst().orElseThrow();
        assertEquals("3.0959 kgCO2/kg", factors.rows().get(1).cells().get(4));
        // the activity unit m3 printed in its canonical spelling m³
        assertEquals("2.1622 kgCO2/m³", factors.rows().get(2).cells().get(4));
    }
}
