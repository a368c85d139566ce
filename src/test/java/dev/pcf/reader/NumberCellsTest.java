package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.reader.TestWorkbook.Error;
import dev.pcf.reader.TestWorkbook.Formula;
import dev.pcf.reader.TestWorkbook.Percent;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Number cells: numeric, formula, text; percent and fraction columns; everything else an error
 * naming the cell. Amount is column D, allocation G, ±% L of the Activity sheet (template order);
 * oxidation rate is column K of Factors.
 */
class NumberCellsTest {

    private static Reading amount(Object value) {
        return TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.AMOUNT, value).readXlsx();
    }

    private static double readAmount(Object value) {
        Reading r = amount(value);
        Expect.errors(r);
        return r.workbook().activities().get(0).amount();
    }

    @Test
    void rejectsTextInNumberColumn() {
        Expect.errors(amount("abc"), "'活动数据 Activity'!D2: 数量 Amount must be a number, found \"abc\"");
    }

    @Test
    void rejectsCommaThatIsNotThousandsGrouping() {
        Expect.errors(amount("1,2"), "'活动数据 Activity'!D2: 数量 Amount must be a number, found \"1,2\"; a comma is read"
                + " only as a thousands separator (1,234.5) and the decimal point is \".\": write 1.2 if a decimal comma"
                + " is meant");
        Expect.errors(amount("12,5"), "'活动数据 Activity'!D2: 数量 Amount must be a number, found \"12,5\"; a comma is read"
                + " only as a thousands separator (1,234.5) and the decimal point is \".\": write 12.5 if a decimal comma"
                + " is meant");
        Expect.errors(amount("1,23,456"), "'活动数据 Activity'!D2: 数量 Amount must be a number, found \"1,23,456\"; a comma"
                + " is read only as a thousands separator (1,234.5) and the decimal point is \".\"");
    }

    @Test
    void rejectsErrorValues() {
        Expect.errors(amount(new Error(FormulaError.DIV0)), "'活动数据 Activity'!D2: 数量 Amount must be a number, found #DIV/0!");
        Expect.errors(amount(new Error(FormulaError.REF)), "'活动数据 Activity'!D2: 数量 Amount must be a number, found #REF!");
        // a formula evaluating to an error: 1/0
        Expect.errors(amount(new Formula("1/0")), "'活动数据 Activity'!D2: 数量 Amount must be a number, found #DIV/0!");
    }

    @Test
    void rejectsNanInfinityAndBooleans() {
        Expect.errors(amount("NaN"), "'活动数据 Activity'!D2: 数量 Amount must be a number, found \"NaN\"");
        Expect.errors(amount("Infinity"), "'活动数据 Activity'!D2: 数量 Amount must be a number, found \"Infinity\"");
        Expect.errors(amount("1e999"), "'活动数据 Activity'!D2: 数量 Amount must be a number, found \"1e999\"");
        Expect.errors(amount(true), "'活动数据 Activity'!D2: 数量 Amount must be a number, found TRUE");
    }

    @Test
    void readsNumberText() {
        assertEquals(1234.5, readAmount("1,234.5"));
        assertEquals(1234567.0, readAmount("1,234,567"));
        assertEquals(0.125, readAmount("12.5%"));       // 12.5 / 100
        assertEquals(12.5, readAmount("１２．５"));       // full-width digits
        assertEquals(0.5, readAmount(".5"));
        assertEquals(1500.0, readAmount(" 1.5e3 "));
    }

    @Test
    void evaluatesFormulas() {
        assertEquals(12.5, readAmount(new Formula("25/2")));
        // refers to another cell of the row: the item's English name is not a number, so use the allocation cell G2
        TestWorkbook t = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.ALLOCATION, 0.5)
                .set(Schema.ACTIVITY, 2, Activity.AMOUNT, new Formula("G2*30"));
        assertEquals(15.0, t.readXlsx().workbook().activities().get(0).amount()); // 0.5 × 30
        // a formula giving number text is read like number text
        assertEquals(1234.0, readAmount(new Formula("\"1,\"&\"234\"")));
    }

    @Test
    void refusesFormulaReferringToAnotherWorkbook() {
        byte[] bytes = TestWorkbook.edit(TestWorkbook.minimal().xlsx(), wb -> {
            XSSFCell c = wb.getSheet("活动数据 Activity").getRow(1).getCell(3);
            c.setCellFormula("1+1");
            c.getCTCell().getF().setStringValue("[1]Sheet1!A1*2");
        });
        Expect.errors(WorkbookReader.read(bytes, "test.xlsx"), "'活动数据 Activity'!D2: 数量 Amount: formula =[1]Sheet1!A1*2 "
                + "refers to another workbook or program; external links are not followed, enter the value instead");
    }

    @Test
    void reportsFormulaThatCannotBeEvaluated() {
        Reading r = amount(new Formula("FOOBAR(1)"));
        Expect.errors(r, "'活动数据 Activity'!D2: 数量 Amount: formula =FOOBAR(1) could not be evaluated (FOOBAR is not a function the reader can evaluate)");
    }

    private static Double percent(Object value) {
        Reading r = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.PERCENT, value).readXlsx();
        Expect.errors(r);
        return r.workbook().activities().get(0).uncertainty().percent();
    }

    @Test
    void readsUncertaintyPercentInPercent() {
        assertEquals(5.0, percent(5.0));
        assertEquals(5.0, percent("5%"));
        assertEquals(5.0, percent(new Percent(0.05)));   // shown as 5 %, stored 0.05
        assertEquals(12.5, percent("12.5%"));
        assertEquals(5.0, percent("5"));
    }

    private static double allocation(Object value) {
        Reading r = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.ALLOCATION, value).readXlsx();
        Expect.errors(r);
        return r.workbook().activities().get(0).allocation();
    }

    @Test
    void readsAllocationAsFraction() {
        assertEquals(0.98, allocation(0.98));
        assertEquals(0.98, allocation("98%"));
        assertEquals(0.98, allocation(new Percent(0.98)));
        assertEquals(1.0, allocation("100%"));
        assertEquals(0.0, allocation(0.0));
    }

    @Test
    void rejectsAllocationOutsideZeroToOne() {
        Reading r = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.ALLOCATION, 1.5)
                .set(Schema.ACTIVITY, 3, Activity.ALLOCATION, "-10%").readXlsx();
        Expect.errors(r, "'活动数据 Activity'!G2: 分配系数 Allocation factor must be between 0 and 1, found 1.5",
                "'活动数据 Activity'!G3: 分配系数 Allocation factor must be between 0 and 1, found \"-10%\"");
    }

    private static Reading oxidation(Object value) {
        return TestWorkbook.minimal().set(Schema.FACTORS, 2, Factor.OXIDATION_RATE, value)
                .set(Schema.FACTORS, 2, Factor.CARBON_CONTENT, 15.3).readXlsx();
    }

    @Test
    void readsOxidationRateAsFractionOrPercent() {
        for (Object v : new Object[] {0.98, "98%", new Percent(0.98), 98.0, "98"}) {
            Reading r = oxidation(v);
            Expect.errors(r);
            assertEquals(0.98, r.workbook().factors().get(0).oxidationRate(), "for " + v);
        }
    }

    @Test
    void rejectsOxidationRateAboveHundredPercent() {
        Expect.errors(oxidation(120.0),
                "'排放因子 Factors'!K2: 碳氧化率 Oxidation rate must be a fraction 0–1 or a percent up to 100, found 120");
        Expect.errors(oxidation("150%"),
                "'排放因子 Factors'!K2: 碳氧化率 Oxidation rate must be a fraction 0–1 or a percent up to 100, found \"150%\"");
    }

    @Test
    void readsNumbersInTextColumnsAsPlainText() {
        Reading r = TestWorkbook.minimal().set(Schema.FACTORS, 2, Factor.YEAR, 2022.0).readXlsx();
        assertEquals("2022", r.workbook().factors().get(0).year());
    }
}
