package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.Activity;
import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.DataType;
import dev.pcf.model.Factor;
import dev.pcf.model.GwpSet;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.Stage;
import dev.pcf.model.SystemBoundary;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyInput;
import dev.pcf.reader.TestWorkbook.Formula;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The reader on valid workbooks: records read, layout independence, formats. */
class WorkbookReaderTest {

    @Test
    void readsMinimalWorkbookToExpectedRecords() {
        Reading r = TestWorkbook.minimal().readXlsx();
        assertEquals(List.of(), r.problems());
        PcfWorkbook w = r.workbook();
        assertNotNull(w);

        ReportInfo i = w.info();
        assertEquals("T410267-3", i.reportNo());
        assertEquals(LocalDate.of(2024, 5, 20), i.issueDate());
        assertEquals(ReportLanguage.ZH_EN, i.language());
        assertEquals(Text.of("集中式 DTU", "Centralised DTU"), i.productName());
        assertEquals(Text.of("测试电子有限公司", "Test Electronics Co., Ltd."), i.manufacturer());
        assertEquals(Text.of("1 台集中式 DTU", "1 centralised DTU"), i.functionalUnit());
        assertEquals(SystemBoundary.CRADLE_TO_GATE, i.boundary());
        assertEquals(LocalDate.of(2023, 1, 1), i.periodStart());
        assertEquals(LocalDate.of(2023, 12, 31), i.periodEnd());
        assertEquals(1000.0, i.annualProduction());
        // contract defaults for fields not given
        assertEquals(ReportInfo.DEFAULT_STANDARD, i.standard());
        assertEquals(4, i.decimals());
        assertEquals(GwpSet.AR6, i.gwpSet());
        assertEquals(null, i.mcIterations());
        assertEquals("'报告信息 Report'!B2", i.cell("reportNo").toString());

        assertEquals(List.of(
                new Stage("RAW", Text.of("原材料获取", "Raw material acquisition"), true, Text.EMPTY, Text.EMPTY, null),
                new Stage("PRODUCTION", Text.of("产品生产", "Production"), true, Text.EMPTY, Text.EMPTY, null)),
                w.stages().stream().map(TestWorkbook::withoutCells).toList());
        assertEquals(List.of(
                new Factor(0, "EF-ELEC", Text.of("华东电网电力", "East China grid electricity"), 0.5703, "kgCO2e/kWh", null,
                        CarbonOrigin.FOSSIL, null, null, null, null, "生态环境部 2022", null, UncertaintyInput.NONE_GIVEN, null, null),
                new Factor(1, "EF-STEEL", Text.of("钢材", "Steel"), 2.1, "kgCO2e/kg", null,
                        CarbonOrigin.FOSSIL, null, null, null, null, null, null, UncertaintyInput.NONE_GIVEN, null, null)),
                w.factors().stream().map(TestWorkbook::withoutCells).toList());
        assertEquals(List.of(
                new Activity(0, "RAW", Text.of("钢材", "Steel"), 12.5, "kg", Basis.UNIT, 1.0, "EF-STEEL", null, null,
                        UncertaintyInput.NONE_GIVEN, null, null),
                new Activity(1, "PRODUCTION", Text.of("电力", "Electricity"), 1500.0, "kWh", Basis.ANNUAL, 1.0, "EF-ELEC",
                        DataType.PRIMARY, null, UncertaintyInput.NONE_GIVEN, null, null)),
                w.activities().stream().map(TestWorkbook::withoutCells).toList());
        // the amount of the first activity row is in column D (template order: stage, item zh, item en, amount)
        assertEquals("'活动数据 Activity'!D2", w.activities().get(0).cells().cell(Activity.AMOUNT).toString());
        assertEquals(List.of(), w.team());
        assertEquals(List.of(), w.pictures());
    }

    @Test
    void keepsSourceFileNameHashAndBytes() {
        byte[] bytes = TestWorkbook.minimal().xlsx();
        PcfWorkbook w = WorkbookReader.read(bytes, "JX0317-D30.xlsx").workbook();
        assertEquals("JX0317-D30.xlsx", w.source().fileName());
        // independent SHA-256 through the JDK, hex lower case
        String expected = java.util.HexFormat.of().formatHex(sha256(bytes));
        assertEquals(expected, w.source().sha256());
        assertEquals(64, w.source().sha256().length());
        org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, w.source().bytes());
    }

    private static byte[] sha256(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shuffledColumnsExtraColumnTextNumbersAndFormulasGiveSameRecords() {
        TestWorkbook plain = TestWorkbook.minimal();
        TestWorkbook odd = TestWorkbook.minimal()
                .moveColumn(Schema.ACTIVITY, Activity.AMOUNT, 0)
                .moveColumn(Schema.ACTIVITY, Activity.FACTOR_ID, 2)
                .moveColumn(Schema.FACTORS, Factor.VALUE, 0)
                .moveColumn(Schema.STAGES, Stage.CODE, 3)
                .extraColumn(Schema.ACTIVITY, "我的备注 My own column", 1)
                .extraColumn(Schema.FACTORS, "内部编号", 4)
                // numbers as text and as formulas: 12.5 = 25/2, 1500 = "1,500", 0.5703 as text, 2.1 = 2 + 0.1
                .set(Schema.ACTIVITY, 2, Activity.AMOUNT, new Formula("25/2"))
                .set(Schema.ACTIVITY, 3, Activity.AMOUNT, "1,500")
                .set(Schema.FACTORS, 2, Factor.VALUE, "0.5703")
                .set(Schema.FACTORS, 3, Factor.VALUE, new Formula("2+0.1"));
        Reading a = plain.readXlsx();
        Reading b = odd.readXlsx();
        assertEquals(List.of(), b.problems());
        assertEquals(TestWorkbook.content(a.workbook()), TestWorkbook.content(b.workbook()));
        assertEquals("'活动数据 Activity'!A2", b.workbook().activities().get(0).cells().cell(Activity.AMOUNT).toString());
    }

    @Test
    void xlsEqualsXlsx() {
        TestWorkbook t = TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.AMOUNT, new Formula("25/2"));
        Reading x = t.readXlsx();
        Reading h = t.readXls();
        assertEquals(List.of(), h.problems());
        assertEquals(TestWorkbook.content(x.workbook()), TestWorkbook.content(h.workbook()));
    }

    @Test
    void headersInSlashFormAndEnglishOnlyMatch() {
        TestWorkbook slash = TestWorkbook.minimal();
        TestWorkbook english = TestWorkbook.minimal();
        for (Schema.Column c : Schema.ACTIVITY_COLUMNS) {
            slash.header(Schema.ACTIVITY, c.field(), c.zh() + " / " + c.en());
            english.header(Schema.ACTIVITY, c.field(), c.en());
        }
        for (Schema.Column c : Schema.FACTOR_COLUMNS) {
            english.header(Schema.FACTORS, c.field(), c.en().toUpperCase(java.util.Locale.ROOT));
        }
        english.sheetName(Schema.ACTIVITY, "Activity").sheetName(Schema.FACTORS, "排放因子");
        Reading base = TestWorkbook.minimal().readXlsx();
        Reading s = slash.readXlsx();
        Reading e = english.readXlsx();
        assertEquals(List.of(), s.problems());
        assertEquals(List.of(), e.problems());
        assertEquals(TestWorkbook.content(base.workbook()), TestWorkbook.content(s.workbook()));
        assertEquals(TestWorkbook.content(base.workbook()), TestWorkbook.content(e.workbook()));
    }

    @Test
    void readsFileFromDiskAndReadOrThrowReturnsWorkbook(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path f = dir.resolve("JX.xlsx");
        java.nio.file.Files.write(f, TestWorkbook.minimal().xlsx());
        PcfWorkbook w = WorkbookReader.readOrThrow(f);
        assertEquals("JX.xlsx", w.source().fileName());
        assertEquals(2, w.activities().size());
    }
}
