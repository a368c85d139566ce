package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.model.Problem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streamed {@link Grid} on a workbook written by hand, part by part, with the cases it must get
 * right: each expected value is worked out from the XML below (serial 45432 is 2024-05-20: 45292 is
 * 2024-01-01, plus 31 + 29 + 31 + 30 + 19 days); POI's model must give the same cell for cell.
 */
class GridTest {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    private static final String CELLS = """
            <row r="1">\
            <c r="A1" t="s"><v>0</v></c>\
            <c r="B1" s="0" t="s"><v>1</v></c>\
            <c r="C1" t="inlineStr"><is><t xml:space="preserve"> inline </t></is></c>\
            <c r="D1" t="b"><v>1</v></c>\
            <c r="E1" t="b"><v>0</v></c>\
            <c r="F1" t="e"><v>#DIV/0!</v></c>\
            <c r="G1"><v>12.5</v></c>\
            <c r="H1" s="1"><v>45432</v></c>\
            <c r="I1" s="2"><v>0.05</v></c>\
            <c r="J1" s="3" t="n"><v>45432</v></c>\
            <c r="K1" s="4"><v>45432</v></c>\
            <c r="L1" s="1"/>\
            </row>\
            <row r="3"><c r="A3" t="str"><v>cached</v></c><c r="B3" t="s"><v>2</v></c>\
            <c r="C3" t="inlineStr"><is><r><t>in</t></r><r><rPr><b/></rPr><t>line runs</t></r></is></c></row>""";

    /** The sheets, shared strings, styles and pictures of a small workbook, as Excel writes them. */
    static byte[] workbook(String cells, String merges, boolean date1904) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Default Extension="png" ContentType="image/png"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                <Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>\
                </Types>""");
        parts.put("_rels/.rels", rels("rId1", "officeDocument", "xl/workbook.xml"));
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + R + "\"><workbookPr date1904=\""
                + date1904 + "\"/><sheets><sheet name=\"数据 Data\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "<sheet name=\"图片 Images\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", rels("rId1", "worksheet", "worksheets/sheet1.xml", "rId2", "worksheet",
                "worksheets/sheet2.xml", "rId3", "styles", "styles.xml", "rId4", "sharedStrings", "sharedStrings.xml"));
        parts.put("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"2\">"
                + "<numFmt numFmtId=\"164\" formatCode=\"0.0&quot; %&quot;\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"10\"/></cellStyleXfs>"
                + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"10\"/><xf numFmtId=\"165\"/>"
                + "<xf numFmtId=\"164\"/></cellXfs></styleSheet>");
        parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\" count=\"3\" uniqueCount=\"3\">"
                + "<si><t>Plain</t></si>"
                + "<si><r><t>Bold</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> part</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ふ</t></rPh></si>"
                + "<si><t>A_x0042_C</t></si></sst>");
        parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + R + "\"><sheetData>" + cells
                + "</sheetData>" + merges + "</worksheet>");
        parts.put("xl/worksheets/sheet2.xml", "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + R + "\"><sheetData>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>产品图片 Product photo</t></is></c></row></sheetData>"
                + "<drawing r:id=\"rId1\"/></worksheet>");
        parts.put("xl/worksheets/_rels/sheet2.xml.rels", rels("rId1", "drawing", "../drawings/drawing1.xml"));
        String xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
        String a = "http://schemas.openxmlformats.org/drawingml/2006/main";
        String pic = "<xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"2\" name=\"P\"/><xdr:cNvPicPr/></xdr:nvPicPr>"
                + "<xdr:blipFill><a:blip r:embed=\"rId1\"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>"
                + "<xdr:spPr><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>";
        parts.put("xl/drawings/drawing1.xml", "<xdr:wsDr xmlns:xdr=\"" + xdr + "\" xmlns:a=\"" + a + "\" xmlns:r=\"" + R + "\">"
                + "<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
                + "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row>"
                + "<xdr:rowOff>0</xdr:rowOff></xdr:to>" + pic + "<xdr:clientData/></xdr:twoCellAnchor>"
                + "<xdr:oneCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row>"
                + "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx=\"10\" cy=\"10\"/><xdr:grpSp><xdr:nvGrpSpPr>"
                + "<xdr:cNvPr id=\"3\" name=\"G\"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr><xdr:grpSpPr/>" + pic
                + "</xdr:grpSp><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>");
        parts.put("xl/drawings/_rels/drawing1.xml.rels", rels("rId1", "image", "../media/image1.png"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/media/image1.png"));
            zip.write(PNG);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String rels(String... idTypeTarget) {
        StringBuilder sb = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < idTypeTarget.length; i += 3) {
            sb.append("<Relationship Id=\"").append(idTypeTarget[i]).append("\" Type=\"").append(R).append('/')
                    .append(idTypeTarget[i + 1]).append("\" Target=\"").append(idTypeTarget[i + 2]).append("\"/>");
        }
        return sb.append("</Relationships>").toString();
    }

    private static Book open(byte[] bytes, boolean streaming, List<Problem> problems) {
        SafeOpen.OpenedBook o = SafeOpen.openBook(bytes, "hand.xlsx", streaming);
        problems.addAll(o.problems());
        return o.book();
    }

    @Test
    void readsEveryKindOfCellAsWrittenWithoutPoisModel() {
        List<Problem> problems = new java.util.ArrayList<>();
        try (Book book = open(workbook(CELLS, "<mergeCells count=\"1\"><mergeCell ref=\"A5:C6\"/></mergeCells>", false), true, problems)) {
            assertInstanceOf(Grid.class, book);
            assertEquals(List.of(), problems);
            Page p = book.pages().getFirst();
            assertEquals("数据 Data", p.name());
            assertEquals(new CellValue.Str("Plain"), p.value(0, 0));
            assertEquals(new CellValue.Str("Bold part"), p.value(0, 1), "runs joined, the phonetic run left out");
            assertEquals(new CellValue.Str("inline"), p.value(0, 2));
            assertEquals("inline", p.headerText(0, 2));
            assertEquals(new CellValue.Bool(true), p.value(0, 3));
            assertEquals(new CellValue.Bool(false), p.value(0, 4));
            assertEquals(new CellValue.Err("#DIV/0!"), p.value(0, 5));
            assertEquals(new CellValue.Num(12.5, false, null), p.value(0, 6));
            assertEquals("12.5", p.headerText(0, 6));
            assertEquals(new CellValue.Num(45432, false, LocalDate.of(2024, 5, 20)), p.value(0, 7), "built-in format 14 is a date");
            assertEquals(new CellValue.Num(0.05, true, null), p.value(0, 8), "built-in format 10 is 0.00%");
            assertEquals(new CellValue.Num(45432, false, LocalDate.of(2024, 5, 20)), p.value(0, 9), "yyyy年m月d日 is a date");
            assertEquals(new CellValue.Num(45432, false, null), p.value(0, 10), "a % inside quotes is text, not a percent");
            assertTrue(p.hasCell(0, 11));
            assertEquals(CellValue.BLANK, p.value(0, 11));
            assertFalse(p.hasCell(0, 12));
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, p.columns(0));
            assertFalse(p.hasRow(1));
            assertEquals(new CellValue.Str("cached"), p.value(2, 0));
            assertEquals(new CellValue.Str("ABC"), p.value(2, 1), "_x0042_ is B");
            assertEquals(new CellValue.Str("inline runs"), p.value(2, 2));
            assertEquals(List.of(CellRangeAddress.valueOf("A5:C6")), p.merged());
            Page images = book.pages().get(1);
            assertEquals(1, images.pictures().size(), "the picture inside a group is not a top-level picture");
            Page.Pic pic = images.pictures().getFirst();
            assertEquals(1, pic.row());
            assertEquals(1, pic.column());
            assertEquals("image/png", pic.mime());
            assertArrayEquals(PNG, pic.data());
        }
        assertSameAsPoi(workbook(CELLS, "<mergeCells count=\"1\"><mergeCell ref=\"A5:C6\"/></mergeCells>", false));
    }

    @Test
    void readsDatesInThe1904System() {
        try (Book book = open(workbook(CELLS, "", true), true, new java.util.ArrayList<>())) {
            assertInstanceOf(Grid.class, book);
            // 1,462 days later than in the 1900 system: 2024-05-20 + 4 years (1,461 days, 2028 a leap year) + 1 day
            assertEquals(LocalDate.of(2028, 5, 21), ((CellValue.Num) book.pages().getFirst().value(0, 7)).date());
        }
        assertSameAsPoi(workbook(CELLS, "", true));
    }

    @Test
    void removesControlCharactersWithTheSameWarningAsPoisModel() {
        // XML cannot hold U+0007 even as a reference: Excel and POI write it as _x0007_
        byte[] bytes = workbook("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>a_x0007_b</t></is></c></row>", "", false);
        List<Problem> problems = new java.util.ArrayList<>();
        try (Book book = open(bytes, true, problems)) {
            assertInstanceOf(Grid.class, book);
            assertEquals(new CellValue.Str("ab"), book.pages().getFirst().value(1, 1));
        }
        assertEquals(List.of(Problem.warning(new CellRef("数据 Data", 1, 1),
                "control characters removed from the text (U+0007 at character 2); they cannot be printed")), problems);
        assertSameAsPoi(bytes);
    }

    @Test
    void leavesAWorkbookWithAFormulaToPoisModelWhichEvaluatesIt() {
        byte[] bytes = workbook("<row r=\"1\"><c r=\"A1\"><v>2</v></c><c r=\"B1\"><f>A1*21</f><v>0</v></c></row>", "", false);
        try (Book book = open(bytes, true, new java.util.ArrayList<>())) {
            assertInstanceOf(PoiBook.class, book);
            assertEquals(new CellValue.Num(42, false, null), book.pages().getFirst().value(0, 1), "evaluated, not the cached 0");
        }
    }

    @Test
    void leavesCellsWithoutTheirReferenceOrOutOfOrderToPoisModel() {
        for (String cells : List.of("<row r=\"1\"><c><v>1</v></c></row>", "<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>",
                "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"1\"><c r=\"A1\"><v>2</v></c></row>",
                "<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2024-05-20</v></c></row>")) {
            byte[] bytes = workbook(cells, "", false);
            try (Book book = open(bytes, true, new java.util.ArrayList<>())) {
                assertFalse(book instanceof Grid, cells);
            }
        }
    }

    @Test
    void readsPlainCellReferencesOnlyLeavingOtherFormsToPoi() {
        assertEquals(27, SheetCells.column("AB12", 11), "AB = 1·26 + 2 = 28th column");
        assertEquals(0, SheetCells.column("A1", 0));
        assertEquals(16_383, SheetCells.column("XFD1048576", 1_048_575), "the last cell of a sheet");
        for (String ref : List.of("XFE1", "AAAA1", "a1", "$A$1", "A", "1", "A01", "A1B")) {
            assertEquals(-1, SheetCells.column(ref, 0), ref);
        }
        assertEquals(-1, SheetCells.column("A2", 0), "the row of the reference must be the row's");
    }

    /** POI's model gives the same problems and, cell for cell, the same values, merged ranges and pictures. */
    private static void assertSameAsPoi(byte[] bytes) {
        List<Problem> streamedProblems = new java.util.ArrayList<>();
        List<Problem> poiProblems = new java.util.ArrayList<>();
        try (Book streamed = open(bytes, true, streamedProblems); Book poi = open(bytes, false, poiProblems)) {
            assertInstanceOf(PoiBook.class, poi);
            assertEquals(poiProblems, streamedProblems);
            assertEquals(poi.pages().size(), streamed.pages().size());
            for (int i = 0; i < poi.pages().size(); i++) {
                Page a = poi.pages().get(i);
                Page b = streamed.pages().get(i);
                assertEquals(a.name(), b.name());
                assertEquals(a.merged(), b.merged());
                for (int r = 0; r <= Math.max(a.lastRow(), b.lastRow()); r++) {
                    assertArrayEquals(a.columns(r), b.columns(r));
                    for (int c = 0; c < 14; c++) {
                        assertEquals(a.hasCell(r, c), b.hasCell(r, c));
                        assertEquals(a.value(r, c), b.value(r, c), a.name() + " " + r + "," + c);
                        assertEquals(a.headerText(r, c), b.headerText(r, c));
                    }
                }
                assertEquals(a.pictures().size(), b.pictures().size());
                for (int k = 0; k < a.pictures().size(); k++) {
                    assertEquals(a.pictures().get(k).row(), b.pictures().get(k).row());
                    assertEquals(a.pictures().get(k).column(), b.pictures().get(k).column());
                    assertEquals(a.pictures().get(k).mime(), b.pictures().get(k).mime());
                    assertArrayEquals(a.pictures().get(k).data(), b.pictures().get(k).data());
                }
            }
        }
    }
}
