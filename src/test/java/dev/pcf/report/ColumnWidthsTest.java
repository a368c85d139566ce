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

    @Test
    void aShortChineseLabelStaysOnOneLine() {
        // 活动数据 (4 em) would break after any character; beside two long text columns it keeps its whole width:
        // 4 em + 0.9 em padding = 4.9 em of a 56 em line = 8.75 % (the older rule gave it 7.5 %, one or two characters a line)
        String longText = "Electricity from the national grid, average carbon footprint factor of the year ".repeat(3);
        List<String> w = ColumnWidths.of(List.of("类别", "输入量", "来源"),
                List.of(List.of("活动数据", longText, longText)), new boolean[] {false, false, false}, false);
        assertEquals(4.9 / 56 * 100, pct(w.get(0)), 0.051, w.toString());
    }

    @Test
    void aShortChineseWordIsNotSplitButALongChineseTextMayBreak() {
        // 替换因子 is four characters (4 em), kept whole; "factor" is six lower-case letters of 0.5 em = 3 em
        assertEquals(4, ColumnWidths.longestWord("替换因子 factor"), 1e-9);
        assertEquals(3, ColumnWidths.longestWord("因子 factor"), 1e-9);
        // a sentence of Chinese without spaces claims no more than a four-character word
        assertEquals(4, ColumnWidths.longestWord("核算期跨年全国电力平均碳足迹因子是上一版公布值"), 1e-9);
    }
}
