package dev.pcf.export;

import dev.pcf.io.SafeText;
import dev.pcf.model.LineResult;
import dev.pcf.model.StageResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsWorkbookWriterTest {
    private static final int KGCO2E = 14;
    private static final int SOURCE = 17;

    private static XSSFWorkbook writeAndRead(Fixtures.Case c, boolean withMc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWorkbookWriter.write(c.wb(), c.fp(), withMc ? Fixtures.mc(c.fp().total(), 113.5, 105.2, 122.9) : null, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void rereadsToTheSameNumbers() throws IOException {
        Fixtures.Case c = Fixtures.jx0317();
        try (XSSFWorkbook x = writeAndRead(c, true)) {
            Sheet lines = x.getSheet(ResultsWorkbookWriter.LINES);
            for (int i = 0; i < c.fp().lines().size(); i++) {
                LineResult l = c.fp().lines().get(i);
                Row r = lines.getRow(i + 1);
                assertEquals(l.activity().amount(), r.getCell(3).getNumericCellValue());
                assertEquals(l.amountPerUnit(), r.getCell(7).getNumericCellValue());
                assertEquals(l.factorValue(), r.getCell(9).getNumericCellValue());
                assertEquals(l.kgco2e(), r.getCell(KGCO2E).getNumericCellValue());
            }
            // first line: 174.9425 kWh × 0.5777 = 101.06428225 kg CO2e
            assertEquals(101.06428225, lines.getRow(1).getCell(KGCO2E).getNumericCellValue(), 1e-9);
            assertEquals("0.0000##", lines.getRow(1).getCell(KGCO2E).getCellStyle().getDataFormatString());
            // its amount sits in column D of row 2 of the Activity sheet
            assertEquals("'活动数据 Activity'!D2", lines.getRow(1).getCell(SOURCE).getStringCellValue());
            Row total = lines.getRow(c.fp().lines().size() + 1);
            // the example's total: 110.53347849 (electricity) + 2.58208151 (diesel) + 0.27027360 (gas)
            assertEquals(113.38583361, total.getCell(KGCO2E).getNumericCellValue(), 1e-8);

            Sheet stages = x.getSheet(ResultsWorkbookWriter.STAGES);
            for (int i = 0; i < c.fp().stages().size(); i++) {
                StageResult s = c.fp().stages().get(i);
                assertEquals(s.stage().code(), stages.getRow(i + 1).getCell(0).getStringCellValue());
                assertEquals(s.kgco2e(), stages.getRow(i + 1).getCell(3).getNumericCellValue());
            }
            assertEquals(5, c.fp().stages().size(), "USE is excluded and not listed");

            // gases: electricity is CO2e, diesel and gas CO2 (0.30039611 + 2.28168540 + 0.27027360 = 2.85235512)
            Sheet gases = x.getSheet(ResultsWorkbookWriter.GASES);
            assertEquals("CO2", gases.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2.85235512, gases.getRow(2).getCell(1).getNumericCellValue(), 1e-8);

            Sheet u = x.getSheet(ResultsWorkbookWriter.UNCERTAINTY);
            assertEquals(105.2, u.getRow(1).getCell(5).getNumericCellValue());
            assertEquals(122.9, u.getRow(1).getCell(6).getNumericCellValue());

            Sheet info = x.getSheet(ResultsWorkbookWriter.INFO);
            assertEquals("ab".repeat(32), info.getRow(2).getCell(1).getStringCellValue());
        }
    }

    @Test
    void writesTextThatLooksLikeAFormulaAsQuotedText() throws IOException {
        try (XSSFWorkbook x = writeAndRead(Fixtures.hostile(), false)) {
            List<String> quoted = new ArrayList<>();
            for (Sheet s : x) {
                for (Row r : s) {
                    for (Cell cell : r) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().toString());
                        if (cell.getCellStyle().getQuotePrefixed()) quoted.add(cell.getStringCellValue());
                    }
                }
            }
            for (String s : List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd", "－1", "＠SUM(A1)", "=F1", "=cmd|' /C calc'!A0.xlsx")) {
                assertTrue(quoted.contains(s), s + " must be quote-prefixed, quoted: " + quoted);
            }
            Sheet lines = x.getSheet(ResultsWorkbookWriter.LINES);
            assertEquals("=HYPERLINK(\"http://x\",\"y\")", lines.getRow(1).getCell(1).getStringCellValue());
            assertTrue(!lines.getRow(1).getCell(0).getCellStyle().getQuotePrefixed(), "RAW is plain text");
        }
    }

    @Test
    void saysWhenNoMonteCarloWasRun() throws IOException {
        try (XSSFWorkbook x = writeAndRead(Fixtures.jx0317(), false)) {
            assertEquals("未进行蒙特卡洛分析 Monte Carlo analysis not run",
                    x.getSheet(ResultsWorkbookWriter.UNCERTAINTY).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void safeTextKnowsEveryFormulaPrefix() {
        for (String s : List.of("=1", "+1", "-1", "@A", "\t1", "\r1", "＝1", "＋1", "－1", "＠A")) {
            assertTrue(SafeText.risky(s), s);
            assertEquals("'" + s, SafeText.neutralised(s));
        }
        assertEquals("电力 1", SafeText.neutralised("电力 1"));
        assertEquals("", SafeText.neutralised(""));
    }
}
