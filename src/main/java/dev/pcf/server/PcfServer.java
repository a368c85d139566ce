package dev.pcf.server;

import dev.pcf.Pcf;
import dev.pcf.model.InputException;
import dev.pcf.server.Texts.Lang;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code pcf serve}: the page and the HTTP API on Javalin (Jetty 12). Every response carries a
 * strict Content-Security-Policy; every {@code /api/} call and every upload carries the bearer
 * token when one is set; anything a request or a workbook holds is answered with a 4xx, never a
 * 500; one log line per request (method, path, status, time — never content).
 */
public final class PcfServer implements AutoCloseable {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final String LANG_COOKIE = "pcf_lang";

    private final Settings settings;
    private final PrintStream log;
    private final Gate gate;
    private final Jobs jobs;
    private final Path cache;
    private final byte[] token;
    private final Javalin app;

    private PcfServer(Settings settings, PrintStream log) throws IOException {
        this.settings = settings;
        this.log = log;
        this.gate = new Gate(settings.maxJobs());
        this.jobs = new Jobs(gate, log);
        // multipart parts stay in memory (limit below); Jetty still wants a folder: a private, empty one
        this.cache = Files.createTempDirectory("pcf-serve-");
        this.token = settings.token() == null ? null : settings.token().strip().getBytes(StandardCharsets.UTF_8);
        Api api = new Api(gate);
        Downloads downloads = new Downloads(jobs, gate);
        this.app = Javalin.create(config -> configure(config, api, downloads));
    }

    /**
     * Starts a server.
     *
     * @param log where the request log and internal errors go (stderr for {@code pcf serve})
     * @throws IOException when the temporary folder cannot be made
     */
    public static PcfServer start(Settings settings, PrintStream log) throws IOException {
        PcfServer s = new PcfServer(settings, log);
        try {
            s.app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** The port bound (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The private folder Jetty may spill multipart parts to (it never should: they stay in memory). */
    Path cacheDirectory() {
        return cache;
    }

    /** The page's address. */
    public String url() {
        String h = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + h + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
        try (Stream<Path> files = Files.walk(cache)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.println("pcf serve: could not delete " + cache + ": " + e.getMessage());
        }
    }

    private void configure(JavalinConfig config, Api api, Downloads downloads) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = Upload.MAX_MULTIPART_BYTES;
        config.http.generateEtags = false;
        config.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
        config.jetty.multipartConfig.cacheDirectory(cache.toString());
        config.jetty.multipartConfig.maxFileSize(Pcf.MAX_WORKBOOK_BYTES + 1, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize((int) Pcf.MAX_WORKBOOK_BYTES + 1, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(Upload.MAX_MULTIPART_BYTES, SizeUnit.BYTES);
        if (settings.log()) {
            config.requestLogger.http((ctx, ms) -> log.printf(Locale.ROOT, "%s %s %s %d %.0f ms%n",
                    Instant.now(), ctx.method(), logPath(ctx), ctx.statusCode(), ms));
        }
        var r = config.routes;
        r.before(this::headers);
        r.before("/api/*", ctx -> {
            if (!authorised(ctx)) throw unauthorised();
        });
        r.get("/", ctx -> ctx.html(Pages.index(lang(ctx), settings.tokenRequired())));
        r.get("/job/{id}", ctx -> {
            Job job = jobs.get(ctx.pathParam("id"));
            if (job == null) throw ApiError.notFound("job");
            ctx.html(Pages.job(lang(ctx), job, settings.tokenRequired()));
        });
        r.get("/healthz", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"));
        r.get("/assets/{name}", this::asset);
        r.get("/assets/fonts/" + Assets.CJK_FONT, ctx -> ctx.contentType("font/ttf")
                .header("Cache-Control", "public, max-age=86400").result(Assets.cjkFont()));
        r.get("/template.xlsx", ctx -> Api.attachment(ctx, Api.XLSX, "pcf-template.xlsx").result(Assets.template()));
        r.get("/template-verification.xlsx", ctx -> Api.attachment(ctx, Api.XLSX, "pcf-template-verification.xlsx")
                .result(Assets.verificationTemplate()));
        r.post("/jobs", this::submit);
        r.get("/jobs/{id}/status", downloads::status);
        r.get("/jobs/{id}/report.pdf", downloads::pdf);
        r.get("/jobs/{id}/result.json", downloads::json);
        r.get("/jobs/{id}/pact.json", downloads::pact);
        r.get("/jobs/{id}/results.xlsx", downloads::xlsx);
        r.get("/jobs/{id}/annotated.xlsx", downloads::annotated);
        r.post("/api/v1/validate", api::validate);
        r.post("/api/v1/annotate", api::annotate);
        r.post("/api/v1/calc", api::calc);
        r.post("/api/v1/report", api::report);
        r.post("/api/v1/export/pact", api::pact);
        r.post("/api/v1/export/xlsx", api::xlsx);
        r.exception(ApiError.class, (e, ctx) -> fail(ctx, e));
        r.exception(InputException.class, (e, ctx) -> fail(ctx, new ApiError(422, e.problems())));
        r.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus() == 413
                ? Upload.tooLarge(Upload.DEFAULT_NAME) : new ApiError(e.getStatus(), String.valueOf(e.getMessage()))));
        r.exception(Exception.class, (e, ctx) -> {
            log.println("pcf serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            e.printStackTrace(log);
            fail(ctx, new ApiError(500, "internal error; the server log has the details"));
        });
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                fail(ctx, ApiError.notFound(ctx.path().startsWith("/api/") ? "API endpoint" : "page"));
            }
        });
    }

    /**
     * The path for the log: the route's pattern where one matched ({@code /job/{id}}: a job's id is
     * what entitles its uploader, so it stays out of the log), else the path as sent, shortened.
     */
    private static String logPath(Context ctx) {
        try {
            var endpoint = ctx.endpoint();
            if (endpoint != null && endpoint.path != null) return endpoint.path;
        } catch (RuntimeException e) {
            // no route matched (404): fall through to the raw path
        }
        String p = ctx.path();
        return p.length() > 120 ? p.substring(0, 120) + "…" : p;
    }

    /** {@code POST /jobs}: the page's upload; 202 with the job (script) or 303 to its page (plain form). */
    private void submit(Context ctx) {
        boolean headerOk = authorised(ctx);
        if (token != null && !headerOk && ctx.header("Authorization") != null) throw unauthorised();
        Gate.Slot slot = gate.enter();
        try {
            Upload u = Upload.read(ctx);
            if (token != null && !headerOk && !matches(ctx.formParam("token"))) throw unauthorised();
            Job job = jobs.start(u, slot);
            slot = null;
            if (wantsJson(ctx)) {
                ctx.status(202).contentType(Api.JSON).result("{\"id\":\"" + job.id + "\",\"url\":\"/job/" + job.id + "\"}");
            } else {
                ctx.redirect("/job/" + job.id, HttpStatus.SEE_OTHER);
            }
        } finally {
            if (slot != null) slot.close();
        }
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] b = Assets.get(name);
        if (b == null) throw ApiError.notFound("asset");
        ctx.contentType(Assets.type(name)).header("Cache-Control", "no-cache").result(b);
    }

    private void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    private void fail(Context ctx, ApiError e) {
        if (e.status() != 413) drain(ctx);
        ctx.status(e.status());
        if (e.status() == 503) ctx.header("Retry-After", Integer.toString(ApiError.RETRY_AFTER_SECONDS));
        if (e.status() == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"pcf\"");
        boolean page = !ctx.path().startsWith("/api/") && !wantsJson(ctx)
                && (ctx.path().equals("/jobs") || ctx.path().equals("/") || ctx.path().startsWith("/job/"));
        if (page) {
            ctx.html(Pages.error(lang(ctx), e.status(), e.problems().isEmpty() ? "" : e.problems().get(0).toString()));
        } else {
            ctx.contentType(Api.JSON).result(Pcf.problemsJson(e.problems()));
        }
    }

    /**
     * Reads and drops what is left of a refused request's body (up to the upload limit, never
     * kept), so that a client still sending it receives the answer instead of a reset connection.
     */
    private static void drain(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length == 0 || length > Upload.MAX_MULTIPART_BYTES) return;
        try {
            var in = ctx.req().getInputStream();
            byte[] sink = new byte[64 * 1024];
            long left = Upload.MAX_MULTIPART_BYTES;
            for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) left -= n;
        } catch (IOException | RuntimeException ignored) {
            // the body was already read, or the client went away: nothing to drain
        }
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("application/json");
    }

    private boolean authorised(Context ctx) {
        if (token == null) return true;
        String h = ctx.header("Authorization");
        return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) && matches(h.substring(7));
    }

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(token, given.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static ApiError unauthorised() {
        return new ApiError(401, "a valid bearer token is required: send 'Authorization: Bearer <token>' (the token of --token-file)");
    }

    /** The page language: ?lang= (remembered in a cookie), else the cookie, else the browser's preference. */
    private static Lang lang(Context ctx) {
        Lang asked = Lang.parse(ctx.queryParam("lang"));
        if (asked != null) {
            ctx.header("Set-Cookie", LANG_COOKIE + "=" + asked.code() + "; Path=/; Max-Age=31536000; SameSite=Lax");
            return asked;
        }
        Lang remembered = Lang.parse(ctx.cookie(LANG_COOKIE));
        if (remembered != null) return remembered;
        String accept = ctx.header("Accept-Language");
        return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? Lang.ZH : Lang.EN;
    }

    /** Jobs holding a slot now (for tests and logs). */
    int runningJobs() {
        return gate.running();
    }
}
