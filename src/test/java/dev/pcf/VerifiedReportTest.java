package dev.pcf;

import dev.pcf.model.ReportLanguage;
import dev.pcf.render.PdfRenderer;
import dev.pcf.verification.VerificationBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verified report of the JX0317-D30 example end to end: both workbooks read and checked, the
 * verification statement in zh, en and zh+en with every field of the verification workbook, the
 * empty signature fields, both workbooks embedded with their SHA-256 printed.
 */
class VerifiedReportTest {
    static final Path JX = Path.of("workbook-templates/examples/JX0317-D30.xlsx");
    /** The example's total, 113.38583… kgCO2e (see dev.pcf.report.Jx0317), at the report's 4 decimals. */
    static final String VERIFIED = "113.3858";

    @TempDir
    static Path dir;
    static final Map<ReportLanguage, byte[]> PDF = new EnumMap<>(ReportLanguage.class);
    static final Map<ReportLanguage, String> TEXT = new EnumMap<>(ReportLanguage.class);
    /** The text in content-stream order: a table cell's lines stay together. */
    static final Map<ReportLanguage, String> STREAM = new EnumMap<>(ReportLanguage.class);
    static Path verification;
    static Pcf.Verified verified;

    @BeforeAll
    static void render() throws Exception {
        verification = new VerificationBook().write(dir, "核查数据表 V.xlsx");
        verified = Pcf.calculateVerified(JX, verification, new Pcf.Options(1L, 2000L, 1, true), null);
        for (ReportLanguage l : ReportLanguage.values()) {
            byte[] pdf = PdfRenderer.render(Pcf.reportDocument(verified, l));
            PDF.put(l, pdf);
            TEXT.put(l, text(pdf));
            STREAM.put(l, text(pdf, false));
            if (System.getenv("PCF_KEEP_PDF") != null) {     // to look at the pages
                String name = "verified-" + l.name().toLowerCase(java.util.Locale.ROOT);
                Files.write(Path.of("target", name + ".pdf"), pdf);
                keepSigned(pdf, name);
            }
        }
    }

    /** Signed copies to look at: the verifier's field with a seal, the reviewer's without. */
    private static void keepSigned(byte[] pdf, String name) throws Exception {
        Path unsigned = Files.write(dir.resolve(name + ".pdf"), pdf);
        Path seal = Files.write(dir.resolve("seal.png"), dev.pcf.sign.TestKeys.seal());
        Path lead = dev.pcf.sign.TestKeys.keyStore(dir, name + "-lead.p12", "C=CN, O=中环联合认证中心, CN=张伟");
        Path reviewer = dev.pcf.sign.TestKeys.keyStore(dir, name + "-rev.p12", "C=CN, O=中环联合认证中心, CN=王芳");
        char[] pw = dev.pcf.sign.TestKeys.PASSWORD.toCharArray();
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-20T02:00:00Z"), java.time.ZoneOffset.UTC);
        byte[] once = Pcf.sign(unsigned, new dev.pcf.model.SignRequest(lead, pw, null, "verifier", "核查声明 Verification statement",
                "北京 Beijing", seal), clock);
        Path p1 = Files.write(dir.resolve(name + "-1.pdf"), once);
        byte[] twice = Pcf.sign(p1, new dev.pcf.model.SignRequest(reviewer, pw, null, "reviewer", null, null, null), clock);
        Files.write(Path.of("target", name + "-signed.pdf"), twice);
    }

    static String text(byte[] pdf) throws IOException {
        return text(pdf, true);
    }

    static String text(byte[] pdf, boolean sorted) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(sorted);
            return squeeze(s.getText(d));
        }
    }

    /** Without white space: table cells and long values wrap anywhere. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static void contains(ReportLanguage l, List<String> expected) {
        String t = TEXT.get(l);
        String stream = STREAM.get(l);
        List<String> missing = new ArrayList<>();
        for (String e : expected) if (!t.contains(squeeze(e)) && !stream.contains(squeeze(e))) missing.add(e);
        assertTrue(missing.isEmpty(), l + " report lacks " + missing);
    }

    /** What every language shows as written in the verification workbook (names, numbers, IDs, files). */
    private static List<String> common() throws Exception {
        return List.of("中环联合（北京）认证中心有限公司", "CEC-PCF-2026-0317",
                "GB/T 24067-2024 / ISO 14067:2018; ISO 14064-3:2019",
                "张伟", "CCAA-2024-GHG-0101", "李娜", "CCAA-2024-GHG-0102", "王芳", "CCAA-2023-GHG-0007", "赵强",
                "中环联合认证中心", "NC-01", "'活动数据 Activity'!D3", "企业已按发票更正 Corrected from the invoices", "OB-01",
                // reported 115.2 vs verified 113.38583…: (115.2 − 113.38583) / 113.38583 = +1.60 %
                "115.2000", VERIFIED, "+1.60",
                "JX0317-D30.xlsx", sha256(Files.readAllBytes(JX)), "核查数据表 V.xlsx", sha256(Files.readAllBytes(verification)));
    }

    @Test
    void chineseStatementHoldsEveryField() throws Exception {
        contains(ReportLanguage.ZH, common());
        contains(ReportLanguage.ZH, List.of("核查声明", "经核查", "有限保证", "实质性阈值", "5 %", "文件评审、现场核查、人员访谈",
                "2026年03月10日", "2026年03月20日", "结论类型：肯定", "核查组未发现任何事项", "柴油用量与发票不一致",
                "建议对空压机分表计量", "不符合项", "观察项", "已关闭", "未关闭", "核查组长", "核查员", "技术复核", "批准",
                "核查机构盖章", "核查组长签名", "技术复核签名", "否"));
    }

    @Test
    void englishStatementHoldsEveryField() throws Exception {
        contains(ReportLanguage.EN, common());
        contains(ReportLanguage.EN, List.of("Verification statement", "Verified", "limited assurance", "Materiality", "5 %",
                "document review, site visit, interviews", "10 March 2026", "20 March 2026", "Conclusion: positive",
                "nothing has come to our attention", "Diesel amount did not match the invoices",
                "Sub-metering of the compressors is recommended", "Non-conformity", "Observation", "Closed", "Open",
                "Lead verifier", "Reviewer", "Approver", "Seal of the verification body", "Lead verifier's signature",
                "Reviewer's signature"));
    }

    @Test
    void bilingualStatementHoldsBothLanguages() throws Exception {
        contains(ReportLanguage.ZH_EN, common());
        contains(ReportLanguage.ZH_EN, List.of("核查声明 Verification statement", "有限保证 limited assurance",
                "文件评审、现场核查、人员访谈 document review, site visit, interviews", "结论类型：肯定", "Conclusion: positive",
                "核查组未发现任何事项", "nothing has come to our attention", "柴油用量与发票不一致 Diesel amount did not match the invoices",
                "不符合项 Non-conformity", "已关闭 Closed", "核查组长 Lead verifier", "技术复核 Reviewer",
                "核查机构盖章 Seal of the verification body"));
    }

    /** The standard's and the criteria's text as the JX0317-D30 and the verification workbook give them. */
    static final String STANDARD = "GB/T 24067-2024 / ISO 14067:2018";
    static final String CRITERIA = "GB/T 24067-2024 / ISO 14067:2018; ISO 14064-3:2019";
    static final String STUDY_EN = "The carbon footprint in this report was calculated according to " + STANDARD + " from the"
            + " data the company supplied in its workbook. The report states what was calculated and how; only a verification"
            + " can confirm conformity with the standard.";
    static final String STUDY_ZH = "本报告的碳足迹按照 " + STANDARD + " 计算，所用数据由企业在数据表中提供。本报告说明计算了什么、"
            + "如何计算；是否符合该标准，只能由核查确认。";

    @Test
    void verifiedSummaryStatesWhoVerifiedAgainstWhatAndTheVerifiersConclusion() {
        String en = "The carbon footprint in this report was calculated according to " + STANDARD + " from the data the"
                + " company supplied in its workbook, and verified by 中环联合（北京）认证中心有限公司 against " + CRITERIA
                + " with limited assurance: verification statement No. CEC-PCF-2026-0317 of 20 March 2026, which follows"
                + " this summary. The verifier's conclusion is positive: Based on the verification activities performed and"
                + " the evidence obtained, nothing has come to our attention that causes us to believe that the product"
                + " carbon footprint of";
        String zh = "本报告的碳足迹按照 " + STANDARD + " 计算，所用数据由企业在数据表中提供，并由中环联合（北京）认证中心有限公司"
                + "依据 " + CRITERIA + " 进行了核查（有限保证）；核查声明（编号 CEC-PCF-2026-0317，2026年03月20日）附于本摘要之后。"
                + "核查结论为“肯定”：根据所执行的核查活动和所获取的证据，核查组未发现任何事项使我们认为";
        contains(ReportLanguage.EN, List.of(en));
        contains(ReportLanguage.ZH, List.of(zh));
        contains(ReportLanguage.ZH_EN, List.of(zh, en));
        for (ReportLanguage l : ReportLanguage.values()) {
            // the study report's sentence, which says no verification confirmed anything, is not printed
            assertFalse(TEXT.get(l).contains(squeeze(STUDY_EN)) || TEXT.get(l).contains(squeeze(STUDY_ZH)), l.name());
            assertFalse(TEXT.get(l).contains("onlyaverificationcanconfirm") || TEXT.get(l).contains("只能由核查确认"), l.name());
        }
    }

    @Test
    void verifiedSummaryQuotesTheVerifiersOwnWordsBesideTheStandardTextOfTheOtherLanguage() throws Exception {
        VerificationBook book = new VerificationBook();
        book.fields.put("conclusion", "保留 qualified");
        book.fields.put("assurance", "合理保证 reasonable");
        book.fields.put("conclusionTextEn", "Except for the diesel amount of 2023, the footprint was quantified as the"
                + " criteria require.");
        Path v = book.write(dir, "qualified.xlsx");
        Pcf.Verified q = Pcf.calculateVerified(JX, v, new Pcf.Options(1L, 2000L, 1, false), null);
        String zhEn = text(PdfRenderer.render(Pcf.reportDocument(q, ReportLanguage.ZH_EN)));
        String own = "The verifier's conclusion is qualified: Except for the diesel amount of 2023, the footprint was"
                + " quantified as the criteria require.";
        // Chinese: no Chinese text was given, so the standard text of a qualified conclusion
        String zh = "进行了核查（合理保证）；核查声明（编号 CEC-PCF-2026-0317，2026年03月20日）附于本摘要之后。核查结论为“保留”："
                + "除下文核查发现所述事项的影响外，核查组认为";
        assertTrue(zhEn.contains(squeeze(own)), "own English words");
        assertTrue(zhEn.contains(squeeze(zh)), "standard Chinese text");
        String en = text(PdfRenderer.render(Pcf.reportDocument(q, ReportLanguage.EN)));
        assertTrue(en.contains(squeeze("against " + CRITERIA + " with reasonable assurance: verification statement No."))
                && en.contains(squeeze(own)), "English report");
    }

    @Test
    void studySummaryStatesOnlyWhatWasCalculated() throws Exception {
        Pcf.Result r = Pcf.calculate(JX, new Pcf.Options(1L, 2000L, 1, false), null);
        Map<ReportLanguage, List<String>> expected = Map.of(ReportLanguage.ZH, List.of(STUDY_ZH),
                ReportLanguage.EN, List.of(STUDY_EN), ReportLanguage.ZH_EN, List.of(STUDY_ZH, STUDY_EN));
        for (ReportLanguage l : ReportLanguage.values()) {
            String t = text(PdfRenderer.render(Pcf.reportDocument(r, l)));
            for (String e : expected.get(l)) assertTrue(t.contains(squeeze(e)), l + ": " + e);
            assertFalse(t.contains("verifiedby") || t.contains("进行了核查"), l.name());
        }
    }

    @Test
    void studyReportNeverSaysVerified() throws Exception {
        Pcf.Result r = Pcf.calculate(JX, new Pcf.Options(1L, 2000L, 1, false), null);
        for (ReportLanguage l : ReportLanguage.values()) {
            byte[] pdf = PdfRenderer.render(Pcf.reportDocument(r, l));
            String t = text(pdf);
            assertFalse(t.contains("经核查") || t.contains("Verified") || t.contains("核查声明") || t.contains("Verificationstatement"), l.name());
            try (PDDocument d = Loader.loadPDF(pdf)) {
                PDAcroForm form = d.getDocumentCatalog().getAcroForm();
                assertTrue(form == null || form.getFields().isEmpty(), "a study report has no signature fields");
            }
        }
    }

    @Test
    void verifiedOnCoverAndRunningHeader() throws Exception {
        try (PDDocument d = Loader.loadPDF(PDF.get(ReportLanguage.EN))) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            String cover = squeeze(s.getText(d));
            assertTrue(cover.contains("Verified") && cover.contains("StatementNo.CEC-PCF-2026-0317"), "cover");
            s.setStartPage(d.getNumberOfPages());
            s.setEndPage(d.getNumberOfPages());
            assertTrue(squeeze(s.getText(d)).contains("Verified·T410267-3"), "running header of the last page");
        }
    }

    @Test
    void emptySignatureFieldsVerifierAndReviewer() throws Exception {
        for (ReportLanguage l : ReportLanguage.values()) {
            try (PDDocument d = Loader.loadPDF(PDF.get(l))) {
                PDAcroForm form = d.getDocumentCatalog().getAcroForm();
                assertNotNull(form, l.name());
                List<String> names = new ArrayList<>();
                for (PDField f : form.getFieldTree()) {
                    assertTrue(f instanceof PDSignatureField, f.getFullyQualifiedName() + " is a signature field");
                    assertNull(((PDSignatureField) f).getSignature(), "unsigned");
                    var widget = f.getWidgets().getFirst();
                    assertTrue(widget.isPrinted(), "printable widget");
                    assertTrue(widget.getRectangle().getWidth() > 100 && widget.getRectangle().getHeight() > 40, "a field to sign in");
                    assertTrue(onAPage(d, widget), "on a page");
                    names.add(f.getFullyQualifiedName());
                }
                assertEquals(List.of("verifier", "reviewer"), names, l.name());
            }
        }
    }

    @Test
    void bothWorkbooksEmbeddedAsSourceWithTheJson() throws Exception {
        try (PDDocument d = Loader.loadPDF(PDF.get(ReportLanguage.ZH_EN))) {
            var tree = d.getDocumentCatalog().getNames().getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> files = new java.util.TreeMap<>();
            for (var kid : tree.getNames().values()) files.put(kid.getFileUnicode(), kid);
            assertEquals(java.util.Set.of("JX0317-D30.xlsx", "核查数据表 V.xlsx", "T410267-3-results.json"), files.keySet());
            assertArrayEquals(Files.readAllBytes(JX), files.get("JX0317-D30.xlsx").getEmbeddedFile().toByteArray());
            assertArrayEquals(Files.readAllBytes(verification), files.get("核查数据表 V.xlsx").getEmbeddedFile().toByteArray());
            assertEquals("Source", files.get("核查数据表 V.xlsx").getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")));
            String json = new String(files.get("T410267-3-results.json").getEmbeddedFile().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("verification");
            assertEquals("CEC-PCF-2026-0317", node.get("statement_no").asText());
            assertEquals("positive", node.get("conclusion").asText());
            assertEquals("limited", node.get("level_of_assurance").asText());
            assertEquals(115.2, node.get("reported_total_kgco2e").asDouble(), 0);
            assertEquals((115.2 - node.get("verified_total_kgco2e").asDouble()) / node.get("verified_total_kgco2e").asDouble() * 100,
                    node.get("difference_pct").asDouble(), 1e-9);
            assertEquals(1.6, node.get("difference_pct").asDouble(), 0.001);
            assertFalse(node.get("exceeds_materiality").asBoolean());
            assertEquals(sha256(Files.readAllBytes(verification)), node.get("workbook").get("sha256").asText());
            assertEquals(4, node.get("team").size());
            assertEquals("non-conformity", node.get("findings").get(0).get("type").asText());
            assertEquals("closed", node.get("findings").get(0).get("status").asText());
        }
    }

    private static boolean onAPage(PDDocument d, org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget w)
            throws IOException {
        for (var page : d.getPages()) {
            for (var a : page.getAnnotations()) if (a.getCOSObject() == w.getCOSObject()) return true;
        }
        return false;
    }

    private static void assertArrayEquals(byte[] a, byte[] b) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
    }
}
