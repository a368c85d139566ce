package dev.pcf.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnWidthsTest {
    private static double pct(String w) {
        return Double.parseDouble(w.replace("%", ""));
    }

    @Test
    void anIdentifierColumnIsWideEnoughForItsLongestIdWhileTextColumnsShareTheRest() {
        // a factor ID of 15 characters kept whole beside a long text column that may wrap
        String longText = "生态环境部、国家统计局、国家能源局：2024年电力碳足迹因子（公告日期 2025-09-28，2025-10-23 发布）".repeat(2);
        List<String> w = ColumnWidths.of(List.of("Factor ID", "Data source"),
                List.of(List.of("EF-ELEC-CN-2024", longText)), new boolean[] {true, false}, false);
        // "EF-ELEC-CN-2024": 8 capitals × 0.7 + 4 digits × 0.6 + 3 hyphens × 0.3 = 8.9 em, + 0.9 padding = 9.8 em
        // of a 56 em line: at least 17.5 %
        assertTrue(pct(w.get(0)) >= 9.8 / 56 * 100 - 0.05, w.toString());
        assertEquals(100, pct(w.get(0)) + pct(w.get(1)), 0.15);
    }

    @Test
    void columnsThatFitOnOneLineShareTheLineInProportion() {
        List<String> w = ColumnWidths.of(List.of("a", "b"), List.of(List.of("xxxx", "xxxxxxxx")),
                new boolean[] {false, false}, false);
        // 4 × 0.5 + 0.9 = 2.9 em and 8 × 0.5 + 0.9 = 4.9 em: 37.2 % and 62.8 %
        assertEquals(List.of("37.2%", "62.8%"), w);
    }
}
