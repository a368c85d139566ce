package dev.pcf.server;

import dev.pcf.Pcf;
import dev.pcf.model.ReportLanguage;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;

/**
 * The downloads of a page job, {@code /jobs/{id}/…}: the report in any language (rendered once per
 * language, holding a slot), the results JSON, PACT JSON and results workbook, and for a workbook
 * with problems the annotated copy. The job id, 128 random bits, is what entitles the caller.
 */
final class Downloads {
    private final Jobs jobs;
    private final Gate gate;

    Downloads(Jobs jobs, Gate gate) {
        this.jobs = jobs;
        this.gate = gate;
    }

    void status(Context ctx) {
        ctx.contentType(Api.JSON).header("Cache-Control", "no-store").result(job(ctx).statusJson());
    }

    void pdf(Context ctx) {
        Job job = done(ctx);
        ReportLanguage lang = Api.language(ctx.queryParam("lang"));
        if (lang == null) lang = job.defaultLanguage;
        String suffix = lang == job.defaultLanguage ? "" : "-" + lang.code().replace('+', '-');
        Api.attachment(ctx, "application/pdf", job.baseName() + suffix + ".pdf").result(jobs.pdf(job, lang));
    }

    void json(Context ctx) {
        Job job = done(ctx);
        Api.attachment(ctx, Api.JSON, job.baseName() + ".json").result(Pcf.json(job.result));
    }

    void pact(Context ctx) {
        Job job = done(ctx);
        int version = Api.pactVersion(ctx.queryParam("version"));
        gate.inSlot(() -> {
            Api.attachment(ctx, Api.JSON, job.baseName() + "-pact-v" + version + ".json").result(Pcf.pact(job.result, version));
        });
    }

    void xlsx(Context ctx) {
        Job job = done(ctx);
        gate.inSlot(() -> {
            Api.attachment(ctx, Api.XLSX, job.baseName() + "-results.xlsx").result(Api.write(o -> Pcf.writeResultsWorkbook(job.result, o)));
        });
    }

    void annotated(Context ctx) {
        Job job = job(ctx);
        byte[] upload = job.upload;
        if (job.phase != Job.Phase.PROBLEMS || upload == null) throw ApiError.notFound("annotated workbook");
        gate.inSlot(() -> {
            Api.attachment(ctx, Api.XLSX, job.baseName() + "-annotated.xlsx")
                    .result(Api.write(o -> Pcf.writeAnnotated(upload, job.fileName, new Pcf.Validation(null, job.problems), o)));
        });
    }

    private Job job(Context ctx) {
        Job job = jobs.get(ctx.pathParam("id"));
        if (job == null) throw ApiError.notFound("job");
        return job;
    }

    private Job done(Context ctx) {
        Job job = job(ctx);
        if (job.phase != Job.Phase.DONE) throw new ApiError(409, "the job has no result" + (job.phase.finished() ? "" : " yet"));
        return job;
    }

    /** {@code attachment} with an ASCII fallback name and the UTF-8 name (RFC 6266 / 5987). */
    static String disposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder utf8 = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' && c != '%' ? c : '_');
        }
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xFF;
            if (v >= 'a' && v <= 'z' || v >= 'A' && v <= 'Z' || v >= '0' && v <= '9' || "-._~".indexOf(v) >= 0) {
                utf8.append((char) v);
            } else {
                utf8.append('%').append(String.format(java.util.Locale.ROOT, "%02X", v));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
