package dev.pcf.annotate;

import dev.pcf.reader.SafeOpen;

import dev.pcf.model.CellRef;
import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import dev.pcf.reader.hostile.CorpusGenerator;
import dev.pcf.reader.hostile.Zips;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotatorTest {
    private static final String ACT = "活动数据 Activity";

    private static final List<Problem> THREE = List.of(
            Problem.error(new CellRef(ACT, 1, 3), "数量 Amount must be a number, found \"abc\""),
            Problem.warning(new CellRef(ACT, 1, 2), "项目（英文） Item (English) is empty"),
            Problem.error(null, "x.xlsx: required sheet 评价组 Team not found"));

    private static XSSFWorkbook annotate(byte[] in, String name, List<Problem> problems) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Annotator.annotate(in, name, problems, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String rgb(Cell c) {
        XSSFCellStyle s = (XSSFCellStyle) c.getCellStyle();
        assertEquals(FillPatternType.SOLID_FOREGROUND, s.getFillPattern());
        return HexFormat.of().formatHex(s.getFillForegroundXSSFColor().getRGB()).toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void marksEachProblemCellAndListsAllProblemsFirst() throws IOException {
        XSSFWorkbook valid = CorpusGenerator.valid();
        valid.getSheet(ACT).getRow(1).getCell(3).setCellValue("abc");
        try (XSSFWorkbook wb = annotate(Zips.bytes(valid), "x.xlsx", THREE)) {
            assertEquals(Annotator.SHEET, wb.getSheetName(0));
            assertEquals(0, wb.getActiveSheetIndex());
            Sheet act = wb.getSheet(ACT);
            Cell d2 = act.getRow(1).getCell(3);
            assertEquals("abc", d2.getStringCellValue(), "the company's value is kept");
            assertEquals("FFC7CE", rgb(d2));
            assertEquals("FFEB9C", rgb(act.getRow(1).getCell(2)));
            assertEquals("错误 Error: 数量 Amount must be a number, found \"abc\"\n"
                    + "应填：数字，如 12.5、1,234.5 或 5%（逗号只作千位分隔符）。\n"
                    + "Expected: a number such as 12.5, 1,234.5 or 5% (a comma only separates thousands).",
                    d2.getCellComment().getString().getString());
            assertTrue(act.getRow(1).getCell(2).getCellComment().getString().getString()
                    .startsWith("警告 Warning: 项目（英文） Item (English) is empty"));
            assertNull(act.getRow(1).getCell(0).getCellComment(), "cells without problems are left alone");

            Sheet list = wb.getSheetAt(0);
            assertEquals(4, list.getPhysicalNumberOfRows(), "header + 3 problems");
            Row r1 = list.getRow(1);
            assertEquals("错误 Error", r1.getCell(1).getStringCellValue());
            assertEquals("'活动数据 Activity'!D2", r1.getCell(2).getStringCellValue());
            assertEquals(HyperlinkType.DOCUMENT, r1.getCell(2).getHyperlink().getType());
            assertEquals("'活动数据 Activity'!D2", r1.getCell(2).getHyperlink().getAddress());
            assertEquals("数量 Amount must be a number, found \"abc\"", r1.getCell(3).getStringCellValue());
            assertEquals("'活动数据 Activity'!C2", list.getRow(2).getCell(2).getHyperlink().getAddress());
            Row r3 = list.getRow(3);
            assertEquals("", r3.getCell(2).getStringCellValue());
            assertNull(r3.getCell(2).getHyperlink(), "a problem without a cell has no link");
            assertEquals("x.xlsx: required sheet 评价组 Team not found", r3.getCell(3).getStringCellValue());
        }
    }

    @Test
    void twoProblemsInOneCellShareOneCommentAndTheErrorColour() throws IOException {
        CellRef d2 = new CellRef(ACT, 1, 3);
        List<Problem> two = List.of(Problem.warning(d2, "first"), Problem.error(d2, "second"));
        try (XSSFWorkbook wb = annotate(Zips.bytes(CorpusGenerator.valid()), "x.xlsx", two)) {
            Cell c = wb.getSheet(ACT).getRow(1).getCell(3);
            assertEquals("FFC7CE", rgb(c));
            String text = c.getCellComment().getString().getString();
            assertTrue(text.startsWith("警告 Warning: first\n") && text.contains("\n\n错误 Error: second\n"), text);
        }
    }

    @Test
    void writesAnXlsmBackAsXlsxWithoutItsMacros() throws IOException {
        byte[] xlsm = Zips.bytes(CorpusGenerator.valid());
        byte[] macro = CorpusGeneratorMacros.macroWorkbook(xlsm);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Annotator.annotate(macro, "m.xlsm", THREE, out);
        var entries = Zips.entries(out.toByteArray());
        assertFalse(entries.keySet().stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("vba")), entries.keySet().toString());
        String types = new String(entries.get("[Content_Types].xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(types.contains("macroEnabled"), types);
        assertTrue(types.contains("spreadsheetml.sheet.main+xml"), types);
    }

    @Test
    void copiesAnXlsIntoAnXlsx() throws IOException {
        HSSFWorkbook xls = new HSSFWorkbook();
        Sheet s = xls.createSheet(ACT);
        s.createRow(0).createCell(3).setCellValue("数量 Amount");
        s.createRow(1).createCell(3).setCellValue("abc");
        s.getRow(1).createCell(4).setCellFormula("2*3");
        try (XSSFWorkbook wb = annotate(Zips.bytes(xls), "old.xls", THREE)) {
            Cell d2 = wb.getSheet(ACT).getRow(1).getCell(3);
            assertEquals("abc", d2.getStringCellValue());
            assertEquals("FFC7CE", rgb(d2));
            assertEquals("2*3", wb.getSheet(ACT).getRow(1).getCell(4).getCellFormula());
            assertEquals(Annotator.SHEET, wb.getSheetName(0));
        }
    }

    @Test
    void refusesWhatCannotBeOpenedSafely() {
        InputException e = assertThrows(InputException.class,
                () -> Annotator.annotate(new byte[0], "e.xlsx", THREE, new ByteArrayOutputStream()));
        assertEquals("e.xlsx: the file is empty (0 bytes); expected an Excel workbook (.xlsx, .xlsm or .xls)",
                e.problems().getFirst().toString());
    }

    @Test
    void marksCellsBeyondTheLimitsToo() throws IOException {
        XSSFWorkbook wide = CorpusGenerator.valid();
        wide.getSheet(ACT).getRow(1).createCell(300).setCellValue("far");
        byte[] b = Zips.bytes(wide);
        List<Problem> found = SafeOpen.open(b, "w.xlsx").problems();
        try (XSSFWorkbook wb = annotate(b, "w.xlsx", found)) {
            Cell far = wb.getSheet(ACT).getRow(1).getCell(300);
            assertEquals("FFC7CE", rgb(far));
            assertArrayEquals(new String[]{"'活动数据 Activity'!KO2"},
                    new String[]{wb.getSheetAt(0).getRow(1).getCell(2).getHyperlink().getAddress()});
        }
    }

    /** Access to the generator's .xlsm builder. */
    static final class CorpusGeneratorMacros {
        static byte[] macroWorkbook(byte[] ok) {
            return dev.pcf.reader.hostile.CorpusGeneratorTestAccess.macroWorkbook(ok);
        }
    }
}
