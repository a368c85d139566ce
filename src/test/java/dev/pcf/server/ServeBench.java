package dev.pcf.server;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Benchmark of {@code pcf serve} (numbers in bench/README.md): warm report time through the server
 * for the JX0317-D30 example, then the load test's wave of concurrent report requests against a
 * server in its own JVM, and the sustained throughput when every client retries after a 503.
 * A plain main: {@code ServeBench [xmx=512m] [clients=50] [iterations=10000] [repeats=5]}.
 */
final class ServeBench {
    private ServeBench() {}

    public static void main(String[] args) throws Exception {
        String xmx = args.length > 0 ? args[0] : "512m";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        String iterations = args.length > 2 ? args[2] : "10000";
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        byte[] wb = Files.readAllBytes(Http.EXAMPLE);
        try (ForkedServer server = ForkedServer.start(xmx, 0)) {
            Http http = new Http(server.port);
            for (int i = 0; i < 3; i++) http.post("/api/v1/report?iterations=" + iterations, Http.XLSX, wb);
            for (String query : List.of("", "?iterations=" + iterations)) {
                double[] s = new double[repeats];
                for (int i = 0; i < repeats; i++) {
                    long t = System.nanoTime();
                    var r = http.post("/api/v1/report" + query, Http.XLSX, wb);
                    s[i] = (System.nanoTime() - t) / 1e9;
                    if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + Http.text(r));
                }
                Arrays.sort(s);
                System.out.printf(Locale.ROOT, "warm report %-20s best %.2f s, median %.2f s (%d runs)%n",
                        query.isEmpty() ? "(workbook's MC)" : query, s[0], s[repeats / 2], repeats);
            }
            long t = System.nanoTime();
            Map<Integer, Integer> wave = new TreeMap<>();
            List<CompletableFuture<HttpResponse<byte[]>>> all = new ArrayList<>();
            for (int i = 0; i < clients; i++) all.add(send(http, wb, iterations));
            for (var f : all) wave.merge(f.join().statusCode(), 1, Integer::sum);
            System.out.printf(Locale.ROOT, "wave of %d at once: %s in %.1f s; resident %d MiB%n", clients, wave,
                    (System.nanoTime() - t) / 1e9, server.residentMib());
            t = System.nanoTime();
            List<CompletableFuture<Integer>> retrying = new ArrayList<>();
            for (int i = 0; i < clients; i++) retrying.add(CompletableFuture.supplyAsync(() -> untilServed(http, wb, iterations)));
            int attempts = 0;
            for (var f : retrying) attempts += f.join();
            double secs = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "sustained: %d reports in %.1f s = %.1f reports/min (%d requests, retry 0.5 s after 503); resident %d MiB%n",
                    clients, secs, clients / secs * 60, attempts, server.residentMib());
        }
    }

    private static CompletableFuture<HttpResponse<byte[]>> send(Http http, byte[] wb, String iterations) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(http.base + "/api/v1/report?iterations=" + iterations))
                .timeout(Duration.ofMinutes(10)).header("Content-Type", Http.XLSX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(wb)).build();
        return http.client.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int untilServed(Http http, byte[] wb, String iterations) {
        for (int attempt = 1; ; attempt++) {
            int status = send(http, wb, iterations).join().statusCode();
            if (status == 200) return attempt;
            if (status != 503) throw new IllegalStateException("status " + status);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
