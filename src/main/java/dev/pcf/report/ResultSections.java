package dev.pcf.report;

import dev.pcf.model.Activity;
import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Factor;
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
        int n = 0;
        for (LineResult r : c.fp().lines()) {
            Activity a = r.activity();
            scaled |= a.basis() == Basis.ANNUAL || a.allocation() != 1.0;
            rows.add(Tables.row(Integer.toString(++n), c.stageName(a.stage()), c.item(r),
                    Formats.plain(a.amount()) + (a.basis() == Basis.ANNUAL ? " *" : ""), a.unit(),
                    Formats.sig(r.amountPerUnit()) + " " + UnitNames.spell(a.unit(), l), a.factorId(),
                    a.dataType() == null ? "/" : l.label("dataType." + a.dataType().name()),
                    ScopeSections.dash(a.dataSource())));
        }
        String note = scaled ? l.label("activity.note.scaled") : "";
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
                        "col.source", "col.year"), "LlLlrll", rows, l.label("factor.note.applied")));
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
        o.h(2, "sec5.results");
        o.para("results.p1", c.info().manufacturer(), c.info().functionalUnit(), c.kg(c.fp().total()));
        List<Block.Table.Row> rows = new ArrayList<>();
        for (StageResult s : c.fp().stages()) {
            rows.add(Tables.row(l.text(s.stage().name()), c.kg(s.kgco2e()), Formats.percent(s.share())));
        }
        rows.add(Tables.total(l.label("common.total"), c.kg(c.fp().total()),
                Formats.percent(c.fp().total() == 0 ? 0 : 1)));
        o.add(Tables.table(o.tableCaption("stage.table.caption", c.product()),
                Tables.headers(l, "col.stage", "col.kgPerUnit", "col.share"), "lrr", rows, l.label("note.unrounded")));
        charts.put("stages", Charts.stages(c));
        o.add(new Block.Figure("chart:stages", o.figureCaption("caption.stages", c.product()),
                "width:150mm;height:85mm"));
    }

    private static void byGasAndOrigin(Ctx c, Outline o) {
        Lang l = c.lang();
        o.h(2, "sec5.gas");
        Map<String, double[]> gas = new LinkedHashMap<>();
        for (LineResult r : c.fp().lines()) {
            double[] g = gas.computeIfAbsent(r.gas(), k -> new double[] {0, r.gwp()});
            g[0] += r.gasKg();
        }
        List<Block.Table.Row> rows = new ArrayList<>();
        double total = c.fp().total();
        for (var e : c.fp().byGas().entrySet()) {
            double[] g = gas.get(e.getKey());
            boolean characterised = "CO2e".equals(e.getKey()) || g == null;
            rows.add(Tables.row(e.getKey(), characterised ? "/" : Formats.sig(g[1]),
                    characterised ? "/" : Formats.sig(g[0]), c.kg(e.getValue()),
                    Formats.percent(total == 0 ? 0 : e.getValue() / total)));
        }
        o.add(Tables.table(o.tableCaption("gas.table.caption", c.product()),
                Tables.headers(l, "col.gas", "col.gwp", "col.gasKg", "col.kgco2e", "col.share"), "lrrrr", rows,
                l.label("gas.note", new Lang.L(l.zh("gwp." + c.fp().gwpSet()), l.en("gwp." + c.fp().gwpSet())))));
        rows = new ArrayList<>();
        for (CarbonOrigin origin : CarbonOrigin.values()) {
            double v = c.fp().byOrigin().getOrDefault(origin, 0.0);
            rows.add(Tables.row(l.label("origin." + origin.name()), c.kg(v),
                    Formats.percent(total == 0 ? 0 : v / total)));
        }
        o.add(Tables.table(o.tableCaption("origin.table.caption", c.product()),
                Tables.headers(l, "col.origin", "col.kgco2e", "col.share"), "lrr", rows, l.label("origin.note")));
    }

    /** The largest lines, largest first. */
    static List<LineResult> top(Ctx c, int n) {
        return c.fp().lines().stream().sorted(Comparator.comparingDouble(LineResult::kgco2e).reversed())
                .limit(n).toList();
    }

    private static void hotspots(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        Lang l = c.lang();
        o.h(2, "sec5.hotspots");
        List<LineResult> top = top(c, HOTSPOTS);
        double total = c.fp().total();
        double cum = 0;
        List<Block.Table.Row> rows = new ArrayList<>();
        int rank = 0;
        for (LineResult r : top) {
            cum += r.kgco2e();
            rows.add(Tables.row(Integer.toString(++rank), c.item(r), c.stageName(r.activity().stage()),
                    c.kg(r.kgco2e()), Formats.percent(total == 0 ? 0 : r.kgco2e() / total),
                    Formats.percent(total == 0 ? 0 : cum / total)));
        }
        if (!top.isEmpty()) {
            o.para("hotspots.p1", top.size(), Formats.percent(total == 0 ? 0 : cum / total));
        }
        o.add(Tables.table(o.tableCaption("hotspots.table.caption", c.product()),
                Tables.headers(l, "col.rank", "col.item", "col.stage", "col.kgco2e", "col.share", "col.cumShare"),
                "cllrrr", rows, l.label("note.unrounded")));
        List<LineResult> bars = top(c, 10);
        charts.put("hotspots", Charts.hotspots(c, bars));
        o.add(new Block.Figure("chart:hotspots", o.figureCaption("caption.hotspots", c.product()),
                Charts.barsStyle(bars.size())));
    }
}
