package dev.pcf.server;

import dev.pcf.Pcf;
import dev.pcf.model.Problem;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.StageResult;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.server.Texts.Lang;

import java.util.List;
import java.util.Locale;

/**
 * A workbook's result on the page: product, total per functional unit, the 95 % interval of the
 * Monte Carlo analysis, the stage chart (inline SVG bars drawn here, no chart library), warnings
 * and the downloads. Numbers carry the workbook's decimals, as the report does.
 */
final class ResultView {
    private ResultView() {}

    static void render(Html h, Lang lang, Job job) {
        Pcf.Result r = job.result;
        ReportInfo info = r.workbook().info();
        int dp = info.decimals();
        String unit = "kg CO₂e";
        h.raw("<section class=\"card result\" id=\"result\">")
                .el("h2", "", pick(lang, info.productName()) + (info.model() == null || info.model().isBlank() ? "" : " · " + info.model()))
                .el("p", "class=\"fu\"", Texts.get(lang, "result.fu", pick(lang, info.functionalUnit())))
                .raw("<div class=\"figures\"><div class=\"figure total\"><span class=\"label\">").text(Texts.get(lang, "result.total"))
                .raw("</span><span class=\"value\" id=\"total\">").text(num(r.footprint().total(), dp)).raw("</span><span class=\"unit\">")
                .text(unit).raw("</span></div>");
        UncertaintyResult mc = r.uncertainty();
        if (mc != null) {
            var t = mc.total();
            h.raw("<div class=\"figure interval\"><span class=\"label\">").text(Texts.get(lang, "result.interval"))
                    .raw("</span><span class=\"value\" id=\"interval\">").text(num(t.low(), dp) + " – " + num(t.high(), dp))
                    .raw("</span><span class=\"unit\">").text(unit + " (−" + pct(t.minusPct()) + " % / +" + pct(t.plusPct()) + " %)")
                    .raw("</span><span class=\"note\">")
                    .text(Texts.get(lang, "result.mc", String.format(Locale.ROOT, "%,d", mc.iterations()), Long.toString(mc.seed())))
                    .raw("</span></div>");
        }
        h.raw("</div>");
        chart(h, lang, r.footprint().stages(), dp);
        warnings(h, lang, job.warnings);
        downloads(h, lang, job);
        h.raw("</section>\n");
    }

    /** The stage chart: one row per stage, a bar scaled to the largest stage, value and share. */
    private static void chart(Html h, Lang lang, List<StageResult> stages, int dp) {
        double max = stages.stream().mapToDouble(s -> Math.abs(s.kgco2e())).max().orElse(0);
        h.raw("<figure class=\"chart\" id=\"stage-chart\"><figcaption>").text(Texts.get(lang, "result.stages"))
                .raw("</figcaption><table><tbody>");
        for (StageResult s : stages) {
            double w = max > 0 ? Math.abs(s.kgco2e()) / max * 100 : 0;
            h.raw("<tr><th scope=\"row\">").text(pick(lang, s.stage().name())).raw("</th><td class=\"bar\">")
                    .raw("<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" ")
                    .raw(Html.attr("aria-label", pct(s.share() * 100) + " %")).raw("><rect x=\"0\" y=\"0\" height=\"10\" ")
                    .raw(Html.attr("width", String.format(Locale.ROOT, "%.2f", Math.max(w, 0.4))))
                    .raw(" ").raw(Html.attr("class", s.kgco2e() < 0 ? "neg" : "pos")).raw("/></svg></td><td class=\"num\">")
                    .text(num(s.kgco2e(), dp)).raw("</td><td class=\"num share\">").text(pct(s.share() * 100) + " %").raw("</td></tr>");
        }
        h.raw("</tbody></table></figure>");
    }

    private static void warnings(Html h, Lang lang, List<Problem> warnings) {
        if (warnings.isEmpty()) return;
        h.raw("<details class=\"warnings\" id=\"warnings\"><summary>").text(Texts.get(lang, "result.warnings", warnings.size()))
                .raw("</summary><ul class=\"list\">");
        for (Problem p : warnings) {
            h.raw("<li class=\"problem warning\">");
            if (p.cell() != null) h.el("code", "class=\"cell\"", p.cell().toString()).raw(" ");
            h.raw("<span class=\"message\">").text(p.message()).raw("</span></li>");
        }
        h.raw("</ul></details>");
    }

    private static void downloads(Html h, Lang lang, Job job) {
        String base = "/jobs/" + job.id;
        h.raw("<div class=\"downloads\" id=\"downloads\"><h3>").text(Texts.get(lang, "result.downloads")).raw("</h3><div class=\"buttons\">");
        link(h, "pdf-zh", base + "/report.pdf?lang=zh", Texts.get(lang, "download.pdf", "中文"), true);
        link(h, "pdf-en", base + "/report.pdf?lang=en", Texts.get(lang, "download.pdf", "English"), true);
        link(h, "pdf-zh-en", base + "/report.pdf?lang=zh%2Ben", Texts.get(lang, "download.pdf", "中文 + English"), true);
        h.raw("</div><div class=\"buttons\">");
        link(h, "pact", base + "/pact.json", Texts.get(lang, "download.pact"), false);
        link(h, "xlsx", base + "/results.xlsx", Texts.get(lang, "download.xlsx"), false);
        link(h, "json", base + "/result.json", Texts.get(lang, "download.json"), false);
        h.raw("</div></div>");
    }

    private static void link(Html h, String id, String href, String label, boolean primary) {
        h.raw("<a ").raw(Html.attr("class", primary ? "button" : "button secondary")).raw(" ").raw(Html.attr("id", id)).raw(" ")
                .raw(Html.attr("href", href)).raw(" download>").text(label).raw("</a>");
    }

    static String pick(Lang lang, Text t) {
        if (t == null) return "";
        return lang == Lang.ZH ? t.zhOrEn() : t.enOrZh();
    }

    static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + Math.max(0, Math.min(decimals, 8)) + "f", v);
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
