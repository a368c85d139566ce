package dev.pcf.server;

import dev.pcf.model.CellRef;
import dev.pcf.model.Problem;
import dev.pcf.model.RowValues;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the page groups problems and which of a row's cells it shows beside them. */
class ProblemsViewTest {
    static final String ACT = "活动数据 Activity";

    static List<RowValues.Cell> row(int columns) {
        List<RowValues.Cell> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) cells.add(new RowValues.Cell(c, "h" + c, "v" + c));
        return cells;
    }

    static String columns(List<RowValues.Cell> cells) {
        StringBuilder sb = new StringBuilder();
        for (RowValues.Cell c : cells) sb.append(c == null ? "…" : CellRef.columnLetters(c.column())).append(' ');
        return sb.toString().strip();
    }

    @Test
    void aWideRowShowsItsNameColumnsAndEachProblemCellWithItsNeighbours() {
        var p = List.of(Problem.error(new CellRef(ACT, 4, 7), "x"), Problem.error(new CellRef(ACT, 4, 21), "y"));
        assertEquals("A B … G H I … U V", columns(ProblemsView.window(row(22), p)));
        var d = List.of(Problem.error(new CellRef(ACT, 2, 3), "x"));
        assertEquals("A B C D E …", columns(ProblemsView.window(row(22), d)));
        assertEquals("A B C", columns(ProblemsView.window(row(3), d)), "a short row whole");
    }

    @Test
    void problemsAreGroupedFileFirstThenBySheetAndRow() {
        var a = Problem.error(new CellRef(ACT, 6, 3), "a");
        var b = Problem.warning(null, "b");
        var c = Problem.error(new CellRef("报告信息 Report", 2, 1), "c");
        var d = Problem.error(new CellRef(ACT, 2, 7), "d");
        var e = Problem.error(new CellRef(ACT, 2, 3), "e");
        Map<String, Map<Integer, List<Problem>>> g = ProblemsView.group(List.of(a, b, c, d, e));
        assertEquals(java.util.Arrays.asList(null, ACT, "报告信息 Report"), new ArrayList<>(g.keySet()));
        assertEquals(List.of(2, 6), new ArrayList<>(g.get(ACT).keySet()), "rows ascending");
        assertEquals(List.of(e, d), g.get(ACT).get(2), "cells by column");
    }
}
