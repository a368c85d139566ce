package dev.pcf.server;

import dev.pcf.server.Texts.Lang;

/**
 * The page's frame (head, language switch, upload form, footer) and the view of one job: its
 * progress while it runs, then its problems ({@link ProblemsView}) or its result ({@link ResultView}).
 * One stylesheet and one script, both from the jar; nothing inline.
 */
final class Pages {
    private Pages() {}

    /** The upload limit in MiB, for the hint. */
    private static final long MAX_MIB = dev.pcf.Pcf.MAX_WORKBOOK_BYTES / (1024 * 1024);

    /** The start page: upload form and template link. */
    static String index(Lang lang, boolean tokenRequired) {
        Html h = head(lang, "/");
        upload(h, lang, tokenRequired, true);
        return foot(h, lang);
    }

    /** A job's page; {@code here} is its path, for the language switch. */
    static String job(Lang lang, Job job, boolean tokenRequired) {
        Html h = head(lang, "/job/" + job.id);
        switch (job.phase) {
            case PROBLEMS -> ProblemsView.render(h, lang, job);
            case DONE -> ResultView.render(h, lang, job);
            case FAILED -> h.raw("<section class=\"card failed\" id=\"failed\">")
                    .el("h2", "", Texts.get(lang, "failed.title")).el("p", "", Texts.get(lang, "failed.text")).raw("</section>");
            default -> progress(h, lang, job);
        }
        upload(h, lang, tokenRequired, false);
        return foot(h, lang);
    }

    /** A page that only says what went wrong with a request (a form post without script). */
    static String error(Lang lang, int status, String message) {
        Html h = head(lang, "/");
        h.raw("<section class=\"card failed\" id=\"error\">").el("h2", "", Texts.get(lang, "error.title", status))
                .el("p", "", message).raw("<p><a href=\"/\">").text(Texts.get(lang, "error.back")).raw("</a></p></section>");
        return foot(h, lang);
    }

    private static Html head(Lang lang, String here) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html ").raw(Html.attr("lang", lang.htmlLang())).raw(">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .text(Texts.get(lang, "title")).raw("</title>\n")
                .raw("<link rel=\"stylesheet\" href=\"/assets/app.css\">\n<link rel=\"icon\" href=\"/assets/icon.svg\" type=\"image/svg+xml\">\n")
                .raw("<script src=\"/assets/app.js\" defer></script>\n</head>\n<body>\n<header class=\"top\"><div class=\"bar\">")
                .raw("<a class=\"brand\" href=\"/\">pcf</a><span class=\"tagline\">").text(Texts.get(lang, "tagline")).raw("</span>")
                .raw("<nav class=\"lang\" aria-label=\"").text(Texts.get(lang, "lang.label")).raw("\">");
        for (Lang l : Lang.values()) {
            String label = l == Lang.ZH ? "中文" : "English";
            if (l == lang) {
                h.raw("<span class=\"current\" aria-current=\"true\">").text(label).raw("</span>");
            } else {
                h.raw("<a ").raw(Html.attr("href", here + "?lang=" + l.code())).raw(" ")
                        .raw(Html.attr("id", "lang-" + l.code())).raw(" ").raw(Html.attr("hreflang", l.code())).raw(">")
                        .text(label).raw("</a>");
            }
        }
        return h.raw("</nav></div></header>\n<main>\n");
    }

    private static String foot(Html h, Lang lang) {
        return h.raw("</main>\n<footer><p>").text(Texts.get(lang, "footer")).raw("</p></footer>\n</body>\n</html>\n").toString();
    }

    private static void upload(Html h, Lang lang, boolean tokenRequired, boolean first) {
        h.raw("<section class=\"card upload").raw(first ? "" : " again").raw("\" id=\"upload\">")
                .el("h1", "", Texts.get(lang, first ? "upload.title" : "upload.again"));
        if (first) h.el("p", "class=\"lead\"", Texts.get(lang, "upload.lead"));
        h.raw("<form id=\"upload-form\" method=\"post\" action=\"/jobs\" enctype=\"multipart/form-data\" ")
                .raw(Html.attr("data-sending", Texts.get(lang, "upload.sending"))).raw(" ")
                .raw(Html.attr("data-choose", Texts.get(lang, "upload.choose"))).raw(">")
                .raw("<label class=\"drop\" id=\"drop\" for=\"workbook\"><span class=\"drop-title\">")
                .text(Texts.get(lang, "upload.drop")).raw("</span><span class=\"drop-file\" id=\"drop-file\"></span>")
                .raw("<span class=\"hint\">").text(Texts.get(lang, "upload.hint", MAX_MIB)).raw("</span>")
                .raw("<input type=\"file\" id=\"workbook\" name=\"workbook\" accept=\".xlsx,.xlsm,.xls\" required></label>");
        h.raw("<label class=\"verification\" for=\"verification\">").text(Texts.get(lang, "upload.verification"))
                .raw("<input type=\"file\" id=\"verification\" name=\"verification\" accept=\".xlsx,.xlsm,.xls\">")
                .raw("<span class=\"hint\">").text(Texts.get(lang, "upload.verificationHint")).raw("</span></label>");
        if (tokenRequired) {
            h.raw("<label class=\"token\" for=\"token\">").text(Texts.get(lang, "upload.token"))
                    .raw("<input type=\"password\" id=\"token\" name=\"token\" autocomplete=\"off\" required></label>");
        }
        h.raw("<div class=\"actions\"><button type=\"submit\" id=\"submit\">").text(Texts.get(lang, "upload.submit"))
                .raw("</button><a class=\"template\" id=\"template\" href=\"/template.xlsx\" download>")
                .text(Texts.get(lang, "upload.template")).raw("</a><a class=\"template\" id=\"template-verification\" ")
                .raw("href=\"/template-verification.xlsx\" download>").text(Texts.get(lang, "upload.verificationTemplate"))
                .raw("</a></div>")
                .raw("<p class=\"upload-status\" id=\"upload-status\" role=\"status\" aria-live=\"polite\"></p></form></section>\n");
    }

    private static void progress(Html h, Lang lang, Job job) {
        h.raw("<section class=\"card progress\" id=\"progress\" ").raw(Html.attr("data-status", "/jobs/" + job.id + "/status"))
                .raw(">").el("h2", "", Texts.get(lang, "progress.title", job.fileName)).raw("<ol class=\"steps\">");
        Job.Phase[] steps = {Job.Phase.READING, Job.Phase.CHECKING, Job.Phase.MONTE_CARLO, Job.Phase.RENDERING};
        for (Job.Phase p : steps) {
            String state = p.ordinal() < job.phase.ordinal() ? "done" : p == job.phase ? "active" : "todo";
            h.raw("<li ").raw(Html.attr("data-phase", p.code())).raw(" ").raw(Html.attr("class", state)).raw(">")
                    .text(Texts.get(lang, "phase." + p.code()));
            if (p == Job.Phase.MONTE_CARLO) {
                h.raw(" <span class=\"iterations\" id=\"iterations\" ")
                        .raw(Html.attr("data-template", Texts.get(lang, "progress.iterations"))).raw("></span>")
                        .raw("<progress id=\"mc-bar\" max=\"1\" value=\"0\"></progress>");
            }
            h.raw("</li>");
        }
        h.raw("</ol><noscript><p><a ").raw(Html.attr("href", "/job/" + job.id)).raw(">").text(Texts.get(lang, "progress.reload"))
                .raw("</a></p></noscript></section>\n");
    }

}
