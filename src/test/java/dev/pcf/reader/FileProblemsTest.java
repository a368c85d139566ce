package dev.pcf.reader;

import dev.pcf.workbook.Schema;

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
        Expect.errors(r, "JX.xlsx: not an Excel workbook: the file is neither a zip (.xlsx) nor an OLE2 (.xls) container (perhaps CSV or text); expected .xlsx, .xlsm or .xls (open it in Excel and save as Excel Workbook)");
    }

    @Test
    void rejectsEmptyFile() {
        Reading r = WorkbookReader.read(new byte[0], "empty.xls");
        assertNull(r.workbook());
        Expect.errors(r, "empty.xls: the file is empty (0 bytes); expected an Excel workbook (.xlsx, .xlsm or .xls)");
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
        Expect.errors(r, "locked.xls: the workbook is password-protected (encrypted); save it without a password (File › Info › Protect Workbook › Encrypt with Password: clear it) and send it again");
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
        assertEquals("notes.txt: not an Excel workbook: the file is neither a zip (.xlsx) nor an OLE2 (.xls) container (perhaps CSV or text); expected .xlsx, .xlsm or .xls (open it in Excel and save as Excel Workbook)", e.errors().get(0).toString());
    }

    @Test
    void rejectsPasswordProtectedXlsx() throws Exception {
        byte[] plain = TestWorkbook.minimal().xlsx();
        var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        var encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(new java.io.ByteArrayInputStream(plain));
             var os = encryptor.getDataStream(fs)) {
            pkg.save(os);
        }
        var out = new java.io.ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        Reading r = WorkbookReader.read(out.toByteArray(), "locked.xlsx");
        assertNull(r.workbook());
        Expect.errors(r, "locked.xlsx: the workbook is password-protected (encrypted); save it without a password (File › Info › Protect Workbook › Encrypt with Password: clear it) and send it again");
    }

    @Test
    void readsMacroEnabledWorkbookForDataOnly() throws IOException {
        // the same sheets saved as .xlsm: the reader takes the data and never runs anything
        byte[] xlsx = TestWorkbook.minimal().xlsx();
        byte[] xlsm;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            wb.setWorkbookType(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM);
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            xlsm = out.toByteArray();
        }
        Reading r = WorkbookReader.read(xlsm, "JX.xlsm");
        Expect.errors(r);
        assertEquals(2, r.workbook().activities().size());
    }

    @Test
    void rejectsTwoSheetsNamingTheSameSheet() {
        Reading r = TestWorkbook.minimal().extraSheet("Activity").readXlsx();
        assertNull(r.workbook());
        Expect.errors(r, "test.xlsx: sheets '活动数据 Activity' and Activity both name the sheet 活动数据 Activity; keep only one");
    }

    @Test
    void refusesOversizedFileBeforeParsing(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.xlsx");
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {1}), WorkbookReader.MAX_FILE_BYTES); // 50 MiB + 1 byte, sparse
        }
        Reading r = WorkbookReader.read(f);
        assertNull(r.workbook());
        Expect.errors(r, "huge.xlsx: the file is 52,428,801 bytes, more than the limit of 50.0 MB (52,428,800 bytes); remove pictures or unused sheets, or split the workbook");
    }

    @Test
    void rejectsZipThatIsNotAWorkbook() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Reading r = WorkbookReader.read(out.toByteArray(), "data.xlsx");
        assertNull(r.workbook());
        Expect.errors(r, "data.xlsx: not an Excel workbook: a zip archive without the parts of a workbook; expected .xlsx or .xls");
    }
}
