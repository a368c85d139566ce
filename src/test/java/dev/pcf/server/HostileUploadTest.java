package dev.pcf.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line's hostile corpus ({@code src/test/resources/hostile}, expected.tsv) uploaded
 * through the API: every workbook the command line refuses (exit 1) is answered 4xx — 415 when it
 * is not a spreadsheet container at all, else 422 — with the command line's message and cell;
 * the ones it accepts are answered 200; none 500.
 */
class HostileUploadTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static PcfServer server;
    static Http http;

    /** A line of expected.tsv: file, exit code of {@code pcf validate}, message substrings. */
    record Case(String file, int exit, List<String> messages) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> all = new ArrayList<>();
        for (String line : new String(resource("expected.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            all.add(new Case(f[0], Integer.parseInt(f[1]), List.of(Arrays.copyOfRange(f, 2, f.length))));
        }
        return all;
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = HostileUploadTest.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) throw new IOException("missing test resource /hostile/" + name);
            return in.readAllBytes();
        }
    }

    @BeforeAll
    static void start() throws IOException {
        server = PcfServer.start(new Settings("127.0.0.1", 0, null, 2, false),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void calcAnswers4xxWithTheCellOr200(Case c) throws Exception {
        var r = http.upload("/api/v1/calc?mc=false", c.file(), resource(c.file()));
        String body = Http.text(r);
        if (c.exit() == 0) {
            assertEquals(200, r.statusCode(), body);
            return;
        }
        assertTrue(r.statusCode() == 422 || r.statusCode() == 415, r.statusCode() + " " + body);
        JsonNode j = JSON.readTree(body);
        assertEquals(false, j.get("ok").asBoolean());
        String printed = printed(j);
        for (String m : c.messages()) assertTrue(printed.contains(m), "expected «" + m + "» in:\n" + printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateAnswersTheSameProblems(Case c) throws Exception {
        var r = http.upload("/api/v1/validate", c.file(), resource(c.file()));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 415, r.statusCode() + " " + Http.text(r));
        JsonNode j = JSON.readTree(r.body());
        assertEquals(c.exit() == 0, j.get("ok").asBoolean(), Http.text(r));
        String printed = printed(j);
        for (String m : c.messages()) assertTrue(printed.contains(m), "expected «" + m + "» in:\n" + printed);
    }

    /** The problems as the command line prints them: {@code cell: message}, one per line. */
    private static String printed(JsonNode j) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : j.get("problems")) {
            if (!p.get("cell").isNull()) sb.append(p.get("cell").asText()).append(": ");
            sb.append(p.get("message").asText()).append('\n');
        }
        return sb.toString();
    }
}
