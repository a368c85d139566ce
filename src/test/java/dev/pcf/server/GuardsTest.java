package dev.pcf.server;

import dev.pcf.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounds of {@code pcf serve}: loopback unless a token is given, 401 without it, 503 beyond --max-jobs. */
class GuardsTest {
    static final String TOKEN = "s3cret-token-of-32-characters-xx";
    static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void anotherAddressThanLoopbackNeedsAToken() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Settings("0.0.0.0", 8080, null, 2, false));
        assertTrue(e.getMessage().contains("refusing to serve on 0.0.0.0 without a token") && e.getMessage().contains("--token-file"),
                e.getMessage());
        new Settings("0.0.0.0", 8080, TOKEN, 2, false);
        new Settings("127.0.0.1", 8080, null, 2, false);
        assertThrows(IllegalArgumentException.class, () -> new Settings("127.0.0.1", 8080, "short", 2, false));
        assertThrows(IllegalArgumentException.class, () -> new Settings("127.0.0.1", 8080, null, 0, false));
    }

    @Test
    void loopbackIsDecidedFromTheTextAlone() {
        for (String h : new String[] {"127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]", "LOCALHOST"}) {
            assertTrue(Settings.isLoopback(h), h);
        }
        for (String h : new String[] {"0.0.0.0", "192.168.1.10", "::", "example.org", "127.0.0.1.example.org", "128.0.0.1", "127.0.0.256"}) {
            assertFalse(Settings.isLoopback(h), h);
        }
    }

    @Test
    void theCommandRefusesToStartOnAnotherAddressWithoutATokenAndSaysWhy() {
        var err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"serve", "--host", "0.0.0.0", "--port", "0"}, QUIET,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.USAGE, code);
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("refusing to serve on 0.0.0.0 without a token") && msg.contains("--token-file F"), msg);
    }

    @Test
    void withATokenEveryApiCallAndUploadNeedsIt() throws Exception {
        try (PcfServer server = PcfServer.start(new Settings("127.0.0.1", 0, TOKEN, 2, false), QUIET)) {
            Http http = new Http(server.port());
            var none = http.upload("/api/v1/validate", Http.EXAMPLE);
            assertEquals(401, none.statusCode());
            assertEquals("Bearer realm=\"pcf\"", none.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertEquals(401, http.upload("/api/v1/validate", Http.EXAMPLE, "Authorization", "Bearer wrong-token-wrong-token").statusCode());
            assertEquals(200, http.upload("/api/v1/validate", Http.EXAMPLE, "Authorization", "Bearer " + TOKEN).statusCode());
            assertEquals(401, http.upload("/jobs", Http.EXAMPLE, "Accept", "application/json").statusCode(), "the page's upload");
            assertEquals(202, http.upload("/jobs", Http.EXAMPLE, "Accept", "application/json", "Authorization", "Bearer " + TOKEN).statusCode());
            var page = http.get("/");
            assertEquals(200, page.statusCode(), "the page itself is open");
            assertTrue(Http.text(page).contains("id=\"token\""), "it asks for the token");
            assertEquals(200, http.get("/healthz").statusCode());
        }
    }

    @Test
    void beyondMaxJobsIs503WithRetryAfterAndTheSlotComesBack() throws Exception {
        try (PcfServer server = PcfServer.start(new Settings("127.0.0.1", 0, null, 1, false), QUIET)) {
            Http http = new Http(server.port());
            byte[] wb = Files.readAllBytes(Http.EXAMPLE);
            // a request whose body is still arriving holds the only slot
            String head = "POST /api/v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + Http.XLSX
                    + "\r\nContent-Length: " + wb.length + "\r\n\r\n";
            try (Socket slow = http.openRequest(head, java.util.Arrays.copyOf(wb, 100))) {
                var busy = waitForStatus(http, 503);
                assertEquals("5", busy.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(Http.text(busy).contains("the server is busy"), Http.text(busy));
                assertEquals(200, http.get("/healthz").statusCode(), "the page and health stay up");
                slow.getOutputStream().write(wb, 100, wb.length - 100);
                slow.getOutputStream().flush();
                assertTrue(Http.statusLine(slow).startsWith("HTTP/1.1 200"));
            }
            assertEquals(200, waitForStatus(http, 200).statusCode(), "the slot is free again");
        }
    }

    private static java.net.http.HttpResponse<byte[]> waitForStatus(Http http, int status) throws Exception {
        java.net.http.HttpResponse<byte[]> r = null;
        for (int i = 0; i < 100; i++) {
            r = http.upload("/api/v1/validate", Http.EXAMPLE);
            if (r.statusCode() == status) return r;
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + status + ", last " + r.statusCode() + ": " + Http.text(r));
    }

    @Test
    void clientFileNamesAreOnlyShownNeverUsedAsPaths() {
        assertEquals("x.xlsx", Upload.displayName("../../etc/x.xlsx"));
        assertEquals("x.xlsx", Upload.displayName("C:\\Users\\a\\x.xlsx"));
        assertEquals("workbook.xlsx", Upload.displayName(".."));
        assertEquals("workbook.xlsx", Upload.displayName(""));
        assertEquals("ab.xlsx", Upload.displayName("a\u0000\u202Eb.xlsx"));
        assertEquals(100, Upload.displayName("a".repeat(300)).length());
        assertEquals("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf", Downloads.disposition("报告.pdf"));
    }
}
