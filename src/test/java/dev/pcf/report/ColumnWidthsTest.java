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
        // both are short words (at most 4 em) kept on one line with 0.4 em of slack: 4 × 0.5 + 0.4 + 0.9 = 3.3 em and
        // 8 × 0.5 + 0.4 + 0.9 = 5.3 em; 3.3 / 8.6 and 5.3 / 8.6: 38.4 % and 61.6 %
        assertEquals(List.of("38.4%", "61.6%"), w);
    }

    @Test
    void oneLineValueColumnsWrapAtTheirSpacesOnlyWhereTheColumnsDoNotFitTheLine() {
        // two amount-and-unit columns of 40 "x" each (20 em) plus a space and 30 "y" (15 em): 35.25 em + 0.9 padding
        // = 36.15 em each, 72.3 em together, wider than the 56 em line; the widest relaxable column (the first on a
        // tie) wraps at its space: its least width becomes its longest word, 20 em + 0.9 = 20.9 em; 20.9 + 36.15 =
        // 57.05 em is still too wide, so the second wraps too: 41.8 em, which fits
        String cell = "x".repeat(40) + " " + "y".repeat(30);
        ColumnWidths.Fit fit = ColumnWidths.fit(List.of("a", "b"), List.of(List.of(cell, cell)),
                new boolean[] {true, true}, new boolean[] {true, true}, false);
        assertEquals(List.of(false, false), List.of(fit.nowrap()[0], fit.nowrap()[1]));
        // one such column alone fits on one line and stays so
        ColumnWidths.Fit one = ColumnWidths.fit(List.of("a", "b"), List.of(List.of(cell, "z")),
                new boolean[] {true, false}, new boolean[] {true, false}, false);
        assertTrue(one.nowrap()[0]);
        // a column that may not wrap (a factor ID without spaces) keeps its line even where nothing fits
        ColumnWidths.Fit ids = ColumnWidths.fit(List.of("a", "b"), List.of(List.of("X".repeat(50), "Y".repeat(50))),
                new boolean[] {true, true}, new boolean[] {true, true}, false);
        assertEquals(List.of(true, true), List.of(ids.nowrap()[0], ids.nowrap()[1]));
    }

    @Test
    void whereTheSoftMinimaDoNotFitTheOneLineColumnsKeepTheirWidthAndTextColumnsGiveWay() {
        // a one-line column of 40 "x" (20 em + 0.9 = 20.9 em) beside three long text columns of 200-character words
        // of 4 letters: each wants a soft minimum of min(max/3, 9) + 0.9 = 9.9 em and needs only its longest word,
        // 2 em + 0.9 = 2.9 em. Hard 20.9 + 3 × 2.9 = 29.6 em, soft 20.9 + 3 × 9.9 = 50.6 em: both fit 56 em, so this
        // is the old case; with a one-line column of 70 "x" (35.9 em) the soft minima no longer fit (65.6 em) but the
        // hard ones do (44.6 em): the text columns get 2.9 + 7 × (56 − 44.6) / 21 = 6.7 em each and the one-line
        // column keeps its 35.9 em = 64.1 % of the line
        String text = "abcd ".repeat(40).strip();
        List<String> w = ColumnWidths.of(List.of("a", "b", "c", "d"),
                List.of(List.of("x".repeat(70), text, text, text)), new boolean[] {true, false, false, false}, false);
        assertEquals(35.9 / 56 * 100, pct(w.get(0)), 0.06, w.toString());
        assertEquals(6.7 / 56 * 100, pct(w.get(1)), 0.06, w.toString());
    }

    @Test
    void aColumnOfShortWordsKeepsThemOnOneLineWhereTheLineAllows() {
        // "活动数据" (4 em) beside a long text: without the rule the kind column would get a third of its 4 em;
        // with it, at least 4 + 0.4 + 0.9 = 5.3 em of the 56 em line = 9.46 %
        String text = "abcd ".repeat(60).strip();
        List<String> w = ColumnWidths.of(List.of("类别", "说明"), List.of(List.of("活动数据", text), List.of("排放因子", text)),
                new boolean[] {false, false}, false);
        assertTrue(pct(w.get(0)) >= 5.3 / 56 * 100 - 0.05, w.toString());
    }

    @Test
    void aWrappingColumnIsWiderThanItsLongestWordByATenthSoTheWordIsNotPushedIntoTheNextColumn() {
        // "Emission" estimated at 0.7 + 0.7 + 6 × 0.5 = 4.4 em: its least width with a tenth of slack and padding is
        // 4.4 × 1.1 + 0.9 = 5.74 em (without the slack 5.3 em). Six long-text columns want a soft minimum of 9.9 em
        // each, 59.4 em, more than the 56 em line, so each column gets its hard minimum plus a share of what its soft
        // minimum adds; the kind column's soft minimum is its hard one, so it gets exactly 5.74 em = 10.25 %
        String text = "abcd ".repeat(60).strip();
        List<String> row1 = new java.util.ArrayList<>(List.of("Emission factor"));
        List<String> row2 = new java.util.ArrayList<>(List.of("Activity data"));
        List<String> headers = new java.util.ArrayList<>(List.of("Kind"));
        for (int i = 0; i < 6; i++) {
            row1.add(text);
            row2.add(text);
            headers.add("t");
        }
        List<String> w = ColumnWidths.of(headers, List.of(row1, row2), new boolean[7], false);
        assertEquals(5.74 / 56 * 100, pct(w.get(0)), 0.06, w.toString());
    }
}
