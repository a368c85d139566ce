package dev.pcf.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders the hand-written sample report once and checks the file. */
class PdfRendererTest {

    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = PdfRenderer.render(Sample.document(60));
        // kept for looking at: pdftoppm -r 60 -png target/render/sample.pdf p
        Files.createDirectories(Path.of("target/render"));
        Files.write(Path.of("target/render/sample.pdf"), pdf);
    }

    @Test
    void isValidPdfA3b() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    @Test
    void sameInputGivesSameBytes() {
        assertArrayEquals(pdf, PdfRenderer.render(Sample.document(60)));
    }

    @Test
    void differentContentGivesDifferentDocumentId() throws IOException {
        byte[] other = PdfRenderer.render(Sample.document(61));
        try (PDDocument a = Loader.loadPDF(pdf); PDDocument b = Loader.loadPDF(other)) {
            String idA = a.getDocument().getDocumentID().toString();
            String idB = b.getDocument().getDocumentID().toString();
            assertTrue(!idA.equals(idB), idA);
        }
    }

    @Test
    void embedsWorkbookAndJsonAsAssociatedFiles() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            Map<String, PDComplexFileSpecification> files = catalog.getNames().getEmbeddedFiles().getNames();
            assertEquals(2, files.size(), files.keySet().toString());
            PDComplexFileSpecification workbook = null;
            PDComplexFileSpecification json = null;
            for (PDComplexFileSpecification f : files.values()) {
                if ("results.json".equals(f.getFileUnicode())) {
                    json = f;
                } else if (Sample.WORKBOOK_NAME.equals(f.getFileUnicode())) {
                    workbook = f;
                }
            }
            assertTrue(workbook != null && json != null, files.keySet().toString());
            assertArrayEquals(Sample.WORKBOOK, workbook.getEmbeddedFile().toByteArray());
            assertArrayEquals(Sample.JSON, json.getEmbeddedFile().toByteArray());
            COSName rel = COSName.getPDFName("AFRelationship");
            assertEquals("Source", workbook.getCOSObject().getCOSName(rel).getName());
            assertEquals("Data", json.getCOSObject().getCOSName(rel).getName());
            // /F is ASCII: the five CJK characters of the name become underscores
            assertEquals("_____ JX0317.xlsx", workbook.getFile());
            assertEquals("application/json", json.getEmbeddedFile().getSubtype());
            COSArray af = catalog.getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertEquals(2, af.size());
        }
    }

    @Test
    void hasMetadataAndLanguage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals(Sample.META.title(), info.getTitle());
            assertEquals(Sample.META.author(), info.getAuthor());
            assertEquals(Sample.META.subject(), info.getSubject());
            assertEquals(Sample.META.keywords(), info.getKeywords());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
            // 2025-06-30T00:00Z is 1751241600 s after the epoch: 20269 days × 86400 s
            assertEquals(20269L * 86400 * 1000, info.getCreationDate().getTimeInMillis());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>3</pdfaid:part>") && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
            assertTrue(xmp.contains(Sample.META.title()), xmp);
        }
    }

    @Test
    void textIsExtractableChineseAndEnglish() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            for (String expected : List.of("产品碳足迹报告", "龑䶮科技有限公司", "1 引言 Introduction",
                    "以二氧化碳当量（kgCO₂e）表示", "温度 25 ℃，不确定度 ±12.5 %", "铝合金外壳 Aluminium housing 60",
                    "第 2 页 共 " + doc.getNumberOfPages() + " 页 / Page 2 of " + doc.getNumberOfPages(),
                    "主要排放源 Hotspots",
                    // pie: 8.2345 / (8.2345 + 2.1 + 0.45 + 1.3) = 8.2345 / 12.0845 = 0.6814 → 68.1 %; 2.1 / 12.0845 → 17.4 %
                    "原材料获取 Raw materials 68.1%", "生产制造 Production 17.4%",
                    // bar labels: 0.412 as 0.0% → 41.2%; 8.2345 as 0.0000
                    "电力 Electricity 41.2%", "8.2345", "系统边界：摇篮到大门", "System boundary: cradle-to-gate", "确定值 Deterministic value")) {
                assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in\n" + text);
            }
        }
    }

    @Test
    void headingsBecomeBookmarks() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertEquals(List.of("1 引言 Introduction", "2 计算结果 Results"), top);
            List<String> second = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().getFirstChild().children()) {
                second.add(item.getTitle());
            }
            assertEquals(List.of("1.1 单位与符号 Units and symbols", "1.2 活动数据 Activity data"), second);
        }
    }

    @Test
    void chartsAreVectorFormsAndOnlyThePhotoIsAnImage() throws IOException {
        int images = 0;
        int charts = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getXObjectNames()) {
                    PDXObject x = res.getXObject(name);
                    if (x instanceof PDImageXObject) {
                        images++;
                    } else if (x instanceof PDFormXObject form) {
                        Set<String> ops = operators(form);
                        // paths: moveto/lineto or rectangles, filled or stroked; text: shown with Tj/TJ
                        assertTrue(ops.contains("m") || ops.contains("re"), ops.toString());
                        assertTrue(ops.contains("f") || ops.contains("S"), ops.toString());
                        assertTrue(ops.contains("Tj") || ops.contains("TJ"), ops.toString());
                        assertTrue(!ops.contains("Do") && !ops.contains("BI"), ops.toString());
                        charts++;
                    }
                }
            }
        }
        assertEquals(1, images);
        assertEquals(Sample.charts().size(), charts);
    }

    private static Set<String> operators(PDFormXObject form) throws IOException {
        Set<String> ops = new HashSet<>();
        for (Object token : new PDFStreamParser(form).parse()) {
            if (token instanceof Operator op) {
                ops.add(op.getName());
            }
        }
        return ops;
    }
}
