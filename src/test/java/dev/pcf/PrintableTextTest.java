package dev.pcf;

import dev.pcf.model.CellRef;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** report-spec: a workbook character the report fonts lack is a validation warning naming the cell. */
class PrintableTextTest {
    private static final Path JX = Path.of("workbook-templates/examples/JX0317-D30.xlsx");

    @Test
    void examplesPrintEveryCharacter() throws IOException {
        for (Path p : List.of(JX, Path.of("workbook-templates/examples/SC-120.xlsx"))) {
            List<Problem> glyphs = Pcf.validate(p).problems().stream()
                    .filter(x -> x.message().contains("report fonts lack")).toList();
            assertEquals(List.of(), glyphs, p.toString());
        }
    }

    @Test
    void missingCharactersAreWarningsAtTheirCells(@TempDir Path dir) throws IOException {
        PcfWorkbook original = Pcf.validate(JX).workbook();
        CellRef name = original.info().cell("productName");
        CellRef item = original.activities().get(2).cells().cell("itemEn");
        CellRef member = original.team().get(0).cells().cell("name");
        Path copy = dir.resolve("rare.xlsx");
        try (InputStream in = Files.newInputStream(JX); Workbook wb = WorkbookFactory.create(in)) {
            set(wb, name, "集中式𠀀DTU");                 // U+20000, CJK Extension B: not in the fonts
            set(wb, item, "Copper 😀 wire");              // U+1F600, an emoji
            set(wb, member, "张龥");                       // U+9FA5, the last CJK ideograph: in the fonts
            try (OutputStream out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        Pcf.Validation v = Pcf.validate(copy);
        List<String> glyphs = v.problems().stream().filter(x -> x.message().contains("report fonts lack"))
                .map(Problem::toString).toList();
        assertEquals(List.of(
                name + ": 产品名称（中文） Product name (Chinese) has characters the report fonts lack: \"𠀀\" (U+20000);"
                        + " they would print as blanks",
                item + ": 项目（英文） Item (English) has characters the report fonts lack: \"😀\" (U+1F600);"
                        + " they would print as blanks"), glyphs);
        assertFalse(v.hasErrors(), "a warning, not an error");
    }

    @Test
    void scenarioNamesAndRationalesAreCheckedAtTheirCells(@TempDir Path dir) throws IOException {
        PcfWorkbook original = Pcf.validate(JX).workbook();
        var s1 = original.scenarios().get(0);
        var s2 = original.scenarios().get(1);
        CellRef nameZh = s1.nameCells().cell("nameZh");
        CellRef nameEn = s2.nameCells().cell("nameEn");
        CellRef rationale = s2.changes().get(0).cells().cell("rationale");
        assertEquals("情景 Scenarios", nameZh.sheet());
        Path copy = dir.resolve("rare-scenario.xlsx");
        try (InputStream in = Files.newInputStream(JX); Workbook wb = WorkbookFactory.create(in)) {
            set(wb, nameZh, "2023 年𠀁电网因子");          // U+20001, CJK Extension B
            set(wb, nameEn, "GWP set AR5 😀");                // U+1F600, an emoji
            set(wb, rationale, "AR5 values 🌍 still in use"); // U+1F30D
            try (OutputStream out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        Pcf.Validation v = Pcf.validate(copy);
        List<String> glyphs = v.problems().stream().filter(x -> x.message().contains("report fonts lack"))
                .map(Problem::toString).toList();
        assertEquals(3, glyphs.size(), glyphs.toString());
        assertEquals(nameZh + ": 情景名称（中文） Scenario name (Chinese) has characters the report fonts lack: \"𠀁\""
                + " (U+20001); they would print as blanks", glyphs.get(0));
        assertEquals(nameEn + ": 情景名称（英文） Scenario name (English) has characters the report fonts lack: \"😀\""
                + " (U+1F600); they would print as blanks", glyphs.get(1));
        assertEquals(rationale + ": 说明 Rationale has characters the report fonts lack: \"🌍\" (U+1F30D);"
                + " they would print as blanks", glyphs.get(2));
        assertFalse(v.hasErrors(), "a warning, not an error");
    }

    private static void set(Workbook wb, CellRef at, String text) {
        wb.getSheet(at.sheet()).getRow(at.row()).getCell(at.column()).setCellValue(text);
    }
}
