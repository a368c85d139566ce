package dev.pcf.reader;

import dev.pcf.Pcf;
import dev.pcf.model.Activity;
import dev.pcf.model.CellRef;
import dev.pcf.model.DroppedRow;
import dev.pcf.model.Problem;
import dev.pcf.workbook.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reader names the activity rows it refused (issue 9), so that what follows does not draw
 * conclusions from their absence: a stage whose rows were all refused is not "without activity rows",
 * and a total that lacks refused lines is not worth a warning of its own. Whole messages, as
 * {@code pcf validate} prints them.
 */
class DroppedRowsTest {
    private static final String ACTIVITY = "'活动数据 Activity'!";

    private static String noLines(String row, String stage) {
        return "'生命周期阶段 Stages'!D" + row + ": stage " + stage + " is included but has no activity rows, so"
                + " its result is 0: enter its inventory on the Activity sheet, or mark it 否 no if it is outside the study";
    }

    private static List<String> validate(TestWorkbook t) {
        return Pcf.validate(t.xlsx(), "t.xlsx").problems().stream().map(Problem::toString).toList();
    }

    private static TestWorkbook line(TestWorkbook t, String stage, Object amount) {
        return t.row(Schema.ACTIVITY, Map.of(Activity.STAGE, stage, Activity.ITEM_ZH, "钢材运输",
                Activity.ITEM_EN, "Steel transport", Activity.AMOUNT, amount, Activity.UNIT, "kg",
                Activity.FACTOR_ID, "EF-STEEL"));
    }

    @Test
    void aStageWhoseRowsWereRefusedIsNotSaidToHaveNone() {
        // rows 2 RAW and 3 PRODUCTION are good; row 4 (RAW_TRANSPORT) and row 5 (DISTRIBUTION, named by
        // its Chinese name) are refused; USE and EOL have no rows at all
        TestWorkbook t = line(ReportWorkbooks.sixStagesWorkbook("cradle-to-grave"), "RAW_TRANSPORT", "abc");
        line(t, "成品运输", -1.0);
        Reading r = t.readXlsx();
        assertEquals(List.of(new DroppedRow(CellRef.wholeRow("活动数据 Activity", 3), "RAW_TRANSPORT"),
                new DroppedRow(CellRef.wholeRow("活动数据 Activity", 4), "DISTRIBUTION")), r.workbook().dropped());
        assertEquals(List.of(ACTIVITY + "D4: 数量 Amount must be a number, found \"abc\"",
                ACTIVITY + "D5: 数量 Amount must be ≥ 0, found -1",
                ACTIVITY + "A5: 阶段代码 Stage code \"成品运输\" is a stage name, not a code: read as DISTRIBUTION,"
                        + " the stage of that name ('生命周期阶段 Stages'!A5)",
                noLines("6", "USE (产品使用 Use)"), noLines("7", "EOL (产品处置 End of life)")), validate(t));
    }

    @Test
    void aRefusedRowWithoutAReadableStageLeavesEveryStageUnjudged() {
        // the row may have been meant for any stage: only the reader's error, no guess about the others
        TestWorkbook t = line(ReportWorkbooks.sixStagesWorkbook("cradle-to-grave"), "PACK", 1.0);
        assertEquals(List.of(new DroppedRow(CellRef.wholeRow("活动数据 Activity", 3), null)),
                t.readXlsx().workbook().dropped());
        assertEquals(List.of(ACTIVITY + "A4: 阶段代码 Stage code \"PACK\" is not a stage code of the Stages sheet"
                + " (RAW, PRODUCTION, RAW_TRANSPORT, DISTRIBUTION, USE, EOL)"), validate(t));
    }

    @Test
    void withoutAnyActivityRowOnlyTheReaderSpeaks() {
        TestWorkbook t = TestWorkbook.reportAndStages();
        assertEquals(List.of("'活动数据 Activity': no activity rows; enter the inventory from row 2 down"), validate(t));
    }

    @Test
    void aZeroTotalIsAWarningOnlyWhenNoRowWasRefused() {
        // both rows of the minimal workbook at 0: the total is 0, which the company should know
        TestWorkbook zero = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.AMOUNT, 0.0)
                .set(Schema.ACTIVITY, 3, Activity.AMOUNT, 0.0);
        String zeroAmount = ": 数量 Amount is 0: the line adds nothing to the footprint";
        assertEquals(List.of(ACTIVITY + "D2" + zeroAmount, ACTIVITY + "D3" + zeroAmount,
                "The total is 0 kg CO2e per functional unit; every share is shown as 0"), validate(zero));
        // row 2 refused, row 3 at 0: the total is 0 because of the refused row, which is reported already
        TestWorkbook refused = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.AMOUNT, "abc")
                .set(Schema.ACTIVITY, 3, Activity.AMOUNT, 0.0);
        assertEquals(List.of(ACTIVITY + "D2: 数量 Amount must be a number, found \"abc\"", ACTIVITY + "D3" + zeroAmount),
                validate(refused));
    }

    @Test
    void aNegativeTotalIsAWarningOnlyWhenNoRowWasRefused() {
        // the emitting row refused, a removal left: "removals exceed the emissions" would be false
        TestWorkbook t = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.AMOUNT, "abc");
        t.row(Schema.FACTORS, Map.of(dev.pcf.model.Factor.ID, "EF-REMOVAL", dev.pcf.model.Factor.NAME_ZH, "竹材固碳",
                dev.pcf.model.Factor.NAME_EN, "Bamboo uptake", dev.pcf.model.Factor.VALUE, -1.6,
                dev.pcf.model.Factor.UNIT, "kgCO2/kg", dev.pcf.model.Factor.ORIGIN, "biogenic-removal"));
        t.row(Schema.ACTIVITY, Map.of(Activity.STAGE, "RAW", Activity.ITEM_ZH, "竹材", Activity.ITEM_EN, "Bamboo",
                Activity.AMOUNT, 100.0, Activity.UNIT, "kg", Activity.FACTOR_ID, "EF-REMOVAL"));
        assertEquals(List.of(ACTIVITY + "D2: 数量 Amount must be a number, found \"abc\""), validate(t));
        // the same workbook with row 2 read: 26.25 + 0.855 − 160 < 0, and the warning is right
        t.set(Schema.ACTIVITY, 2, Activity.AMOUNT, 12.5);
        assertEquals(1, validate(t).stream().filter(p -> p.startsWith("The total is negative (")).count(), validate(t)::toString);
    }
}
