package dev.pcf.workbook;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.InputException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Problems with the file as a whole: not a workbook, locked, sheets and header rows. */
class FileProblemsTest {

    @Test
    void rejectsFileThatIsNotAWorkbook() {
        Reading r = WorkbookReader.read("name,amount\nsteel,12\n".getBytes(StandardCharsets.UTF_8), "JX.xlsx");
        assertNull(r.workbook());
        Expect.errors(r, "JX.xlsx: not an Excel workbook (.xlsx or .xls)");
    }

    @Test
    void rejectsEmptyFile() {
        Reading r = WorkbookReader.read(new byte[0], "empty.xls");
        assertNull(r.workbook());
        Expect.errors(r, "empty.xls: not an Excel workbook (.xlsx or .xls)");
    }

    @Test
    void rejectsPasswordProtectedXls() {
        byte[] locked;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            locked = TestWorkbook.minimal().xls();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        Reading r = WorkbookReader.read(locked, "locked.xls");
        assertNull(r.workbook());
        Expect.errors(r, "locked.xls: the workbook is password-protected; save it without a password to read it");
    }

    @Test
    void namesMissingRequiredSheet() {
        Reading r = TestWorkbook.minimal().dropSheet(Schema.FACTORS).readXlsx();
        assertNull(r.workbook());
        // the activity rows name factors that cannot be checked without the sheet: no noise about them
        Expect.errors(r, "test.xlsx: required sheet 排放因子 Factors not found "
                + "(sheets: 报告信息 Report, 生命周期阶段 Stages, 活动数据 Activity, 评价组 Team, 改进建议 Improvements)");
    }

    @Test
    void findsSheetsByEitherNameAndIgnoresOthers() {
        Reading r = TestWorkbook.minimal().sheetName(Schema.STAGES, "Stages").sheetName(Schema.REPORT, "报告信息")
                .extraSheet("我的计算 My sums").readXlsx();
        Expect.errors(r);
        assertEquals(2, r.workbook().stages().size());
    }

    @Test
    void namesMissingRequiredColumnWithSheetAndHeaderRow() {
        Reading r = TestWorkbook.minimal().dropColumn(Schema.ACTIVITY, Activity.AMOUNT).readXlsx();
        assertNull(r.workbook());
        Expect.errors(r, "'活动数据 Activity' header row 1: required column 数量 Amount not found");
    }

    @Test
    void namesBothCellsOfDuplicateHeader() {
        // Factor columns A..: ID, name zh, name en, value (D), unit (E); the unit header is replaced by a second 数值 Value
        Reading r = TestWorkbook.minimal().header(Schema.FACTORS, Factor.UNIT, "数值 Value").readXlsx();
        assertNull(r.workbook());
        Expect.errors(r,
                "'排放因子 Factors'!E1: header 数值 Value repeats the column at '排放因子 Factors'!D1; keep only one",
                "'排放因子 Factors' header row 1: required column 单位 Unit not found");
    }

    @Test
    void namesMissingValueColumnOfReport() {
        // a Report sheet whose header row says 内容 instead of 值 Value
        byte[] bytes = TestWorkbook.edit(TestWorkbook.minimal().xlsx(),
                wb -> wb.getSheet("报告信息 Report").getRow(0).getCell(1).setCellValue("内容"));
        Reading r = WorkbookReader.read(bytes, "test.xlsx");
        assertNull(r.workbook());
        Expect.errors(r, "'报告信息 Report' header row 1: required column 值 Value not found");
    }

    @Test
    void readOrThrowCarriesEveryProblem(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.xlsx");
        Files.write(f, TestWorkbook.minimal().set(Schema.ACTIVITY, 2, Activity.AMOUNT, "abc")
                .set(Schema.ACTIVITY, 3, Activity.AMOUNT, -1.0).xlsx());
        InputException e = assertThrows(InputException.class, () -> WorkbookReader.readOrThrow(f));
        assertEquals(2, e.errors().size());
        assertEquals("2 problems in the input" + System.lineSeparator()
                + "'活动数据 Activity'!D2: 数量 Amount must be a number, found \"abc\"" + System.lineSeparator()
                + "'活动数据 Activity'!D3: 数量 Amount must be ≥ 0, found -1", e.getMessage());
    }

    @Test
    void readOrThrowRejectsNonWorkbook(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "hello");
        InputException e = assertThrows(InputException.class, () -> WorkbookReader.readOrThrow(f));
        assertEquals("notes.txt: not an Excel workbook (.xlsx or .xls)", e.errors().get(0).toString());
    }
}
