package dev.pcf.server;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Load on loopback: 50 report requests at once against {@code pcf serve} in its own JVM with
 * {@code -Xmx512m}. Every answer is 200 (a PDF) or 503 with Retry-After, none 500; afterwards the
 * server is alive, answers again and its memory is bounded.
 */
class LoadIT {
    static final int CLIENTS = 50;
    /** Far above what -Xmx512m plus metaspace, code and stacks take; a leak of the uploads would pass it. */
    static final long MAX_RESIDENT_MIB = 1100;

    @Test
    void fiftyConcurrentReportsGet200Or503AndTheServerSurvives() throws Exception {
        byte[] wb = Files.readAllBytes(Http.EXAMPLE);
        try (ForkedServer server = ForkedServer.start("512m", 0)) {
            Http http = new Http(server.port);
            var first = http.post("/api/v1/report?iterations=10000", Http.XLSX, wb);
            assertEquals(200, first.statusCode(), Http.text(first));

            List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(http.base + "/api/v1/report?iterations=10000&lang=zh%2Ben"))
                        .timeout(Duration.ofMinutes(5)).header("Content-Type", Http.XLSX)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(wb)).build();
                answers.add(http.client.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray()));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (var f : answers) {
                HttpResponse<byte[]> r = f.join();
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() == 200) {
                    assertEquals("%PDF", new String(r.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
                } else {
                    assertEquals(503, r.statusCode(), Http.text(r));
                    assertEquals("5", r.headers().firstValue("Retry-After").orElseThrow());
                }
            }
            assertTrue(statuses.getOrDefault(200, 0) >= 1, "some served: " + statuses);
            assertEquals(CLIENTS, statuses.getOrDefault(200, 0) + statuses.getOrDefault(503, 0), statuses.toString());

            assertTrue(server.process.isAlive(), "alive");
            assertEquals(200, http.get("/healthz").statusCode());
            assertEquals(200, http.post("/api/v1/validate", Http.XLSX, wb).statusCode(), "and still working");
            long rss = server.residentMib();
            assertTrue(rss < MAX_RESIDENT_MIB, "resident memory " + rss + " MiB");
        }
    }
}
