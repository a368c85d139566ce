package dev.pcf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pcf.cli.Main;
import dev.pcf.verification.VerificationBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of {@code pcf serve} and every status code of the contract (cli-contract.md v1.1,
 * "HTTP API of pcf serve"), through the JDK's HTTP client against a server on 127.0.0.1, port 0.
 */
class ApiTest {
    static final Path NEGATIVE = Path.of("src/test/resources/hostile/31-negative-amount.xlsx");
    static final ObjectMapper JSON = new ObjectMapper();
    static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    static PcfServer server;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        server = PcfServer.start(new Settings("127.0.0.1", 0, null, 2, true), new PrintStream(LOG, true, StandardCharsets.UTF_8));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Test
    void healthzSaysOk() throws Exception {
        var r = http.get("/healthz");
        assertEquals(200, r.statusCode());
        assertEquals("ok", Http.text(r));
    }

    @Test
    void thePageCarriesAStrictContentSecurityPolicyAndNoInlineScriptOrStyle() throws Exception {
        var r = http.get("/", "Accept-Language", "zh-CN,zh;q=0.9");
        assertEquals(200, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'") && csp.contains("style-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        String html = Http.text(r);
        assertTrue(html.contains("<html lang=\"zh-CN\">"), "Chinese for a Chinese browser");
        assertFalse(html.contains("<style"), "no inline style element");
        assertFalse(html.contains(" style="), "no style attribute");
        assertFalse(html.matches("(?s).*<script(?![^>]*src=)[^>]*>.*"), "no inline script");
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing from the internet");
        for (String asset : List.of("/assets/app.css", "/assets/app.js", "/assets/icon.svg")) {
            assertEquals(200, http.get(asset).statusCode(), asset);
        }
        assertEquals(404, http.get("/assets/..%2Fpage_en.properties").statusCode());
    }

    @Test
    void theLanguageIsChosenByQueryAndRememberedInACookie() throws Exception {
        var r = http.get("/?lang=en");
        assertTrue(Http.text(r).contains("<html lang=\"en\">"));
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("pcf_lang=en;"), cookie);
        var again = http.get("/", "Cookie", "pcf_lang=zh", "Accept-Language", "en");
        assertTrue(Http.text(again).contains("<html lang=\"zh-CN\">"), "the cookie wins over the browser's preference");
    }

    @Test
    void templatesAreOneClickAway() throws Exception {
        var r = http.get("/template.xlsx");
        assertEquals(200, r.statusCode());
        assertEquals(Http.XLSX, r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().contains("pcf-template.xlsx"));
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertTrue(sheets.contains("活动数据 Activity") && sheets.contains("报告信息 Report"), sheets.toString());
        }
    }

    @Test
    void validateGivesTheCommandLinesMessagesWithTheirCells() throws Exception {
        var ok = http.upload("/api/v1/validate", Http.EXAMPLE);
        assertEquals(200, ok.statusCode());
        assertTrue(json(ok).get("ok").asBoolean());

        var bad = http.upload("/api/v1/validate", NEGATIVE);
        assertEquals(200, bad.statusCode(), "validate answers the problems, with ok false");
        JsonNode j = json(bad);
        assertFalse(j.get("ok").asBoolean());
        JsonNode first = j.get("problems").get(0);
        assertEquals("error", first.get("severity").asText());
        assertEquals("'活动数据 Activity'!D2", first.get("cell").asText());
        assertEquals("数量 Amount must be ≥ 0, found -5", first.get("message").asText());
        // the same messages as `pcf validate` prints
        var err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"validate", NEGATIVE.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        String cli = err.toString(StandardCharsets.UTF_8);
        for (JsonNode p : j.get("problems")) {
            String line = p.get("severity").asText() + ": " + (p.get("cell").isNull() ? "" : p.get("cell").asText() + ": ")
                    + p.get("message").asText();
            assertTrue(cli.contains(line), "«" + line + "» in\n" + cli);
        }
    }

    @Test
    void rawBodiesAreAcceptedWithAWorkbookContentType() throws Exception {
        byte[] wb = Files.readAllBytes(Http.EXAMPLE);
        for (String type : List.of(Http.XLSX, "application/octet-stream")) {
            var r = http.post("/api/v1/validate", type, wb);
            assertEquals(200, r.statusCode(), type);
            assertTrue(json(r).get("ok").asBoolean());
        }
    }

    @Test
    void calcGivesTheReferenceNumbers() throws Exception {
        var r = http.upload("/api/v1/calc?iterations=2000&seed=7", Http.EXAMPLE);
        assertEquals(200, r.statusCode(), Http.text(r));
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode j = json(r);
        assertEquals("pcf-result/1", j.get("schema").asText());
        // reference report T410267-3 by hand (see CliTest): 174.9425 × 0.5777 + … = 113.38583360
        assertEquals(113.38583360, j.get("total_kgco2e").asDouble(), 1e-7);
        assertEquals(101.06428225, j.get("stages").get(0).get("kgco2e").asDouble(), 1e-7);
        assertEquals("JX0317-D30.xlsx", j.get("workbook").get("file").asText(), "the uploaded name, for display");
        assertEquals(2000, j.get("uncertainty").get("iterations").asLong());
        assertEquals(7, j.get("uncertainty").get("seed").asLong());

        var noMc = http.upload("/api/v1/calc?mc=false", Http.EXAMPLE);
        assertEquals(200, noMc.statusCode());
        assertFalse(json(noMc).has("uncertainty") && !json(noMc).get("uncertainty").isNull(), "no Monte Carlo block");
    }

    @Test
    void aWorkbookWithErrorsIs422WithItsProblems() throws Exception {
        for (String path : List.of("/api/v1/calc", "/api/v1/report", "/api/v1/export/pact", "/api/v1/export/xlsx")) {
            var r = http.upload(path + "?mc=false", NEGATIVE);
            assertEquals(422, r.statusCode(), path);
            JsonNode j = json(r);
            assertFalse(j.get("ok").asBoolean());
            assertEquals("'活动数据 Activity'!D2", j.get("problems").get(0).get("cell").asText(), path);
        }
    }

    @Test
    void reportIsAPdfInTheLanguageAsked() throws Exception {
        var r = http.upload("/api/v1/report?lang=en&iterations=2000", Http.EXAMPLE);
        assertEquals(200, r.statusCode(), Http.text(r));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().contains("JX0317-D30.pdf"));
        String text;
        try (var doc = Loader.loadPDF(r.body())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Centralised DTU"), "English product name");
        assertFalse(text.contains("集中式"), "no Chinese in an English report");
        // a '+' in a query string arrives as a space: zh+en still means bilingual
        var both = http.upload("/api/v1/report?lang=zh+en&mc=false", Http.EXAMPLE);
        assertEquals(200, both.statusCode(), Http.text(both));
        try (var doc = Loader.loadPDF(both.body())) {
            String t = new PDFTextStripper().getText(doc);
            assertTrue(t.contains("Centralised DTU") && t.contains("集中式"), "both languages");
        }
    }

    @Test
    void withAVerificationWorkbookTheReportIsTheVerifiedReport() throws Exception {
        var r = http.uploadVerified("/api/v1/report?lang=en&mc=false", Http.EXAMPLE, new VerificationBook().bytes());
        assertEquals(200, r.statusCode(), Http.text(r));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
        try (var doc = Loader.loadPDF(r.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("CEC-PCF-2026-0317"), "the verification statement's number");
        }
    }

    @Test
    void aBrokenVerificationWorkbookIs422NamingItsCell() throws Exception {
        VerificationBook b = new VerificationBook();
        b.fields.put("body", null);
        var r = http.uploadVerified("/api/v1/report?mc=false", Http.EXAMPLE, b.bytes());
        assertEquals(422, r.statusCode(), Http.text(r));
        JsonNode j = json(r);
        assertFalse(j.get("ok").asBoolean());
        assertTrue(Http.text(r).contains("'核查信息 Verification'!B2"), Http.text(r));
    }

    @Test
    void theBlankVerificationWorkbookIsServed() throws Exception {
        var r = http.get("/template-verification.xlsx");
        assertEquals(200, r.statusCode());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertNotNull(wb.getSheet(VerificationBook.INFO));
        }
    }

    @Test
    void exportsArePactJsonAndAResultsWorkbook() throws Exception {
        var pact = http.upload("/api/v1/export/pact?version=3&mc=false", Http.EXAMPLE);
        assertEquals(200, pact.statusCode(), Http.text(pact));
        assertTrue(json(pact).get("specVersion").asText().startsWith("3."), Http.text(pact));
        var xlsx = http.upload("/api/v1/export/xlsx?mc=false", Http.EXAMPLE);
        assertEquals(200, xlsx.statusCode());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertTrue(wb.getNumberOfSheets() > 0);
        }
        assertEquals(400, http.upload("/api/v1/export/pact?version=4", Http.EXAMPLE).statusCode());
    }

    @Test
    void annotateMarksTheProblemCells() throws Exception {
        var r = http.upload("/api/v1/annotate", NEGATIVE);
        assertEquals(200, r.statusCode(), Http.text(r));
        assertEquals(Http.XLSX, r.headers().firstValue("Content-Type").orElseThrow());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertEquals("问题清单 Problems", wb.getSheetName(0));
            var comment = wb.getSheet("活动数据 Activity").getRow(1).getCell(3).getCellComment();
            assertNotNull(comment, "D2 is commented");
            assertTrue(comment.getString().getString().contains("≥ 0"), comment.getString().getString());
        }
    }

    @Test
    void badParametersAre400() throws Exception {
        assertEquals(400, http.upload("/api/v1/calc?iterations=abc", Http.EXAMPLE).statusCode());
        assertEquals(400, http.upload("/api/v1/calc?iterations=0", Http.EXAMPLE).statusCode());
        assertEquals(400, http.upload("/api/v1/calc?iterations=1000001", Http.EXAMPLE).statusCode());
        assertEquals(400, http.upload("/api/v1/calc?mc=maybe", Http.EXAMPLE).statusCode());
        var lang = http.upload("/api/v1/report?lang=fr", Http.EXAMPLE);
        assertEquals(400, lang.statusCode());
        assertTrue(json(lang).get("problems").get(0).get("message").asText().contains("zh, en or zh+en"));
        Http.Multipart wrongField = Http.multipart("file", "a.xlsx", Files.readAllBytes(Http.EXAMPLE));
        var missing = http.post("/api/v1/validate", wrongField.contentType(), wrongField.body());
        assertEquals(400, missing.statusCode());
        assertTrue(Http.text(missing).contains("'workbook'"));
    }

    @Test
    void notAWorkbookIs415() throws Exception {
        var text = http.post("/api/v1/validate", "text/plain", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, text.statusCode());
        var pdf = http.upload("/api/v1/calc", Path.of("src/test/resources/hostile/06-pdf.xlsx"));
        assertEquals(415, pdf.statusCode());
        assertTrue(Http.text(pdf).contains("06-pdf.xlsx: not an Excel workbook: the file is a PDF document"), Http.text(pdf));
        var empty = http.upload("/api/v1/validate", "empty.xlsx", new byte[0]);
        assertEquals(415, empty.statusCode());
        assertTrue(Http.text(empty).contains("empty.xlsx: the file is empty (0 bytes)"), Http.text(empty));
    }

    @Test
    void overTheSizeLimitIs413BeforeTheBodyIsRead() throws Exception {
        // the command line's limit, 50 MiB: Content-Length says more, nothing of the body is sent
        for (String type : List.of(Http.XLSX, "multipart/form-data; boundary=x")) {
            String head = "POST /api/v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
                    + "\r\nContent-Length: 120000000\r\n\r\n";
            try (Socket s = http.openRequest(head, new byte[0])) {
                assertTrue(Http.statusLine(s).startsWith("HTTP/1.1 413"), type);
            }
        }
    }

    @Test
    void overTheSizeLimitIs413WhenStreamedWithoutALength() throws Exception {
        long size = dev.pcf.Pcf.MAX_WORKBOOK_BYTES + 1;
        var body = java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'P' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'P');
                left -= n;
                return n;
            }
        });
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base + "/api/v1/validate"))
                .header("Content-Type", Http.XLSX).POST(body).build();
        var r = http.client.send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(413, r.statusCode());
        assertTrue(Http.text(r).contains("larger than the limit of 52,428,800 bytes"), Http.text(r));
    }

    @Test
    void unknownEndpointsAndJobsAre404() throws Exception {
        assertEquals(404, http.upload("/api/v1/nothing", Http.EXAMPLE).statusCode());
        assertEquals(404, http.get("/job/0123456789abcdef0123456789abcdef").statusCode());
        assertEquals(404, http.get("/jobs/0123456789abcdef0123456789abcdef/status").statusCode());
        assertEquals(404, http.get("/no/such/page").statusCode());
    }

    @Test
    void aPageJobWithAVerificationWorkbookDownloadsTheVerifiedReport() throws Exception {
        var r = http.uploadVerified("/jobs", Http.EXAMPLE, new VerificationBook().bytes(), "Accept", "application/json");
        assertEquals(202, r.statusCode(), Http.text(r));
        String id = json(r).get("id").asText();
        assertEquals("done", waitFor(id).get("phase").asText());
        for (String lang : List.of("en", "zh")) {
            var pdf = http.get("/jobs/" + id + "/report.pdf?lang=" + lang);
            assertEquals(200, pdf.statusCode());
            try (var doc = Loader.loadPDF(pdf.body())) {
                assertTrue(new PDFTextStripper().getText(doc).contains("CEC-PCF-2026-0317"), lang);
            }
        }
        String page = Http.text(http.get("/?lang=en"));
        assertTrue(page.contains("name=\"verification\"") && page.contains("href=\"/template-verification.xlsx\""), page);
    }

    @Test
    void aPageJobShowsItsProgressThenItsResultAndDownloads() throws Exception {
        var r = http.upload("/jobs", "JX0317-D30.xlsx", Files.readAllBytes(Http.EXAMPLE), "Accept", "application/json");
        assertEquals(202, r.statusCode(), Http.text(r));
        String id = json(r).get("id").asText();
        assertTrue(id.matches("[0-9a-f]{32}"), id);
        JsonNode status = waitFor(id);
        assertEquals("done", status.get("phase").asText());
        assertTrue(status.get("iterations").asLong() > 0, "Monte Carlo iterations reported");
        String page = Http.text(http.get("/job/" + id + "?lang=en"));
        assertTrue(page.contains("id=\"result\"") && page.contains("113.3858"), "total on the page");
        var pdf = http.get("/jobs/" + id + "/report.pdf?lang=zh");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        assertArrayEquals(pdf.body(), http.get("/jobs/" + id + "/report.pdf?lang=zh").body(), "rendered once, kept");
        assertEquals(113.38583360, json(http.get("/jobs/" + id + "/result.json")).get("total_kgco2e").asDouble(), 1e-7);
        assertEquals(200, http.get("/jobs/" + id + "/pact.json").statusCode());
        assertEquals(200, http.get("/jobs/" + id + "/results.xlsx").statusCode());
        assertEquals(404, http.get("/jobs/" + id + "/annotated.xlsx").statusCode(), "a result has nothing to annotate");
    }

    @Test
    void aPageJobWithProblemsListsThemAndGivesTheAnnotatedWorkbook() throws Exception {
        var r = http.upload("/jobs", NEGATIVE, "Accept", "text/html");
        assertEquals(303, r.statusCode(), "a plain form post is redirected to the job's page");
        String where = r.headers().firstValue("Location").orElseThrow();
        String id = where.substring(where.lastIndexOf('/') + 1);
        assertEquals("problems", waitFor(id).get("phase").asText());
        String page = Http.text(http.get("/job/" + id + "?lang=en"));
        assertTrue(page.contains("&#39;活动数据 Activity&#39;!D2"), "the cell");
        assertTrue(page.contains("数量 Amount must be ≥ 0, found -5"), "the message");
        assertTrue(page.contains("<td data-label=\"D 数量 Amount\" class=\"error\">-5</td>"), "the row's values, the cell marked");
        assertEquals(409, http.get("/jobs/" + id + "/report.pdf").statusCode(), "no result, no report");
        var annotated = http.get("/jobs/" + id + "/annotated.xlsx");
        assertEquals(200, annotated.statusCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(annotated.body()))) {
            assertEquals("问题清单 Problems", wb.getSheetName(0));
        }
    }

    @Test
    void theRequestLogHasNoWorkbookContentAndNoJobIds() throws Exception {
        http.upload("/api/v1/validate", Http.EXAMPLE);
        var job = http.upload("/jobs", NEGATIVE, "Accept", "application/json");
        String id = json(job).get("id").asText();
        waitFor(id);
        String log = LOG.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains(" POST /api/v1/validate 200 "), log);
        assertTrue(log.contains(" GET /jobs/{id}/status 200 "), log);
        assertFalse(log.contains("JX0317") || log.contains("集中式") || log.contains("DTU") || log.contains("negative"), log);
        assertFalse(log.contains(id), "a job's id is its uploader's key: " + log);
    }

    @Test
    void uploadsLeaveNoFileBehind() throws Exception {
        http.upload("/api/v1/validate", Http.EXAMPLE);
        try (var files = Files.list(server.cacheDirectory())) {
            assertEquals(0, files.count(), "multipart uploads stay in memory");
        }
    }

    static JsonNode waitFor(String id) throws Exception {
        for (int i = 0; i < 1200; i++) {
            JsonNode s = json(http.get("/jobs/" + id + "/status"));
            if (s.get("finished").asBoolean()) return s;
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish in 2 minutes");
    }
}
