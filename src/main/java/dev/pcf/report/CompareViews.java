package dev.pcf.report;

import dev.pcf.model.Comparison;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.UncertaintyResult.Summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link CompareView} of a {@link Comparison}: the products, totals and stages side by side
 * with the differences to the first product, the paired Monte Carlo analysis of those differences with
 * one plain sentence per product, and a bar chart of the totals. kg CO2e are rounded to the first
 * workbook's decimals; percentages and differences are computed from unrounded values.
 */
public final class CompareViews {
    private CompareViews() {}

    /**
     * The view.
     *
     * @throws IllegalArgumentException when a bundle lacks a key the page uses
     */
    public static CompareView build(Comparison c, ReportLanguage lang, Messages zh, Messages en) {
        Lang l = new Lang(lang, zh, en);
        ReportInfo first = c.products().get(0).workbook().info();
        int d = first.decimals();
        int n = c.products().size();
        List<Block.Para> warnings = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>();
        Set<String> wording = new LinkedHashSet<>();
        Set<String> gwp = new LinkedHashSet<>();
        for (var p : c.products()) {
            units.add(p.declaredUnit());
            var fu = p.workbook().info().functionalUnit();
            wording.add(fu.zh().strip().toLowerCase(Locale.ROOT) + "\u0000" + fu.en().strip().toLowerCase(Locale.ROOT));
            gwp.add(p.footprint().gwpSet().name());
        }
        if (!c.comparable()) warnings.add(l.para("warning", "compare.warn.declared", String.join(" / ", units)));
        else if (wording.size() > 1) warnings.add(l.para("warning", "compare.warn.wording"));
        if (gwp.size() > 1) warnings.add(l.para("warning", "compare.warn.gwp", String.join(" / ", gwp)));

        List<Block> blocks = new ArrayList<>();
        blocks.add(products(c, l));
        blocks.add(results(c, l, d));
        if (c.paired() != null) {
            blocks.add(paired(c, l, d));
            for (int i = 1; i < n; i++) blocks.add(verdict(c, l, i, d));
            blocks.add(method(c.paired(), l));
        } else {
            blocks.add(l.para("note", "compare.note.noMc"));
        }
        blocks.add(new Block.Figure("chart:totals", l.label("compare.chart"), "width:150mm;height:" + (18 + 8 * n) + "mm"));
        List<String> labels = new ArrayList<>();
        double[] totals = new double[n];
        for (int i = 0; i < n; i++) {
            ReportInfo info = c.products().get(i).workbook().info();
            labels.add((i + 1) + " " + (info.model() == null || info.model().isBlank() ? l.text(info.productName()) : info.model()));
            totals[i] = c.products().get(i).total();
        }
        var chart = new ChartSpec.Bars("", labels, totals, "kgCO2e", true, "0." + "0".repeat(Math.max(1, Math.min(d, 6))));
        List<String> footer = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var src = c.products().get(i).workbook().source();
            footer.add((i + 1) + ". " + src.fileName() + "  SHA-256 " + src.sha256());
        }
        String title = lang == ReportLanguage.EN ? l.en("compare.title") : l.zh("compare.title");
        String titleEn = lang == ReportLanguage.ZH_EN ? l.en("compare.title") : "";
        return new CompareView(lang == ReportLanguage.EN ? "en" : "zh-CN", title, titleEn,
                first.standard() == null ? "" : first.standard(), warnings, blocks, Map.of("totals", chart), footer);
    }

    private static String name(Comparison.Product p, Lang l) {
        ReportInfo i = p.workbook().info();
        String model = i.model() == null || i.model().isBlank() ? "" : " " + i.model();
        return l.text(i.productName()) + model;
    }

    private static Block products(Comparison c, Lang l) {
        List<Block.Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < c.products().size(); i++) {
            var p = c.products().get(i);
            ReportInfo info = p.workbook().info();
            rows.add(new Block.Table.Row(List.of(String.valueOf(i + 1), name(p, l), l.text(info.functionalUnit()),
                    info.boundary() == null ? "" : info.boundary().code(), p.footprint().gwpSet().name(),
                    p.workbook().source().fileName()), false));
        }
        return new Block.Table(l.label("compare.products"),
                List.of(l.label("compare.col.no"), l.label("compare.col.product"), l.label("compare.col.fu"),
                        l.label("compare.col.boundary"), l.label("compare.col.gwp"), l.label("compare.col.file")),
                List.of("c", "l", "l", "c", "c", "l"), List.of("5%", "30%", "30%", "10%", "6%", "19%"), rows, "");
    }

    private static Block results(Comparison c, Lang l, int d) {
        int n = c.products().size();
        List<String> head = new ArrayList<>(List.of(l.label("compare.col.stage")));
        List<String> align = new ArrayList<>(List.of("l"));
        for (int i = 0; i < n; i++) {
            head.add(String.valueOf(i + 1));
            align.add("r");
        }
        for (int i = 1; i < n; i++) {
            head.add(l.label("compare.col.delta", i + 1));
            align.add("r");
        }
        List<Block.Table.Row> rows = new ArrayList<>();
        for (Map.Entry<String, dev.pcf.model.Text> e : c.stageNames().entrySet()) {
            List<String> cells = new ArrayList<>(List.of(l.text(e.getValue())));
            double base = c.stage(0, e.getKey());
            for (int i = 0; i < n; i++) cells.add(Formats.fixed(c.stage(i, e.getKey()), d));
            for (int i = 1; i < n; i++) {
                double v = c.stage(i, e.getKey());
                cells.add(signed((Double.isNaN(v) ? 0 : v) - (Double.isNaN(base) ? 0 : base), d));
            }
            rows.add(new Block.Table.Row(cells, false));
        }
        List<String> total = new ArrayList<>(List.of(l.label("compare.row.total")));
        for (int i = 0; i < n; i++) total.add(Formats.fixed(c.products().get(i).total(), d));
        for (int i = 1; i < n; i++) total.add(signed(c.delta(i), d));
        rows.add(new Block.Table.Row(total, true));
        List<String> pct = new ArrayList<>(List.of(l.label("compare.row.deltaPct")));
        for (int i = 0; i < n; i++) pct.add(i == 0 ? "" : signedPct(c.deltaShare(i)));
        for (int i = 1; i < n; i++) pct.add(signedPct(c.deltaShare(i)));
        rows.add(new Block.Table.Row(pct, false));
        List<String> widths = new ArrayList<>(List.of("28%"));
        String w = String.format(Locale.ROOT, "%.2f%%", 72.0 / (2 * n - 1));
        for (int i = 1; i < head.size(); i++) widths.add(w);
        return new Block.Table(l.label("compare.results"), head, align, widths, rows, l.label("compare.note.rounding"));
    }

    private static Block paired(Comparison c, Lang l, int d) {
        var p = c.paired();
        List<Block.Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < c.products().size(); i++) {
            Summary t = p.totals().get(i);
            List<String> cells = new ArrayList<>(List.of(String.valueOf(i + 1), Formats.fixed(t.mean(), d), interval(t, d)));
            if (i == 0) {
                cells.addAll(List.of("", "", "", ""));
            } else {
                var diff = p.differences().get(i - 1);
                Summary s = diff.summary();
                cells.addAll(List.of(signed(s.mean(), d), signed(s.median(), d), interval(s, d), Formats.percent(diff.pLower())));
            }
            rows.add(new Block.Table.Row(cells, false));
        }
        return new Block.Table(l.label("compare.mc"),
                List.of(l.label("compare.col.no"), l.label("compare.col.mean"), l.label("compare.col.interval"),
                        l.label("compare.col.delta.mean"), l.label("compare.col.delta.median"),
                        l.label("compare.col.delta.interval"), l.label("compare.col.pLower")),
                List.of("c", "r", "r", "r", "r", "r", "r"), List.of("6%", "13%", "22%", "13%", "13%", "22%", "11%"), rows, "");
    }

    private static Block verdict(Comparison c, Lang l, int i, int d) {
        Comparison.Difference diff = c.paired().differences().get(i - 1);
        double p = diff.pLower();
        String key = switch (diff.verdict()) {
            case LOWER -> "compare.verdict.lower";
            case HIGHER -> "compare.verdict.higher";
            case NOT_DISCERNIBLE -> "compare.verdict.open";
        };
        return l.para("item", key, i + 1, Formats.percent(p), signed(c.delta(i), d), signedPct(c.deltaShare(i)));
    }

    private static Block method(Comparison.Paired p, Lang l) {
        String shared = p.sharedFactors().isEmpty() ? "—" : String.join(", ", p.sharedFactors());
        String own = p.ownFactors().isEmpty() ? "—" : String.join(", ", p.ownFactors());
        String how = p.adaptive() ? (p.converged() ? "compare.mc.adaptive" : "compare.mc.capped") : "compare.mc.fixed";
        return new Block.Para(
                l.mode == ReportLanguage.EN ? l.en("compare.mc.method", shared, own, p.iterations(), p.seed(), l.en(how))
                        : l.zh("compare.mc.method", shared, own, p.iterations(), p.seed(), l.zh(how)),
                l.mode == ReportLanguage.ZH_EN ? l.en("compare.mc.method", shared, own, p.iterations(), p.seed(), l.en(how)) : "",
                "note");
    }

    private static String interval(Summary s, int d) {
        return "[" + Formats.fixed(s.low(), d) + ", " + Formats.fixed(s.high(), d) + "]";
    }

    private static String signed(double v, int d) {
        String s = Formats.fixed(v, d);
        return v > 0 && Double.isFinite(v) ? "+" + s : s;
    }

    private static String signedPct(double fraction) {
        String s = Formats.percent(fraction);
        return fraction > 0 && Double.isFinite(fraction) ? "+" + s : s;
    }
}
