package dev.pcf.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/** A test client of a pcf server on loopback: the JDK's HTTP client, multipart bodies, raw sockets. */
final class Http {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Path EXAMPLE = Path.of("workbook-templates/examples/JX0317-D30.xlsx");

    final String base;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A multipart/form-data body with one file field. */
    record Multipart(String boundary, byte[] body) {
        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }
    }

    static Multipart multipart(String field, String fileName, byte[] content) {
        String boundary = "pcf-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + XLSX + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart(boundary, out.toByteArray());
    }

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(3)).GET();
        if (headers.length > 0) b.headers(headers);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POSTs a workbook as the multipart field {@code workbook}. */
    HttpResponse<byte[]> upload(String path, String fileName, byte[] content, String... headers) throws IOException, InterruptedException {
        Multipart m = multipart("workbook", fileName, content);
        return post(path, m.contentType(), m.body(), headers);
    }

    /** POSTs a workbook as the field {@code workbook} and a verification workbook as the field {@code verification}. */
    HttpResponse<byte[]> uploadVerified(String path, Path file, byte[] verification, String... headers) throws IOException, InterruptedException {
        String boundary = "pcf-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] fields = {"workbook", "verification"};
        byte[][] contents = {Files.readAllBytes(file), verification};
        String[] names = {file.getFileName().toString(), "V.xlsx"};
        for (int i = 0; i < 2; i++) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"; filename=\""
                    + names[i] + "\"\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(contents[i]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), headers);
    }

    HttpResponse<byte[]> upload(String path, Path file, String... headers) throws IOException, InterruptedException {
        return upload(path, file.getFileName().toString(), Files.readAllBytes(file), headers);
    }

    HttpResponse<byte[]> post(String path, String contentType, byte[] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(3))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) b.headers(headers);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /**
     * Sends a request's head and the first bytes of its body over a raw socket and returns the
     * socket, left open (the caller closes it): a request the server is still reading.
     */
    Socket openRequest(String head, byte[] bodyStart) throws IOException {
        URI u = URI.create(base);
        Socket s = new Socket(u.getHost(), u.getPort());
        s.setSoTimeout(60_000);
        OutputStream out = s.getOutputStream();
        out.write(head.getBytes(StandardCharsets.UTF_8));
        out.write(bodyStart);
        out.flush();
        return s;
    }

    /** Reads the status line of the answer on a raw socket. */
    static String statusLine(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) line.write(c);
        return line.toString(StandardCharsets.ISO_8859_1).strip();
    }
}
