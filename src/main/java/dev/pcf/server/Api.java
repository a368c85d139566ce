package dev.pcf.server;

import dev.pcf.Pcf;
import dev.pcf.model.ReportLanguage;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The HTTP API, {@code /api/v1/…} ({@code cli-contract.md} v1.1): each call takes a slot of the
 * {@link Gate} before reading the upload, runs the same facade functions as the command line and
 * answers the same messages. Input problems become 4xx through {@link ApiError} and
 * {@link dev.pcf.model.InputException} (mapped in {@link PcfServer}).
 */
final class Api {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String JSON = "application/json; charset=utf-8";
    /** Most Monte Carlo iterations a request may ask for (the adaptive procedure's own cap). */
    static final long MAX_ITERATIONS = 1_000_000L;

    private final Gate gate;
    private final int threads;

    Api(Gate gate) {
        this.gate = gate;
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors() / gate.max());
    }

    /** {@code POST /api/v1/validate}: 200 with the problems JSON, {@code ok} false when any is an error. */
    void validate(Context ctx) {
        gate.inSlot(() -> {
            Upload u = Upload.read(ctx);
            ctx.contentType(JSON).result(Pcf.problemsJson(Pcf.validate(u.bytes(), u.name()).problems()));
        });
    }

    /** {@code POST /api/v1/annotate}: the workbook with its problems marked. */
    void annotate(Context ctx) {
        gate.inSlot(() -> {
            Upload u = Upload.read(ctx);
            Pcf.Validation v = Pcf.validate(u.bytes(), u.name());
            byte[] out = write(o -> Pcf.writeAnnotated(u.bytes(), u.name(), v, o));
            attachment(ctx, XLSX, base(u.name()) + "-annotated.xlsx").result(out);
        });
    }

    /** {@code POST /api/v1/calc?iterations=&seed=&mc=false}: the {@code pcf-result/1} JSON. */
    void calc(Context ctx) {
        Pcf.Options options = options(ctx);
        gate.inSlot(() -> {
            Upload u = Upload.read(ctx);
            ctx.contentType(JSON).result(Pcf.json(Pcf.calculate(u.bytes(), u.name(), options, null)));
        });
    }

    /** {@code POST /api/v1/report?lang=zh|en|zh+en}: the PDF report. */
    void report(Context ctx) {
        ReportLanguage lang = language(ctx.queryParam("lang"));
        Pcf.Options options = options(ctx);
        gate.inSlot(() -> {
            Upload u = Upload.read(ctx);
            byte[] pdf = u.verification() == null
                    ? Jobs.pdf(Pcf.calculate(u.bytes(), u.name(), options, null), lang)
                    : Pcf.report(Pcf.calculateVerified(u.bytes(), u.name(), u.verification(),
                            Upload.VERIFICATION_NAME, options, null), lang).pdf();
            attachment(ctx, "application/pdf", base(u.name()) + ".pdf").result(pdf);
        });
    }

    /** {@code POST /api/v1/export/pact?version=3|2}: the PACT ProductFootprint JSON. */
    void pact(Context ctx) {
        int version = pactVersion(ctx.queryParam("version"));
        Pcf.Options options = options(ctx);
        gate.inSlot(() -> {
            Upload u = Upload.read(ctx);
            String json = Pcf.pact(Pcf.calculate(u.bytes(), u.name(), options, null), version);
            ctx.contentType(JSON).result(json);
        });
    }

    /** {@code POST /api/v1/export/xlsx}: the results workbook. */
    void xlsx(Context ctx) {
        Pcf.Options options = options(ctx);
        gate.inSlot(() -> {
            Upload u = Upload.read(ctx);
            Pcf.Result r = Pcf.calculate(u.bytes(), u.name(), options, null);
            attachment(ctx, XLSX, base(u.name()) + "-results.xlsx").result(write(o -> Pcf.writeResultsWorkbook(r, o)));
        });
    }

    /** Monte Carlo options from the query: {@code iterations}, {@code seed}, {@code mc}. */
    Pcf.Options options(Context ctx) {
        Long iterations = longParam(ctx, "iterations");
        if (iterations != null && (iterations < 1 || iterations > MAX_ITERATIONS)) {
            throw ApiError.badRequest("iterations must be 1–" + MAX_ITERATIONS + ", found " + iterations);
        }
        Long seed = longParam(ctx, "seed");
        String mc = ctx.queryParam("mc");
        if (mc != null && !mc.equals("true") && !mc.equals("false")) {
            throw ApiError.badRequest("mc must be true or false, found '" + mc + "'");
        }
        return new Pcf.Options(seed, iterations, threads, !"false".equals(mc));
    }

    private static Long longParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) return null;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be an integer, found '" + shorten(v) + "'");
        }
    }

    /** The report language of a query value; null (the workbook's) when absent. A '+' may arrive as a space. */
    static ReportLanguage language(String v) {
        if (v == null || v.isEmpty()) return null;
        ReportLanguage l = ReportLanguage.parse(v.strip().replace(' ', '+'));
        if (l == null) throw ApiError.badRequest("lang must be zh, en or zh+en, found '" + shorten(v) + "'");
        return l;
    }

    static int pactVersion(String v) {
        if (v == null || v.isEmpty() || v.equals("3")) return 3;
        if (v.equals("2")) return 2;
        throw ApiError.badRequest("version must be 3 or 2, found '" + shorten(v) + "'");
    }

    static Context attachment(Context ctx, String type, String fileName) {
        return ctx.contentType(type).header("Content-Disposition", Downloads.disposition(fileName));
    }

    static String base(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    interface Writer {
        void write(java.io.OutputStream out) throws IOException;
    }

    static byte[] write(Writer w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            w.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
