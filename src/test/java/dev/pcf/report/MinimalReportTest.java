package dev.pcf.report;

import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ReportLanguage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A workbook with only the required fields: no optional text, team, pictures or improvements. */
class MinimalReportTest {
    @Test
    void optionalFieldsLeftEmptyGiveNoNullsAndSayWhatIsMissing() {
        Jx0317 c = Jx0317.withoutPictures();
        ReportInfo i = c.wb.info();
        ReportInfo bare = new ReportInfo(i.reportNo(), i.issueDate(), i.language(), i.verificationBody(),
                i.productName(), i.model(), i.manufacturer(), null, null, null, null, null, null, null,
                i.standard(), i.functionalUnit(), i.boundary(), i.periodStart(), i.periodEnd(), i.annualProduction(),
                null, null, null, null, 2, i.gwpSet(), null, null, null, null, null, null, Map.of());
        PcfWorkbook wb = new PcfWorkbook(c.wb.source(), bare, c.wb.stages(), c.wb.factors(), c.wb.activities(),
                List.of(), List.of(), List.of(), List.of());
        for (ReportLanguage l : ReportLanguage.values()) {
            ReportView v = ReportViews.build(wb, c.fp, null, l, Messages.load("zh"), Messages.load("en"));
            String all = v.toString();
            assertFalse(all.contains("null"), l + ": " + all.substring(Math.max(0, all.indexOf("null") - 200),
                    Math.min(all.length(), all.indexOf("null") + 50)));
            // decimals from the workbook: 2 → 113.39
            assertTrue(all.contains("113.39"), l.code());
            assertFalse(all.contains("113.3858"), l.code());
        }
        ReportView en = ReportViews.build(wb, c.fp, null, ReportLanguage.EN, Messages.load("zh"), Messages.load("en"));
        assertEquals(3, en.signatures().rows().size(), "author, leader, member rows with blank names");
        assertEquals("", en.signatures().rows().get(0).b());
        assertTrue(en.body().stream().anyMatch(b -> b instanceof Block.Para p
                && p.text().equals("The company has given no further measures.")));
    }
}
