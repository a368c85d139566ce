package dev.pcf.reader.hostile;

import dev.pcf.workbook.Schema;
import dev.pcf.workbook.Schema.Column;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Builds the hostile-workbook corpus: each case starts from a valid minimal workbook made from
 * {@link Schema} (or from raw bytes for files that are not workbooks) and breaks one thing.
 * {@code main} writes {@code src/test/resources/hostile/NN-name.ext} and {@code expected.tsv}
 * (file, exit code of {@code pcf validate}, message substrings). Regenerate with
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.pcf.reader.hostile.CorpusGenerator}.
 */
public final class CorpusGenerator {
    private CorpusGenerator() {}

    /** One corpus file and what {@code pcf validate} must say about it. */
    public record Case(String file, int exit, List<String> messages, byte[] bytes) {}

    static final String ACT = "'活动数据 Activity'!";
    static final String REP = "'报告信息 Report'!";
    static final String FAC = "'排放因子 Factors'!";

    /** The valid minimal workbook: Report fields, two stages, one factor, one activity (100 kWh × 0.5703). */
    public static XSSFWorkbook valid() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet report = wb.createSheet(Schema.REPORT.title());
        header(report, List.of(Schema.FIELD_LABEL, Schema.FIELD_VALUE, Schema.FIELD_NOTE));
        String[][] values = {
                {"reportNo", "T-HOSTILE-1"}, {"issueDate", "2025-03-01"}, {"language", "zh+en"},
                {"verificationBody", "测试评价机构"}, {"productName", "测试产品"}, {"productNameEn", "Test product"},
                {"model", "TP-1"}, {"manufacturer", "测试公司"}, {"manufacturerEn", "Test Co."},
                {"functionalUnit", "1 台测试产品"}, {"functionalUnitEn", "1 test product"},
                {"boundary", "cradle-to-gate"}, {"periodStart", "2024-01-01"}, {"periodEnd", "2024-12-31"}};
        int r = 1;
        for (Column f : Schema.REPORT_FIELDS) {
            Row row = report.createRow(r++);
            row.createCell(0).setCellValue(f.zh() + " " + f.en());
            for (String[] v : values) {
                if (v[0].equals(f.field())) row.createCell(1).setCellValue(v[1]);
            }
        }
        Sheet stages = wb.createSheet(Schema.STAGES.title());
        header(stages, Schema.STAGE_COLUMNS);
        row(stages, 1, "RAW", "原材料获取", "Raw material acquisition", "是 yes");
        row(stages, 2, "PRODUCTION", "产品生产", "Production", "是 yes");
        Sheet factors = wb.createSheet(Schema.FACTORS.title());
        header(factors, Schema.FACTOR_COLUMNS);
        Row f = row(factors, 1, "EF-ELEC", "全国电网平均排放因子", "Grid electricity, China");
        f.createCell(3).setCellValue(0.5703);
        f.createCell(4).setCellValue("kgCO2e/kWh");
        Sheet act = wb.createSheet(Schema.ACTIVITY.title());
        header(act, Schema.ACTIVITY_COLUMNS);
        Row a = row(act, 1, "PRODUCTION", "电力", "Electricity");
        a.createCell(3).setCellValue(100);
        a.createCell(4).setCellValue("kWh");
        a.createCell(7).setCellValue("EF-ELEC");
        a.createCell(8).setCellValue("primary");
        return wb;
    }

    private static void header(Sheet s, List<Column> columns) {
        Row h = s.createRow(0);
        for (int i = 0; i < columns.size(); i++) h.createCell(i).setCellValue(columns.get(i).header());
    }

    private static Row row(Sheet s, int r, String... texts) {
        Row row = s.createRow(r);
        for (int i = 0; i < texts.length; i++) row.createCell(i).setCellValue(texts[i]);
        return row;
    }

    /** The cell at an A1 address of a sheet (by its title), created when missing. */
    static Cell cell(XSSFWorkbook wb, Schema.SheetDef sheet, String a1) {
        Sheet s = wb.getSheet(sheet.title());
        CellAddress at = new CellAddress(a1);
        Row row = s.getRow(at.getRow()) == null ? s.createRow(at.getRow()) : s.getRow(at.getRow());
        Cell c = row.getCell(at.getColumn());
        return c == null ? row.createCell(at.getColumn()) : c;
    }

    /** The valid workbook after an edit, as bytes. */
    static byte[] edited(Consumer<XSSFWorkbook> edit) {
        XSSFWorkbook wb = valid();
        edit.accept(wb);
        return Zips.bytes(wb);
    }

    /** Bytes of the valid workbook with a placeholder text in a cell, then that text replaced in the raw XML. */
    static byte[] rawText(Schema.SheetDef sheet, String a1, String placeholder, UnaryOperator<String> xmlEdit) {
        byte[] base = edited(wb -> cell(wb, sheet, a1).setCellValue(placeholder));
        return Zips.patch(base, "xl/sharedStrings.xml", xmlEdit);
    }

    /** The activity sheet's XML (sheet 4) edited. */
    static byte[] activityXml(Consumer<XSSFWorkbook> setup, UnaryOperator<String> xmlEdit) {
        return Zips.patch(edited(setup), "xl/worksheets/sheet4.xml", xmlEdit);
    }

    private static Case c(String file, int exit, byte[] bytes, String... messages) {
        return new Case(file, exit, List.of(messages), bytes);
    }

    /** Every case, in file order. */
    public static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        byte[] ok = Zips.bytes(valid());

        // --- files that are not (readable) workbooks
        all.add(c("01-empty.xlsx", 1, new byte[0], "01-empty.xlsx: the file is empty (0 bytes)"));
        all.add(c("02-not-a-zip.xlsx", 1, Zips.utf8("报告编号,T1\nReport No.,T1\n"),
                "02-not-a-zip.xlsx: not an Excel workbook", "perhaps CSV or text"));
        all.add(c("03-xlsx-renamed.xls", 0, ok, "the name ends in .xls but the file is an .xlsx workbook; read as .xlsx"));
        all.add(c("04-password.xlsx", 1, Zips.encrypt(ok, "secret"), "04-password.xlsx: the workbook is password-protected"));
        all.add(c("05-truncated.xlsx", 1, Arrays.copyOf(ok, ok.length / 2), "05-truncated.xlsx: "));
        all.add(c("06-pdf.xlsx", 1, Zips.utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"), "is a PDF document"));
        all.add(c("07-html-renamed.xls", 1, Zips.utf8("<html><body><table><tr><td>1</td></tr></table></body></html>"),
                "is an HTML page"));
        all.add(c("08-zip-not-workbook.xlsx", 1, Zips.zip(java.util.Map.of("readme.txt", Zips.utf8("hello"))),
                "a zip archive without the parts of a workbook"));
        all.add(c("09-word-document.xls", 1, ole2("WordDocument"), "without a workbook stream"));
        all.add(c("10-zip-bomb.xlsx", 1, zipBomb(ok), "possible zip bomb", "xl/worksheets/sheet4.xml"));
        all.add(c("11-xml-bomb.xlsx", 1, activityXml(wb -> { }, xml -> xml.replaceFirst("<\\?xml[^>]*\\?>",
                "$0<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                        + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                        + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                        + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                        + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                        + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                        + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>")
                        .replace("<v>", "<v>&lol9;")),
                "DOCTYPE or entities", "refused"));
        all.add(c("12-xxe-shared-strings.xlsx", 1, rawText(Schema.ACTIVITY, "N2", "XXE_HERE", xml -> xml
                        .replaceFirst("<\\?xml[^>]*\\?>", "$0<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                        .replace("XXE_HERE", "&xxe;")),
                "DOCTYPE or entities", "refused"));
        all.add(c("13-macros.xlsm", 0, macroWorkbook(ok), "the workbook contains macros (VBA); they are never run"));

        // --- limits
        all.add(c("14-row-1048576.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "B1048576").setCellValue("远处的数据")),
                ACT + "B1048576: data in row 1048576 is beyond the limit of 100,000 data rows"));
        all.add(c("15-wide-sheet.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "KN2").setCellValue("wide")),
                ACT + "KN2: data in column KN is beyond the limit of 200 columns"));
        all.add(c("16-long-string.xlsx", 1, rawText(Schema.ACTIVITY, "J2", "LONG_HERE", xml -> xml.replace("LONG_HERE", "长".repeat(40_000))),
                ACT + "J2: text of 40,000 characters is longer than the limit of 32,767"));
        all.add(c("17-too-many-formulas.xlsx", 1, edited(wb -> {
            Sheet s = wb.createSheet("计算 Scratch");
            for (int i = 0; i < 20_001; i++) s.createRow(i).createCell(0).setCellFormula("1+1");
        }), "'计算 Scratch'!A20001: the workbook has more than 20,000 formulas"));

        // --- text the tool must carry safely (valid workbooks)
        all.add(c("18-control-characters.xlsx", 0, rawText(Schema.ACTIVITY, "C2", "CTRL_HERE",
                        xml -> xml.replace("CTRL_HERE", "Elec_x0001_tri_x0007_city")),
                ACT + "C2: control characters removed from the text (U+0001 at character 5)"));
        all.add(c("19-rtl-emoji.xlsx", 0, edited(wb -> {
            cell(wb, Schema.ACTIVITY, "C2").setCellValue("كهرباء ⚡🔌 חשמל");
            cell(wb, Schema.REPORT, "B7").setCellValue("منتج 🧪 \u202Eevil\u202C");
        })));
        all.add(c("20-html-script.xlsx", 0, edited(wb -> {
            cell(wb, Schema.ACTIVITY, "C2").setCellValue("<script>alert('x')</script><b>bold</b>");
            cell(wb, Schema.REPORT, "B7").setCellValue("<img src=x onerror=alert(1)>&amp;");
        })));
        all.add(c("21-formula-text.xlsx", 0, edited(wb -> {
            cell(wb, Schema.ACTIVITY, "C2").setCellValue("=cmd|' /C calc'!A0");
            cell(wb, Schema.ACTIVITY, "B2").setCellValue("@SUM(1+1)*cmd|' /C calc'!A0");
            cell(wb, Schema.REPORT, "B7").setCellValue("+HYPERLINK(\"http://evil.example\",\"x\")");
        })));

        // --- formulas
        all.add(c("22-div0.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellFormula("1/0")), ACT + "D2: 数量 Amount must be a number, found #DIV/0!"));
        all.add(c("23-ref-error.xlsx", 1, activityXml(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellFormula("1+1"),
                xml -> xml.replace("<f>1+1</f>", "<f>#REF!+1</f>")), ACT + "D2: 数量 Amount must be a number, found #REF!"));
        all.add(c("24-circular.xlsx", 1, edited(wb -> {
            cell(wb, Schema.ACTIVITY, "D2").setCellFormula("Z2+1");
            cell(wb, Schema.ACTIVITY, "Z2").setCellFormula("D2*2");
        }), ACT + "D2: 数量 Amount must be a number, found ~CIRCULAR~REF~"));
        all.add(c("25-external-link.xlsx", 1, activityXml(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellFormula("1+1"),
                xml -> xml.replace("<f>1+1</f>", "<f>[1]Sheet1!A1*2</f>")),
                ACT + "D2: 数量 Amount: formula =[1]Sheet1!A1*2 refers to another workbook or program; external links are not followed"));
        all.add(c("26-external-path.xlsx", 1, activityXml(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellFormula("1+1"),
                xml -> xml.replace("<f>1+1</f>", "<f>'C:\\\\data\\\\[secret.xlsx]Sheet1'!A1</f>")), ACT + "D2", "another workbook"));
        all.add(c("27-dde-formula.xlsx", 1, activityXml(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellFormula("1+1"),
                xml -> xml.replace("<f>1+1</f>", "<f>cmd|' /C calc'!A0</f>")),
                ACT + "D2: 数量 Amount: formula =cmd|' /C calc'!A0 "));

        // --- numbers
        all.add(c("28-huge-number-text.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellValue("1e999")),
                ACT + "D2: 数量 Amount must be a number, found \"1e999\""));
        all.add(c("29-nan-text.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellValue("NaN")),
                ACT + "D2: 数量 Amount must be a number, found \"NaN\""));
        all.add(c("30-infinity-text.xlsx", 1, edited(wb -> {
            cell(wb, Schema.ACTIVITY, "D2").setCellValue("Infinity");
            cell(wb, Schema.FACTORS, "D2").setCellValue("∞");
        }), ACT + "D2: 数量 Amount must be a number, found \"Infinity\"", FAC + "D2: 数值 Value must be a number, found \"∞\""));
        all.add(c("31-negative-amount.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellValue(-5)), ACT + "D2: 数量 Amount must be ≥ 0, found -5"));
        all.add(c("32-zero-amount.xlsx", 0, edited(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellValue(0)), ACT + "D2: 数量 Amount is 0: the line adds nothing to the footprint"));
        all.add(c("33-comma-decimal.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellValue("1,2")),
                ACT + "D2: 数量 Amount must be a number, found \"1,2\""));
        all.add(c("34-boolean-amount.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellValue(true)),
                ACT + "D2: 数量 Amount must be a number, found TRUE"));
        all.add(c("35-error-cell.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "D2").setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode())),
                ACT + "D2: 数量 Amount must be a number, found #N/A"));
        all.add(c("36-negative-factor.xlsx", 1, edited(wb -> cell(wb, Schema.FACTORS, "D2").setCellValue(-0.5)), FAC + "D2: 数值 Value must be ≥ 0, found -0.5"));

        // --- dates
        all.add(c("37-date-odd-text.xlsx", 1, edited(wb -> cell(wb, Schema.REPORT, "B3").setCellValue("13/25/2024")),
                REP + "B3: 签发日期 Issue date must be a date (a date cell or yyyy-mm-dd), found \"13/25/2024\""));
        all.add(c("38-date-words.xlsx", 1, edited(wb -> cell(wb, Schema.REPORT, "B27").setCellValue("二〇二四年一月")),
                REP + "B27: 数据开始日期 Reference period start must be a date (a date cell or yyyy-mm-dd), found \"二〇二四年一月\""));

        // --- structure
        all.add(c("39-missing-activity-sheet.xlsx", 1, edited(wb -> wb.removeSheetAt(wb.getSheetIndex(Schema.ACTIVITY.title()))),
                "39-missing-activity-sheet.xlsx: required sheet 活动数据 Activity not found"));
        all.add(c("40-missing-report-sheet.xlsx", 1, edited(wb -> wb.removeSheetAt(wb.getSheetIndex(Schema.REPORT.title()))),
                "40-missing-report-sheet.xlsx: required sheet 报告信息 Report not found"));
        all.add(c("41-no-header-row.xlsx", 1, edited(wb -> {
            Sheet s = wb.getSheet(Schema.ACTIVITY.title());
            s.removeRow(s.getRow(0));
        }), "'活动数据 Activity' header row 1: required column 数量 Amount not found"));
        all.add(c("42-duplicate-header.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "Z1").setCellValue("数量 Amount")),
                ACT + "Z1: header 数量 Amount repeats the column at " + ACT + "D1"));
        all.add(c("43-merged-cells.xlsx", 1, edited(wb -> {
            Sheet s = wb.getSheet(Schema.ACTIVITY.title());
            Row r3 = s.createRow(2);
            r3.createCell(0).setCellValue("PRODUCTION");
            r3.createCell(1).setCellValue("电力 2");
            r3.createCell(4).setCellValue("kWh");
            r3.createCell(7).setCellValue("EF-ELEC");
            s.addMergedRegion(new CellRangeAddress(1, 2, 3, 3));
        }), ACT + "D3: 数量 Amount is required but empty"));
        all.add(c("44-required-cell-empty.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "B2").setBlank()),
                ACT + "B2: 项目（中文） Item (Chinese) is required but empty"));
        all.add(c("45-unknown-factor.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "H2").setCellValue("EF-NOPE")),
                ACT + "H2: 因子编号 Factor ID \"EF-NOPE\" is not a Factor ID of the Factors sheet"));
        all.add(c("46-unknown-stage.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "A2").setCellValue("MOON")),
                ACT + "A2: 阶段代码 Stage code \"MOON\" is not a stage code of the Stages sheet"));
        all.add(c("47-allocation-over-one.xlsx", 1, edited(wb -> cell(wb, Schema.ACTIVITY, "G2").setCellValue("150%")), ACT + "G2"));
        all.add(c("50-formula-chain.xlsx", 0, edited(wb -> {
            // D2 = Z2+1, Z2 = Z3+1, … Z5000 = Z5001+1, Z5001 empty: 5,000 nested evaluations, D2 = 5000
            cell(wb, Schema.ACTIVITY, "D2").setCellFormula("Z2+1");
            for (int r = 2; r <= 5000; r++) cell(wb, Schema.ACTIVITY, "Z" + r).setCellFormula("Z" + (r + 1) + "+1");
        })));

        // --- found by fuzzing (bench/fuzzing.md)
        all.add(c("48-zstd-entry.xlsx", 1, fuzzFinding("crash-340730620c1755cc0d5019f92b2783b9157f6f6e"),
                "48-zstd-entry.xlsx: the file uses a zip compression method that Excel never writes"));
        all.add(c("51-damaged-style-index.xlsx", 1, Zips.patch(ok, "xl/worksheets/sheet4.xml",
                        xml -> xml.replaceFirst("(<c r=\"D2\"[^>]*) s=\"\\d+\"", "$1 s=\"=\"")),
                ACT + "D2: the cell's XML is damaged (XmlValueOutOfRangeException: Invalid long value: =)"));
        all.add(c("49-unknown-compression.xlsx", 1, compressionMethod93(ok), "49-unknown-compression.xlsx: the file is damaged"));
        all.sort(java.util.Comparator.comparing(Case::file));
        return all;
    }

    /** An input the fuzzer found, kept with the fuzz test's regression inputs. */
    static byte[] fuzzFinding(String name) {
        String path = "/dev/pcf/reader/WorkbookReaderFuzzTestInputs/anyBytesGiveProblemsNotExceptions/" + name;
        try (var in = CorpusGenerator.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid workbook whose first zip entry claims compression method 93 (Zstandard) with a data descriptor. */
    static byte[] compressionMethod93(byte[] ok) {
        byte[] b = ok.clone();
        b[8] = 93; // local file header: compression method, little-endian at offset 8
        b[9] = 0;
        return b;
    }

    /** The valid workbook with its activity sheet replaced by 64 MiB of spaces: ~64 KiB compressed, a ratio of ~1000. */
    static byte[] zipBomb(byte[] ok) {
        byte[] big = new byte[64 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        return Zips.with(ok, "xl/worksheets/sheet4.xml", big);
    }

    /** The valid workbook as .xlsm: macro-enabled content type and a (dummy) VBA project part. */
    static byte[] macroWorkbook(byte[] ok) {
        byte[] b = Zips.patch(ok, "[Content_Types].xml", xml -> xml
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
        b = Zips.patch(b, "xl/_rels/workbook.xml.rels", xml -> xml.replace("</Relationships>",
                "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>"));
        return Zips.with(b, "xl/vbaProject.bin", ole2("VBA"));
    }

    /** An OLE2 container with one stream of this name. */
    static byte[] ole2(String stream) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream("Attribute VB_Name = \"Module1\"\nSub AutoOpen()\nShell \"calc\"\nEnd Sub\n"
                    .getBytes(StandardCharsets.UTF_8)), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the corpus and expected.tsv into the directory given (default src/test/resources/hostile). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/hostile");
        Files.createDirectories(dir);
        StringBuilder tsv = new StringBuilder("# file\texit code of pcf validate\tmessage substrings (stderr)...\n");
        for (Case k : cases()) {
            Files.write(dir.resolve(k.file()), k.bytes());
            tsv.append(k.file()).append('\t').append(k.exit());
            for (String m : k.messages()) tsv.append('\t').append(m);
            tsv.append('\n');
        }
        Files.writeString(dir.resolve("expected.tsv"), tsv, StandardCharsets.UTF_8);
    }
}
