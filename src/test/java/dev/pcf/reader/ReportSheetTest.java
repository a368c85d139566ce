package dev.pcf.reader;

import dev.pcf.model.GwpSet;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.SystemBoundary;
import dev.pcf.model.Text;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Report sheet. In the minimal workbook the value cells are B2 report No., B3 issue date, B4
 * language, B5 verification body, B6/B7 product name zh/en, B8 model, B9/B10 manufacturer, B11/B12
 * functional unit, B13 boundary, B14/B15 period start/end, B16 annual production; fields added by a
 * test follow from B17.
 */
class ReportSheetTest {

    private static ReportInfo info(TestWorkbook t) {
        Reading r = t.readXlsx();
        Expect.errors(r);
        return r.workbook().info();
    }

    @Test
    void rejectsEmptyRequiredField() {
        Expect.errors(TestWorkbook.minimal().report("reportNo", null).readXlsx(),
                "'报告信息 Report'!B2: 报告编号 Report No. is required but empty");
    }

    @Test
    void rejectsAbsentRequiredField() {
        Expect.errors(TestWorkbook.minimal().dropReportField("model").readXlsx(),
                "'报告信息 Report': required field 规格型号 Model not found in the 字段 Field column");
    }

    @Test
    void readsDateTextInEveryAcceptedForm() {
        for (String text : new String[] {"2024-05-20", "2024/5/20", "2024.05.20", "2024年5月20日", " 2024-5-20 "}) {
            assertEquals(LocalDate.of(2024, 5, 20), info(TestWorkbook.minimal().report("issueDate", text)).issueDate(), text);
        }
        // a formula giving a date cell: DATE(2024,5,20) is serial 45432 formatted as a date by the template style
        assertEquals(LocalDate.of(2024, 5, 20), info(TestWorkbook.minimal().report("issueDate", LocalDate.of(2024, 5, 20))).issueDate());
    }

    @Test
    void rejectsOtherDates() {
        Expect.errors(TestWorkbook.minimal().report("issueDate", "20/05/2024").readXlsx(),
                "'报告信息 Report'!B3: 签发日期 Issue date must be a date (a date cell or yyyy-mm-dd), found \"20/05/2024\"");
        Expect.errors(TestWorkbook.minimal().report("issueDate", "2024-02-30").readXlsx(),
                "'报告信息 Report'!B3: 签发日期 Issue date is not a valid date, found \"2024-02-30\"");
        // a plain number without a date format is not taken for a date serial
        Expect.errors(TestWorkbook.minimal().report("issueDate", 45432.0).readXlsx(),
                "'报告信息 Report'!B3: 签发日期 Issue date must be a date (a date cell or yyyy-mm-dd), found 45432");
    }

    @Test
    void rejectsPeriodEndBeforeStart() {
        Expect.errors(TestWorkbook.minimal().report("periodEnd", "2022-12-31").readXlsx(),
                "'报告信息 Report'!B15: 数据结束日期 Reference period end 2022-12-31 is before 数据开始日期 Reference period "
                        + "start 2023-01-01 ('报告信息 Report'!B14)");
    }

    @Test
    void readsBoundaryCodesAndChineseLabels() {
        Map<String, SystemBoundary> words = Map.of("摇篮到坟墓", SystemBoundary.CRADLE_TO_GRAVE,
                "Cradle-to-Grave", SystemBoundary.CRADLE_TO_GRAVE, "摇篮到大门 cradle-to-gate", SystemBoundary.CRADLE_TO_GATE,
                "大门到大门", SystemBoundary.GATE_TO_GATE, "gate-to-gate", SystemBoundary.GATE_TO_GATE);
        words.forEach((w, b) -> assertEquals(b, info(TestWorkbook.minimal().report("boundary", w)).boundary(), w));
        Expect.errors(TestWorkbook.minimal().report("boundary", "cradle-to-cradle").readXlsx(),
                "'报告信息 Report'!B13: 系统边界 System boundary must be one of cradle-to-grave (摇篮到坟墓), "
                        + "cradle-to-gate (摇篮到大门), gate-to-gate (大门到大门), found \"cradle-to-cradle\"");
    }

    @Test
    void readsYesNoWords() {
        Map<Object, Boolean> words = new java.util.LinkedHashMap<>();
        for (String y : new String[] {"是", "yes", "Y", "true", "1", "是 yes", "是 / yes"}) words.put(y, true);
        for (String n : new String[] {"否", "NO", "n", "false", "0", "否 no"}) words.put(n, false);
        words.put(1.0, true);
        words.put(0.0, false);
        words.put(Boolean.TRUE, true);
        words.forEach((w, b) -> assertEquals(b, info(TestWorkbook.minimal().report("packagingIncluded", w)).packagingIncluded(),
                String.valueOf(w)));
        assertEquals(null, info(TestWorkbook.minimal()).packagingIncluded());
        Expect.errors(TestWorkbook.minimal().report("packagingIncluded", "maybe").readXlsx(),
                "'报告信息 Report'!B17: 包装是否包含 Packaging included must be one of 是, 否, yes, no, found \"maybe\"");
    }

    @Test
    void readsOptionalFieldsAndDefaults() {
        ReportInfo i = info(TestWorkbook.minimal().report("language", "EN").report("decimals", 2.0).report("gwpSet", "ar5")
                .report("mcIterations", "200,000").report("seed", 42.0).report("standard", "ISO 14067:2018")
                .report("verificationBodyEn", "Test Certification Co.").report("productMassKg", "1.25")
                .report("productionRegion", "CN-ZJ").report("purpose", "评价目的").report("purposeEn", "Purpose"));
        assertEquals(ReportLanguage.EN, i.language());
        assertEquals(2, i.decimals());
        assertEquals(GwpSet.AR5, i.gwpSet());
        assertEquals(200000, i.mcIterations());
        assertEquals(42L, i.seed());
        assertEquals("ISO 14067:2018", i.standard());
        assertEquals(Text.of("测试认证有限公司", "Test Certification Co."), i.verificationBody());
        assertEquals(1.25, i.productMassKg());
        assertEquals("CN-ZJ", i.productionRegion());
        assertEquals(Text.of("评价目的", "Purpose"), i.purpose());
        assertEquals(Text.EMPTY, i.cutOffRule());
        assertEquals(null, i.address().isEmpty() ? null : i.address());
        assertEquals("'报告信息 Report'!B7", i.cell("productNameEn").toString());
        assertEquals("'报告信息 Report'!B17", i.cell("decimals").toString());
        assertEquals(null, i.cell("pcr"));
    }

    @Test
    void rejectsWrongOptionalValues() {
        Expect.errors(TestWorkbook.minimal().report("language", "fr").report("decimals", "2.5").report("mcIterations", 0.0)
                        .report("gwpSet", "AR7").readXlsx(),
                "'报告信息 Report'!B4: 报告语言 Report language must be one of zh, en, zh+en, found \"fr\"",
                "'报告信息 Report'!B17: 结果小数位 Decimals must be a whole number, found \"2.5\"",
                "'报告信息 Report'!B18: 蒙特卡洛迭代次数 Monte Carlo iterations must be a positive whole number, found 0",
                "'报告信息 Report'!B19: GWP 版本 GWP set must be one of AR6, AR5, AR4, found \"AR7\"");
    }

    @Test
    void warnsOnMissingEnglishReportTexts() {
        Reading r = TestWorkbook.minimal().report("productNameEn", null).report("functionalUnitEn", "")
                .dropReportField("manufacturerEn").readXlsx();
        Expect.errors(r);
        // problems without a cell (the field row is absent) come first, then by row
        Expect.warnings(r,
                "'报告信息 Report': 生产者名称（英文） Manufacturer (English) is empty: the English report will show the Chinese text",
                "'报告信息 Report'!B7: 产品名称（英文） Product name (English) is empty: the English report will show the Chinese text",
                "'报告信息 Report'!B11: 功能单位（英文） Functional unit (English) is empty: the English report will show the Chinese text");
    }

    @Test
    void findsValueColumnWhereverItIs() {
        // move the Value column to D: a note column and a user column before it
        byte[] bytes = TestWorkbook.edit(TestWorkbook.minimal().xlsx(), wb -> {
            var sheet = wb.getSheet("报告信息 Report");
            for (var row : sheet) {
                var b = row.getCell(1);
                var d = row.createCell(3);
                if (b != null) {
                    switch (b.getCellType()) {
                        case STRING -> d.setCellValue(b.getStringCellValue());
                        case NUMERIC -> {
                            d.setCellValue(b.getNumericCellValue());
                            d.setCellStyle(b.getCellStyle());
                        }
                        default -> { }
                    }
                    row.removeCell(b);
                }
            }
            sheet.getRow(0).createCell(1).setCellValue("备注 Remarks");
        });
        Reading r = WorkbookReader.read(bytes, "moved.xlsx");
        Expect.errors(r);
        assertEquals("T410267-3", r.workbook().info().reportNo());
        assertEquals(LocalDate.of(2024, 5, 20), r.workbook().info().issueDate());
        assertEquals("'报告信息 Report'!D2", r.workbook().info().cell("reportNo").toString());
    }

    @Test
    void reportsProblemsInRowOrder() {
        // parsed in dependency order (language first, dates before the period check), reported top to bottom
        Expect.errors(TestWorkbook.minimal().report("reportNo", null).report("periodEnd", "2022-12-31")
                        .report("language", "fr").report("model", "").readXlsx(),
                "'报告信息 Report'!B2: 报告编号 Report No. is required but empty",
                "'报告信息 Report'!B4: 报告语言 Report language must be one of zh, en, zh+en, found \"fr\"",
                "'报告信息 Report'!B8: 规格型号 Model is required but empty",
                "'报告信息 Report'!B15: 数据结束日期 Reference period end 2022-12-31 is before 数据开始日期 Reference period "
                        + "start 2023-01-01 ('报告信息 Report'!B14)");
    }

    @Test
    void takesLabelsFromColumnAWhenFieldHeaderIsMissing() {
        byte[] bytes = TestWorkbook.edit(TestWorkbook.minimal().xlsx(),
                wb -> wb.getSheet("报告信息 Report").getRow(0).getCell(0).setCellValue(""));
        Reading r = WorkbookReader.read(bytes, "test.xlsx");
        Expect.errors(r);
        assertEquals("JX0317-D30", r.workbook().info().model());
    }

    @Test
    void namesBothCellsOfRepeatedField() {
        byte[] bytes = TestWorkbook.edit(TestWorkbook.minimal().xlsx(), wb -> {
            var row = wb.getSheet("报告信息 Report").createRow(20);
            row.createCell(0).setCellValue("Model");
            row.createCell(1).setCellValue("JX0317-D31");
        });
        Expect.errors(WorkbookReader.read(bytes, "test.xlsx"),
                "'报告信息 Report'!A21: field 规格型号 Model repeats the field at '报告信息 Report'!A8; keep only one");
    }
}
