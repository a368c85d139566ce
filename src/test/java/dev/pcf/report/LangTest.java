package dev.pcf.report;

import dev.pcf.model.ReportLanguage;
import dev.pcf.model.Text;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LangTest {
    private static final Messages ZH = new Messages("zh", Map.of("h", "计算结果", "gwp", "GWP-100", "p", "{0} 的碳足迹"));
    private static final Messages EN = new Messages("en", Map.of("h", "Results", "gwp", "GWP-100", "p", "footprint of {0}"));

    private static Lang lang(ReportLanguage l) {
        return new Lang(l, ZH, EN);
    }

    @Test
    void labelsAreChineseThenEnglishOnlyInBilingualMode() {
        assertEquals("计算结果 Results", lang(ReportLanguage.ZH_EN).label("h"));
        assertEquals("计算结果", lang(ReportLanguage.ZH).label("h"));
        assertEquals("Results", lang(ReportLanguage.EN).label("h"));
        // the same text in both bundles is printed once
        assertEquals("GWP-100", lang(ReportLanguage.ZH_EN).label("gwp"));
    }

    @Test
    void companyTextIsShownAsGiven() {
        Text both = Text.of("集中式DTU", "Centralised DTU");
        Text zhOnly = Text.of("天然气", "");
        Text enOnly = Text.of("", "Natural gas");
        assertEquals("集中式DTU Centralised DTU", lang(ReportLanguage.ZH_EN).text(both));
        assertEquals("天然气", lang(ReportLanguage.ZH_EN).text(zhOnly));
        assertEquals("天然气", lang(ReportLanguage.EN).text(zhOnly));
        assertEquals("Natural gas", lang(ReportLanguage.ZH).text(enOnly));
        assertEquals("", lang(ReportLanguage.ZH).text(null));
    }

    @Test
    void paragraphArgumentsFollowTheLanguageOfTheirSentence() {
        Block.Para p = lang(ReportLanguage.ZH_EN).para("", "p", Text.of("集中式DTU", "Centralised DTU"));
        assertEquals(new Block.Para("集中式DTU 的碳足迹", "footprint of Centralised DTU", ""), p);
        // a product named in Chinese only keeps its Chinese name in the English sentence
        Block.Para q = lang(ReportLanguage.ZH_EN).para("", "p", Text.of("集中式DTU", ""));
        assertEquals("footprint of 集中式DTU", q.secondary());
        Block.Para r = lang(ReportLanguage.ZH_EN).para("note", Text.of("只有中文", ""));
        assertEquals(new Block.Para("只有中文", "", "note"), r);
    }
}
