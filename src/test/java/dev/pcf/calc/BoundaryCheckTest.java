package dev.pcf.calc;

import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.reader.ReportWorkbooks;
import dev.pcf.reader.WorkbookReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The system boundary and the included stages agree (issue 9). */
class BoundaryCheckTest {
    // stage rows: 2 RAW, 3 PRODUCTION (both with lines), 4 RAW_TRANSPORT, 5 DISTRIBUTION, 6 USE, 7 EOL (no lines);
    // the Included column is D; the boundary is the 12th Report field, B13
    private static List<String> problems(String boundary) {
        PcfWorkbook wb = WorkbookReader.read(ReportWorkbooks.sixStages(boundary), "b.xlsx").workbook();
        return Calculator.check(wb).stream().map(p -> (p.isError() ? "error: " : "warning: ") + p).toList();
    }

    /** The warning for an included stage without lines, at the stage's Included cell (column D). */
    static String noLines(String row, String stage) {
        return "warning: '生命周期阶段 Stages'!D" + row + ": stage " + stage + " is included but has no activity rows, so"
                + " its result is 0: enter its inventory on the Activity sheet, or mark it 否 no if it is outside the study";
    }

    @Test
    void cradleToGateWithStagesAfterTheGateIsAWarningAtTheStageNamingTheBoundaryCell() {
        String after = " is included, but the system boundary ('报告信息 Report'!B13) is cradle-to-gate, which ends at the"
                + " factory gate: mark the stage 否 no, or set the boundary to cradle-to-grave";
        // RAW_TRANSPORT is inside the boundary but has no lines; the stages after the gate are told they are
        // outside it, once each (not also that they have no lines)
        assertEquals(List.of(
                noLines("4", "RAW_TRANSPORT (原材料运输 Raw material transport)"),
                "warning: '生命周期阶段 Stages'!D5: stage DISTRIBUTION (成品运输 Distribution)" + after,
                "warning: '生命周期阶段 Stages'!D6: stage USE (产品使用 Use)" + after,
                "warning: '生命周期阶段 Stages'!D7: stage EOL (产品处置 End of life)" + after), problems("cradle-to-gate"));
    }

    @Test
    void gateToGateWithRawMaterialAcquisitionIsAnError() {
        List<String> p = problems("gate-to-gate");
        assertEquals("error: '生命周期阶段 Stages'!D2: stage RAW (原材料获取 Raw material acquisition) is included, but the"
                + " system boundary ('报告信息 Report'!B13) is gate-to-gate, which covers production only: mark the"
                + " stage 否 no, or set the boundary to cradle-to-gate", p.get(0));
        // RAW, RAW_TRANSPORT, DISTRIBUTION, USE, EOL: five errors; PRODUCTION is what gate-to-gate covers
        assertEquals(5, p.stream().filter(s -> s.startsWith("error")).count(), p.toString());
    }

    @Test
    void cradleToGraveWarnsAboutEachIncludedStageWithoutLines() {
        assertEquals(List.of(noLines("4", "RAW_TRANSPORT (原材料运输 Raw material transport)"),
                noLines("5", "DISTRIBUTION (成品运输 Distribution)"), noLines("6", "USE (产品使用 Use)"),
                noLines("7", "EOL (产品处置 End of life)")), problems("cradle-to-grave"));
    }
}
