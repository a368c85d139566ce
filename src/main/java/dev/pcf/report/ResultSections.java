package dev.pcf.report;

import dev.pcf.model.Activity;
import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Factor;
import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.StageResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Section 4 (data collection) and 5.1–5.4 (method, results by stage, by gas and origin, hotspots). */
final class ResultSections {
    /** Lines listed as hotspots. */
    static final int HOTSPOTS = 5;

    private ResultSections() {}

    static void write(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        dataCollection(c, o);
        o.h(1, "sec5.title");
        method(c, o);
        byStage(c, o, charts);
        byGasAndOrigin(c, o);
        hotspots(c, o, charts);
    }

    private static void dataCollection(Ctx c, Outline o) {
        ReportInfo i = c.info();
        Lang l = c.lang();
        o.h(1, "sec4.title");
        o.h(2, "sec4.notes");
        o.para("collection.p1", i.verificationBody(), c.product());
        o.para("collection.period", c.date(i.periodStart()), c.date(i.periodEnd()));
        if (i.annualProduction() != null) {
            o.para("collection.production", Formats.plain(i.annualProduction()), i.functionalUnit());
        }
        o.para("collection.p2");
        o.h(2, "sec4.activity");
        List<Block.Table.Row> rows = new ArrayList<>();
        boolean scaled = false;
        List<LineResult> lines = c.fp().lines();
        // a compact report shows the largest lines (in inventory order, with their numbers) and the rest as one row
        java.util.Set<LineResult> shown = c.compact()
                ? java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()) : null;
        if (shown != null) shown.addAll(top(c, Ctx.BODY_LINES));
        for (int n = 0; n < lines.size(); n++) {
            LineResult r = lines.get(n);
            Activity a = r.activity();
            scaled |= a.basis() == Basis.ANNUAL || a.allocation() != 1.0;
            if (shown != null && !shown.contains(r)) continue;
            rows.add(Tables.row(Integer.toString(n + 1), c.stageName(a.stage()), c.item(r),
                    Formats.plain(a.amount()) + (a.basis() == Basis.ANNUAL ? " *" : ""), a.unit(),
                    Formats.sig(r.amountPerUnit()) + " " + UnitNames.spell(a.unit(), l),
                    a.factorId() == null || a.factorId().isEmpty() ? l.label("activity.direct") : a.factorId(),
                    a.dataType() == null ? "/" : l.label("dataType." + a.dataType().name()),
                    ScopeSections.dash(a.dataSource())));
        }
        String note = scaled ? l.label("activity.note.scaled") : "";
        if (shown != null) {
            rows.add(Tables.total("", "", l.label("lines.rest", Formats.integer(lines.size() - shown.size())),
                    "", "", "", "", "", ""));
            note = (note.isEmpty() ? "" : note + " ") + l.label("activity.note.compact", shown.size(),
                    Formats.integer(lines.size()));
        }
        o.add(Tables.table(o.tableCaption("activity.table.caption", c.product()),
                Tables.headers(l, "col.no", "col.stage", "col.item", "col.amount", "col.unit", "col.perUnit",
                        "col.factorId", "col.dataType", "col.source"), "cllrlrLll", rows, note));
        o.h(2, "sec4.factors");
        o.para("factors.p1");
        rows = new ArrayList<>();
        for (Factor f : c.wb().factors()) {
            LineResult first = c.fp().lines().stream().filter(r -> r.factor().id().equals(f.id())).findFirst()
                    .orElse(null);
            if (first == null) continue;
            String value = Formats.sig(f.value() != null ? f.value() : first.factorValue());
            rows.add(Tables.row(f.id(), ScopeSections.factorName(c, f), value + " " + UnitNames.spell(f.unit(), l),
                    parameters(c, f), applied(c, first), ScopeSections.dash(f.source()),
                    ScopeSections.dash(f.year())));
        }
        o.add(Tables.table(o.tableCaption("factor.table.caption", c.product()),
                Tables.headers(l, "col.factorId", "col.factorName", "col.value", "col.parameters", "col.applied",
                        "col.source", "col.year"), "LlLlLll", rows, l.label("factor.note.applied")));
        if (!c.fp().conversions().isEmpty()) {
            o.para("factors.conversions", String.join("; ", c.fp().conversions().stream()
                    .map(x -> x.factorId() + " " + x.text()).toList()));
        }
    }

    /** NCV, carbon content and oxidation rate where the factor uses them. */
    private static String parameters(Ctx c, Factor f) {
        List<String> p = new ArrayList<>();
        if (f.ncv() != null) {
            p.add("NCV " + Formats.sig(f.ncv()) + (f.ncvUnit() == null ? "" : " " + UnitNames.spell(f.ncvUnit(), c.lang())));
        }
        if (f.carbonContent() != null) p.add("CC " + Formats.sig(f.carbonContent()) + " tC/TJ");
        if (f.oxidationRate() != null) p.add("OF " + Formats.sig(f.oxidationRate() * 100) + "%");
        if (f.value() == null && f.carbonContent() != null) p.add(c.lang().label("factor.computed"));
        if (f.origin() != null && f.origin() != CarbonOrigin.FOSSIL) p.add(c.lang().label("origin." + f.origin().name()));
        return p.isEmpty() ? "/" : String.join("; ", p);
    }

    /** The factor per unit of the activity as the calculation applied it, e.g. 3.0959 kgCO2/kg. */
    static String applied(Ctx c, LineResult r) {
        double v = r.conversion() * r.factorValue() * r.gasKgPerUnit();
        return Formats.derivedFactor(v) + " kg" + r.gas() + "/" + UnitNames.spell(r.activity().unit(), c.lang());
    }

    private static void method(Ctx c, Outline o) {
        o.h(2, "sec5.method");
        o.para("method.p1");
        o.add(new Block.Para("E_i = AD_i × EF_i × GWP_i;    CFP = Σ E_i", "", "formula"));
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (StageResult s : c.fp().stages()) {
            zh.add("E(" + s.stage().name().zhOrEn() + ")");
            en.add("E(" + s.stage().name().enOrZh() + ")");
        }
        o.add(c.lang().para("formula", "method.stages", new Lang.L(String.join(" + ", zh), String.join(" + ", en))));
        o.para("method.where");
        for (String k : List.of("method.var.ad", "method.var.ef", "method.var.gwp", "method.var.cfp")) {
            o.add(c.lang().para("item", k));
        }
    }

    private static void byStage(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        Lang l = c.lang();
        Footprint fp = c.fp();
        o.h(2, "sec5.results");
        o.para("results.p1", c.info().manufacturer(), c.info().functionalUnit(), c.kg(fp.total()));
        List<Block.Table.Row> rows = new ArrayList<>();
        if (c.hasRemovals()) {
            // ISO 14067: emissions and removals apart; shares are of the gross emissions
            o.para("results.removals", c.kg(fp.grossEmissions()), c.kg(fp.removals()), c.kg(fp.total()));
            for (StageResult s : fp.stages()) {
                String code = s.stage().code();
                rows.add(Tables.row(l.text(s.stage().name()), c.kg(c.stageEmissions(code)), c.kg(c.stageRemovals(code)),
                        c.kg(s.kgco2e()), c.shareOfGross(c.stageEmissions(code))));
            }
            rows.add(Tables.total(l.label("common.total"), c.kg(fp.grossEmissions()), c.kg(fp.removals()),
                    c.kg(fp.total()), c.shareOfGross(fp.grossEmissions())));
            o.add(Tables.table(o.tableCaption("stage.table.caption", c.product()),
                    Tables.headers(l, "col.stage", "col.emissions", "col.removals", "col.net", "col.shareOfGross"),
                    "lrrrr", rows, l.label("note.gross")));
        } else {
            for (StageResult s : fp.stages()) {
                rows.add(Tables.row(l.text(s.stage().name()), c.kg(s.kgco2e()), c.shareOfGross(s.kgco2e())));
            }
            rows.add(Tables.total(l.label("common.total"), c.kg(fp.total()), c.shareOfGross(fp.grossEmissions())));
            o.add(Tables.table(o.tableCaption("stage.table.caption", c.product()),
                    Tables.headers(l, "col.stage", "col.kgPerUnit", "col.share"), "lrr", rows, l.label("note.unrounded")));
        }
        charts.put("stages", ChartSpecs.stages(c));
        o.add(new Block.Figure("chart:stages", o.figureCaption(c.hasRemovals() ? "caption.stages.gross" : "caption.stages",
                c.product()), "width:150mm;height:85mm"));
    }

    /** Results by gas and carbon origin together (fossil and biogenic CO2 and a removal are three rows), then by origin. */
    private static void byGasAndOrigin(Ctx c, Outline o) {
        Lang l = c.lang();
        o.h(2, "sec5.gas");
        // gas and origin → {mass of gas, GWP, kg CO2e}, in first-seen order
        Map<String, double[]> gas = new LinkedHashMap<>();
        Map<String, LineResult> first = new LinkedHashMap<>();
        for (LineResult r : c.fp().lines()) {
            String key = r.gas() + "|" + r.origin();
            first.putIfAbsent(key, r);
            double[] g = gas.computeIfAbsent(key, k -> new double[] {0, r.gwp(), 0});
            g[0] += r.gasKg();
            g[2] += r.kgco2e();
        }
        List<Block.Table.Row> rows = new ArrayList<>();
        for (var e : gas.entrySet()) {
            LineResult r = first.get(e.getKey());
            double[] g = e.getValue();
            boolean characterised = "CO2e".equals(r.gas());
            rows.add(Tables.row(Formulas.chemical(r.gas()), l.label("origin." + r.origin().name()),
                    characterised ? "/" : Formats.sig(g[1]), characterised ? "/" : Formats.sig(g[0]), c.kg(g[2]),
                    g[2] < 0 ? "/" : c.shareOfGross(g[2])));
        }
        o.add(Tables.table(o.tableCaption("gas.table.caption", c.product()),
                Tables.headers(l, "col.gas", "col.origin", "col.gwp", "col.gasKg", "col.kgco2e", "col.shareOfGross"),
                "llrrrr", rows,
                l.label("gas.note", new Lang.L(l.zh("gwp." + c.fp().gwpSet()), l.en("gwp." + c.fp().gwpSet())))));
        rows = new ArrayList<>();
        for (CarbonOrigin origin : CarbonOrigin.values()) {
            double v = c.fp().byOrigin().getOrDefault(origin, 0.0);
            rows.add(Tables.row(l.label("origin." + origin.name()), c.kg(v), v < 0 ? "/" : c.shareOfGross(v)));
        }
        o.add(Tables.table(o.tableCaption("origin.table.caption", c.product()),
                Tables.headers(l, "col.origin", "col.kgco2e", "col.shareOfGross"), "lrr", rows, l.label("origin.note")));
    }

    /** The largest emitting lines, largest first; removals are never hotspots. */
    static List<LineResult> top(Ctx c, int n) {
        return c.fp().lines().stream().filter(r -> r.kgco2e() > 0)
                .sorted(Comparator.comparingDouble(LineResult::kgco2e).reversed()).limit(n).toList();
    }

    private static void hotspots(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        Lang l = c.lang();
        o.h(2, "sec5.hotspots");
        List<LineResult> top = top(c, HOTSPOTS);
        double cum = 0;
        List<Block.Table.Row> rows = new ArrayList<>();
        int rank = 0;
        for (LineResult r : top) {
            cum += r.kgco2e();
            rows.add(Tables.row(Integer.toString(++rank), c.item(r), c.stageName(r.activity().stage()),
                    c.kg(r.kgco2e()), c.shareOfGross(r.kgco2e()), c.shareOfGross(cum)));
        }
        if (!top.isEmpty()) {
            o.para(c.hasRemovals() ? "hotspots.p1.gross" : "hotspots.p1", top.size(), c.shareOfGross(cum));
        }
        o.add(Tables.table(o.tableCaption("hotspots.table.caption", c.product()),
                Tables.headers(l, "col.rank", "col.item", "col.stage", "col.kgco2e", "col.shareOfGross", "col.cumShare"),
                "cllrrr", rows, l.label("note.unrounded")));
        if (c.hasRemovals()) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (LineResult r : c.fp().lines()) {
                if (r.kgco2e() >= 0) continue;
                zh.add(l.zh("removals.item", r.activity().item(), c.stageText(r.activity().stage()), c.kg(r.kgco2e())));
                en.add(l.en("removals.item", r.activity().item(), c.stageText(r.activity().stage()), c.kg(r.kgco2e())));
            }
            o.para("removals.p1", new Lang.L(String.join("；", zh), String.join("; ", en)), c.kg(c.fp().removals()));
        }
        List<LineResult> bars = top(c, 10);
        charts.put("hotspots", ChartSpecs.hotspots(c, bars));
        o.add(new Block.Figure("chart:hotspots", o.figureCaption("caption.hotspots", c.product()),
                ChartSpecs.barsStyle(bars.size())));
    }
}
