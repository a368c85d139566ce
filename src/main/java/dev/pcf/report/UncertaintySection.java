package dev.pcf.report;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.Problem;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.model.UncertaintyResult.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Section 5.5 (uncertainty analysis) and the uncertainty appendix. */
final class UncertaintySection {
    /** Inputs listed in the contributions table and chart. */
    static final int TOP_INPUTS = 10;
    /** Relative difference of the Approach 1 and Monte Carlo half-widths above which the report explains it. */
    static final double NOTABLE_DIFFERENCE = 0.10;

    private UncertaintySection() {}

    static void write(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        o.h(2, "sec5.uncertainty");
        if (c.mc() == null) {
            o.para("mc.notRun");
            return;
        }
        o.h(3, "sec5.mc.method");
        method(c, o);
        results(c, o, charts);
    }

    /** How the Monte Carlo analysis was run: sampling, iterations, seed (the Monte Carlo analysis ran). */
    static void method(Ctx c, Outline o) {
        UncertaintyResult mc = c.mc();
        o.para("mc.method", Formats.integer(mc.iterations()), mc.seed());
        o.para(mc.adaptive() ? (mc.converged() ? "mc.adaptive.converged" : "mc.adaptive.notConverged")
                : "mc.fixed", Formats.integer(mc.iterations()), Formats.plain(mc.tolerance()));
    }

    /**
     * The results at level-3 headings: the total (table, histogram), the stages, the main sources of
     * uncertainty, the IPCC Approach 1 cross-check and the interpretation (the Monte Carlo analysis ran).
     */
    static void results(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        Lang l = c.lang();
        UncertaintyResult mc = c.mc();
        Summary t = mc.total();
        o.h(3, "sec5.mc.results");
        List<Block.Table.Row> rows = new ArrayList<>();
        rows.add(Tables.row(l.label("mc.row.deterministic"), c.kg(t.deterministic())));
        rows.add(Tables.row(l.label("mc.row.mean"), c.kg(t.mean())));
        rows.add(Tables.row(l.label("mc.row.median"), c.kg(t.median())));
        rows.add(Tables.row(l.label("mc.row.sd"), c.kg(t.sd())));
        rows.add(Tables.row(l.label("mc.row.cv"), Formats.percent(t.cv())));
        rows.add(Tables.row(l.label("mc.row.interval"), "[" + c.kg(t.low()) + ", " + c.kg(t.high()) + "]"));
        rows.add(Tables.row(l.label("mc.row.relative"), relative(t)));
        rows.add(Tables.row(l.label("mc.row.seMean"), c.kg(t.seMean())));
        rows.add(Tables.row(l.label("mc.row.seEnds"), c.kg(t.seLow()) + " / " + c.kg(t.seHigh())));
        o.add(Tables.table(o.tableCaption("mc.table.caption", c.product()),
                Tables.headers(l, "col.quantity", "col.kgPerUnit"), "lr", rows, l.label("mc.table.note")));
        if (t.mean() > t.deterministic() && t.median() < t.mean()) o.note("mc.skewNote");
        if (mc.histogram() != null && mc.histogram().counts().length > 0) {
            charts.put("histogram", ChartSpecs.histogram(c, mc));
            o.add(new Block.Figure("chart:histogram", o.figureCaption("caption.histogram", c.product()),
                    "width:160mm;height:85mm"));
        }

        o.h(3, "sec5.mc.stages");
        rows = new ArrayList<>();
        for (UncertaintyResult.StageSummary s : mc.stages()) {
            Summary u = s.summary();
            rows.add(Tables.row(c.stageName(s.code()), c.kg(u.deterministic()), c.kg(u.mean()),
                    "[" + c.kg(u.low()) + ", " + c.kg(u.high()) + "]", relative(u)));
        }
        o.add(Tables.table(o.tableCaption("mc.stages.caption", c.product()),
                Tables.headers(l, "col.stage", "mc.row.deterministic", "mc.row.mean", "mc.row.interval",
                        "mc.row.relative"), "lrrrr", rows, ""));

        o.h(3, "sec5.mc.contributions");
        o.para("mc.contrib.p1");
        List<UncertaintyResult.Contribution> top = mc.contributions().stream().limit(TOP_INPUTS).toList();
        rows = new ArrayList<>();
        for (UncertaintyResult.Contribution k : top) {
            rows.add(Tables.row(inputLabel(c, k.cell(), k.kind(), k.label()), k.cell() == null ? "/" : k.cell().toString(),
                    l.label("kind." + k.kind().name()), Formats.percent(k.share()), Formats.percent(k.analyticShare())));
        }
        o.add(Tables.table(o.tableCaption("mc.contrib.caption", c.product()),
                Tables.headers(l, "col.input", "col.cell", "col.kind", "col.mcShare", "col.analyticShare"), "lLlrr",
                rows, ""));
        charts.put("contributions", ChartSpecs.contributions(c, top));
        o.add(new Block.Figure("chart:contributions", o.figureCaption("caption.contributions", c.product()),
                ChartSpecs.barsStyle(top.size())));

        var a1 = mc.approach1();
        if (a1 != null) approach1(c, o, t, a1);

        o.h(3, "sec5.mc.interpretation");
        o.para("mc.interpretation", c.info().functionalUnit(), c.kg(t.deterministic()), c.kg(t.low()), c.kg(t.high()),
                Formats.percentValue(t.minusPct()), Formats.percentValue(t.plusPct()));
        if (!top.isEmpty()) {
            UncertaintyResult.Contribution k = top.get(0);
            o.para("mc.interpretation.top", inputText(c, k.cell(), k.kind(), k.label()), Formats.percent(k.share()));
        }
    }

    private static void approach1(Ctx c, Outline o, Summary t, UncertaintyResult.Approach1 a1) {
        Lang l = c.lang();
        o.h(3, "sec5.mc.approach1");
        double mcHalf = t.deterministic() == 0 ? Double.NaN : (t.high() - t.low()) / 2 / t.deterministic() * 100;
        List<Block.Table.Row> rows = List.of(
                Tables.row(l.label("mc.a1.mc"), "[" + c.kg(t.low()) + ", " + c.kg(t.high()) + "]", relative(t)),
                Tables.row(l.label("mc.a1.a1"), "[" + c.kg(a1.low()) + ", " + c.kg(a1.high()) + "]",
                        "±" + Formats.percentValue(a1.relativeHalfWidthPct())));
        o.add(Tables.table(o.tableCaption("mc.a1.caption", c.product()),
                Tables.headers(l, "col.method", "mc.row.interval", "mc.row.relative"), "lrr", rows, ""));
        double diff = Math.abs(a1.relativeHalfWidthPct() - mcHalf) / Math.max(mcHalf, 1e-12);
        o.para(diff > NOTABLE_DIFFERENCE ? "mc.a1.differ" : "mc.a1.agree",
                Formats.percentValue(a1.relativeHalfWidthPct()), Formats.percentValue(mcHalf));
    }

    /**
     * An input named from the workbook in the report's language(s): an activity row as "item (stage)",
     * a factor row as "name (ID)"; the Monte Carlo's own label when the row is not found.
     */
    static String inputLabel(Ctx c, dev.pcf.model.CellRef cell, UncertaintyResult.InputKind kind, String fallback) {
        Text t = inputText(c, cell, kind, null);
        return t == null ? fallback : c.lang().text(t);
    }

    /** The input's name as Text (for sentences), or a Text of the fallback. */
    static Text inputText(Ctx c, dev.pcf.model.CellRef cell, UncertaintyResult.InputKind kind, String fallback) {
        if (cell != null) {
            String key = Ctx.Rows.key(cell.sheet(), cell.row());
            if (kind == UncertaintyResult.InputKind.ACTIVITY) {
                Activity a = c.rows().activities().get(key);
                if (a != null) {
                    Text st = c.stageText(a.stage());
                    return new Text(a.item().zhOrEn() + "（" + st.zhOrEn() + "）",
                            a.item().enOrZh() + " (" + st.enOrZh() + ")");
                }
            } else {
                Factor f = c.rows().factors().get(key);
                if (f != null) {
                    return new Text(f.name().zhOrEn() + "（" + f.id() + "）", f.name().enOrZh() + " (" + f.id() + ")");
                }
            }
        }
        return fallback == null ? null : new Text(fallback, fallback);
    }

    private static boolean same(dev.pcf.model.RowCells rc, dev.pcf.model.CellRef cell) {
        return rc != null && rc.sheet().equals(cell.sheet()) && rc.row() == cell.row();
    }

    /**
     * "−x % / +y %" relative to the deterministic result; "/" when there is none to be relative to (a stage
     * whose result is 0), never an empty "−— / +—".
     */
    static String relative(Summary s) {
        if (!Double.isFinite(s.minusPct()) || !Double.isFinite(s.plusPct())) return "/";
        return "−" + Formats.percentValue(s.minusPct()) + " / +" + Formats.percentValue(s.plusPct());
    }

    /** Appendix: every input's distribution, seed, iterations, convergence and standard errors. */
    static void appendix(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        o.appendix("app.uncertainty");
        if (c.mc() == null) {
            o.para("mc.notRun");
            return;
        }
        settings(c, o);
        inputs(c, o);
        convergence(c, o, charts);
    }

    /** Seed, iterations, mode, tolerance, resampled share and the Monte Carlo standard errors. */
    static void settings(Ctx c, Outline o) {
        Lang l = c.lang();
        UncertaintyResult mc = c.mc();
        if (!mc.adaptive() || !Double.isFinite(mc.tolerance())) {
            // a fixed number of iterations has no tolerance to reach: say so rather than print "—"
            o.para("app.mc.settings.fixed", mc.seed(), Formats.integer(mc.iterations()),
                    Formats.percent(mc.resampledShare()));
        } else {
            o.para("app.mc.settings", mc.seed(), Formats.integer(mc.iterations()),
                    new Lang.L(l.zh(mc.adaptive() ? "mc.mode.adaptive" : "mc.mode.fixed"),
                            l.en(mc.adaptive() ? "mc.mode.adaptive" : "mc.mode.fixed")),
                    new Lang.L(l.zh(mc.converged() ? "common.yes" : "common.no"),
                            l.en(mc.converged() ? "common.yes" : "common.no")),
                    Formats.plain(mc.tolerance()), Formats.percent(mc.resampledShare()));
        }
        var t = mc.total();
        o.para("app.mc.se", c.kg(t.seMean()), c.kg(t.seLow()), c.kg(t.seHigh()));
    }

    /** The table of every input's distribution and where it came from. */
    static void inputs(Ctx c, Outline o) {
        Lang l = c.lang();
        UncertaintyResult mc = c.mc();
        List<Block.Table.Row> rows = new ArrayList<>();
        // compact report: the activity rows grouped by distribution (each row's cell is in the inventory appendix)
        Map<List<Object>, Integer> grouped = new java.util.LinkedHashMap<>();
        for (UncertaintyResult.InputDistribution d : mc.inputs()) {
            if (c.compact() && d.kind() == UncertaintyResult.InputKind.ACTIVITY) {
                grouped.merge(java.util.Arrays.asList(d.description(), d.origin()), 1, Integer::sum);
                continue;
            }
            rows.add(Tables.row(d.cell() == null ? "/" : d.cell().toString(), l.label("kind." + d.kind().name()),
                    inputLabel(c, d.cell(), d.kind(), d.label()),
                    Formats.sig(d.nominal()), Descriptions.of(l, d.description()), l.label("dist.origin." + d.origin().name()),
                    Formats.range(d.low95(), d.high95())));
        }
        for (var g : grouped.entrySet()) {
            var origin = (UncertaintyResult.DistributionOrigin) g.getKey().get(1);
            rows.add(Tables.row("/", l.label("kind.ACTIVITY"), l.label("lines.count", Formats.integer(g.getValue())),
                    "/", Descriptions.of(l, (String) g.getKey().get(0)), l.label("dist.origin." + origin.name()), "/"));
        }
        o.add(Tables.table(o.tableCaption("app.inputs.caption", c.product()),
                Tables.headers(l, "col.cell", "col.kind", "col.input", "col.nominal", "col.distribution",
                        "col.distOrigin", "col.range95"), "Lllrllr", rows,
                grouped.isEmpty() ? "" : l.label("app.inputs.note.compact")));
    }

    /** The convergence chart and the Monte Carlo run's warnings. */
    static void convergence(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        UncertaintyResult mc = c.mc();
        if (!mc.convergence().isEmpty()) {
            charts.put("convergence", ChartSpecs.convergence(c, mc));
            o.add(new Block.Figure("chart:convergence", o.figureCaption("caption.convergence", c.product()),
                    "width:160mm;height:80mm"));
        }
        for (Problem w : mc.warnings()) o.add(new Block.Para(w.toString(), "", "note"));
    }
}
