package dev.pcf.render;

import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineBreaksTest {

    private static List<Integer> breaks(LineBreakingStrategy s, String text) {
        BreakPointsProvider p = s.getBreakPointsProvider(text, "zh", null);
        List<Integer> out = new ArrayList<>();
        for (int b = p.next().getPosition(); b >= 0; b = p.next().getPosition()) out.add(b);
        return out;
    }

    @Test
    void breaksWhereFlyingSaucerBreaks() {
        String[] texts = {"", "a", "Product carbon footprint, cradle-to-gate (A1–A3): 1,234.5 kg CO2e.",
            "产品碳足迹报告：电网电力（华东）的排放因子为 0.5703 kgCO₂e/kWh。", "GB/T 24067-2024 / ISO 14067:2018",
            "see https://example.org/a/b?c=d, then", "  leading and trailing  ", "数据质量 Data quality 评价"};
        for (String t : texts) {
            assertEquals(breaks(new DefaultLineBreakingStrategy(), t), breaks(new LineBreaks(), t), t);
        }
    }

    @Test
    void breaksBetweenWordsAndAfterCjkCharacters() {
        // UAX #14: after the space of "ab cd"; between ideographs 碳 and 足
        assertEquals(List.of(3, 5), breaks(new LineBreaks(), "ab cd"));
        assertEquals(List.of(1, 2), breaks(new LineBreaks(), "碳足"));
    }
}
