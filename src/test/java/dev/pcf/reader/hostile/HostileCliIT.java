package dev.pcf.reader.hostile;

import dev.pcf.cli.Main;
import dev.pcf.reader.Reading;
import dev.pcf.reader.WorkbookReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile corpus through the command line, {@code Main.execute}: exit code and message of
 * {@code pcf validate}, and nothing at the output path of {@code pcf report -o} when the input has
 * errors. The corpus-wide tests run once the reader opens files through
 * {@link dev.pcf.reader.SafeOpen} (until then {@link HostileCorpusIT} checks the same cases
 * through SafeOpen and the reader directly); the text-safety tests run always.
 */
class HostileCliIT {

    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Run pcf(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = Main.execute(args, o, e);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** Whether the reader applies {@link dev.pcf.reader.Limits} (a cell in column KO must be refused). */
    static boolean readerIsHardened() {
        XSSFWorkbook wb = CorpusGenerator.valid();
        wb.getSheetAt(3).getRow(1).createCell(300).setCellValue("far");
        Reading r = WorkbookReader.read(Zips.bytes(wb), "probe.xlsx");
        return r.problems().stream().anyMatch(p -> p.message().contains("beyond the limit of 200 columns"));
    }

    static List<HostileCorpusIT.Expected> cases() throws IOException {
        return HostileCorpusIT.cases();
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @EnabledIf("readerIsHardened")
    void validateGivesTheExitCodeAndMessage(HostileCorpusIT.Expected e, @TempDir Path tmp) throws IOException {
        Path in = HostileCorpusIT.copy(e.file(), tmp);
        Run r = pcf("validate", in.toString());
        assertEquals(e.exit(), r.exit(), r.all());
        for (String m : e.messages()) assertTrue(r.all().contains(m), "expected «" + m + "» in:\n" + r.all());
        assertFalse(r.all().contains("\tat "), "no stack trace:\n" + r.all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @EnabledIf("readerIsHardened")
    void nothingIsWrittenWhenTheInputHasErrors(HostileCorpusIT.Expected e, @TempDir Path tmp) throws IOException {
        if (e.exit() == 0) return; // the passing cases are exported below
        Path in = HostileCorpusIT.copy(e.file(), tmp);
        Run r = pcf("report", in.toString(), "-o", tmp.resolve("out.pdf").toString());
        assertEquals(1, r.exit(), r.all());
        assertEquals(List.of(e.file()), filesIn(tmp), "no output and no temporary file left");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @EnabledIf("readerIsHardened")
    void thePassingCasesExport(HostileCorpusIT.Expected e, @TempDir Path tmp) throws IOException {
        if (e.exit() != 0) return;
        Path in = HostileCorpusIT.copy(e.file(), tmp);
        Run r = pcf("export", in.toString(), "--xlsx", "-o", tmp.resolve("out.xlsx").toString());
        assertEquals(0, r.exit(), r.all());
        assertTrue(Files.size(tmp.resolve("out.xlsx")) > 0);
    }

    /** HTML and script typed into text fields are printed literally in the PDF, never interpreted. */
    @Test
    void htmlInTextFieldsIsPrintedLiterally(@TempDir Path tmp) throws IOException {
        Path in = HostileCorpusIT.copy("20-html-script.xlsx", tmp);
        Path pdf = tmp.resolve("r.pdf");
        Run r = pcf("report", in.toString(), "-o", pdf.toString());
        assertEquals(0, r.exit(), r.all());
        String text;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        // the item name as typed in '活动数据 Activity'!C2 and the product name in '报告信息 Report'!B7
        String flat = text.replaceAll("\\s+", "");
        assertTrue(flat.contains("<script>alert('x')</script><b>bold</b>"), text);
        assertTrue(flat.contains("<imgsrc=xonerror=alert(1)>&amp;"), text);
    }

    /** Formula-looking text stays a text cell in the exported results workbook: it can never run. */
    @Test
    void formulaLookingTextIsExportedAsText(@TempDir Path tmp) throws IOException {
        Path in = HostileCorpusIT.copy("21-formula-text.xlsx", tmp);
        Path out = tmp.resolve("out.xlsx");
        Run r = pcf("export", in.toString(), "--xlsx", "-o", out.toString());
        assertEquals(0, r.exit(), r.all());
        List<String> found = new ArrayList<>();
        try (InputStream s = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        assertTrue(c.getCellType() != CellType.FORMULA || !c.getCellFormula().contains("cmd"),
                                () -> sheet.getSheetName() + "!" + c.getAddress() + " became a formula: " + c.getCellFormula());
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains("cmd|")) {
                            found.add(c.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertTrue(found.stream().anyMatch(t -> t.contains("=cmd|' /C calc'!A0")), "the item name is exported: " + found);
    }
}
