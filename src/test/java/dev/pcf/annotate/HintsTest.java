package dev.pcf.annotate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The annotated workbook's hint for the stage checks, in Chinese and English (issue 9). */
class HintsTest {
    @Test
    void anIncludedStageWithoutLinesAsksForItsInventoryOrToExcludeIt() {
        Hints.Hint h = Hints.of("stage USE (产品使用 Use) is included but has no activity rows, so its result is 0: enter"
                + " its inventory on the Activity sheet, or mark it 否 no if it is outside the study");
        assertEquals("在活动数据表中填写该阶段的清单数据；如该阶段不在研究范围内，将“是否包含”改为 否。", h.zh());
        assertEquals("enter the stage's inventory on the Activity sheet, or mark the stage 否 no if it is outside the study.",
                h.en());
    }

    @Test
    void aStageOutsideTheBoundaryAsksToAgreeWithIt() {
        Hints.Hint h = Hints.of("stage EOL (产品处置 End of life) is included, but the system boundary ('报告信息 Report'!B13)"
                + " is cradle-to-gate, which ends at the factory gate: mark the stage 否 no, or set the boundary to cradle-to-grave");
        assertEquals("与系统边界一致的阶段：边界外的阶段标为 否，或改选系统边界。", h.zh());
    }
}
