package dev.pcf.report;

import dev.pcf.model.ScenarioResult;
import dev.pcf.model.SensitivityResult;
import dev.pcf.model.SensitivityResult.SobolIndex;
import dev.pcf.model.SensitivityResult.TornadoBar;
import dev.pcf.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sensitivity part of the uncertainty section (uncertainty-spec.md, "Sensitivity analysis"):
 * scenarios with their difference to the base and, with the Monte Carlo analysis, the tornado and
 * the Sobol' indices; one plain sentence per scenario. The appendix lists every scenario change
 * with its rationale.
 */
final class SensitivitySection {
    /** Inputs shown in the tornado chart and the Sobol' table. */
    static final int TOP = 10;
    /** A scenario moving the result by at least this much (in percent) is called significant. */
    static final double SIGNIFICANT_PCT = 1.0;

    private SensitivitySection() {}

    static void write(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        SensitivityResult s = c.mc() == null ? null : c.mc().sensitivity();
        if (c.scenarios().isEmpty() && (s == null || s.indices().isEmpty())) return;
        o.h(3, "sec5.sens");
        o.para("sens.p1");
        if (!c.scenarios().isEmpty()) scenarios(c, o);
        inputs(c, o, charts);
    }

    /** The tornado chart and the Sobol' table with its reading (nothing without Sobol' indices). */
    static void inputs(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        SensitivityResult s = c.mc() == null ? null : c.mc().sensitivity();
        if (s == null || s.indices().isEmpty()) return;
        Lang l = c.lang();
        List<TornadoBar> bars = s.tornado().stream().limit(TOP).toList();
        o.para("sens.tornado.p", Formats.plain(c.fp().total()));
        charts.put("tornado", tornado(c, bars));
        o.add(new Block.Figure("chart:tornado", o.figureCaption("caption.tornado", c.product()),
                ChartSpecs.barsStyle(bars.size())));
        o.para("sens.sobol.p", Formats.integer(s.baseSamples()), s.seed(), Formats.integer(s.resamples()));
        List<Block.Table.Row> rows = new ArrayList<>();
        boolean anyFlag = false;
        for (SobolIndex x : s.indices().stream().limit(TOP).toList()) {
            anyFlag |= x.interacts();
            rows.add(Tables.row(UncertaintySection.inputLabel(c, x.cell(), x.kind(), x.label()),
                    x.cell() == null ? "/" : x.cell().toString(),
                    index(x.first()) + " [" + index(x.firstLow()) + ", " + index(x.firstHigh()) + "]",
                    index(x.total()) + " [" + index(x.totalLow()) + ", " + index(x.totalHigh()) + "]",
                    x.interacts() ? l.label("common.yes") : ""));
        }
        o.add(Tables.table(o.tableCaption("sens.sobol.caption", c.product()),
                Tables.headers(l, "col.input", "col.cell", "col.sobolFirst", "col.sobolTotal", "col.interaction"),
                "lLrrc", rows,
                l.label("sens.sobol.note", Formats.plain(SensitivityResult.INTERACTION_THRESHOLD))));
        SobolIndex top = s.indices().get(0);
        o.para(anyFlag ? "sens.sobol.top.interacting" : "sens.sobol.top",
                UncertaintySection.inputText(c, top.cell(), top.kind(), top.label()), index(top.total()));
    }

    /** The scenario table (totals, differences, P(lower)) and one sentence per scenario. */
    static void scenarios(Ctx c, Outline o) {
        Lang l = c.lang();
        List<Block.Table.Row> rows = new ArrayList<>();
        rows.add(Tables.row(l.label("sens.base"), c.kg(c.fp().total()), "", "", ""));
        for (ScenarioResult r : c.scenarios()) {
            rows.add(Tables.row(r.scenario().id() + " " + l.text(name(r)), c.kg(r.footprint().total()),
                    signed(c.kg(r.delta()), r.delta()), signedPct(r.deltaPct()),
                    r.pairedIterations() > 0 ? Formats.percent(r.pLower()) : "/"));
        }
        o.add(Tables.table(o.tableCaption("sens.scen.caption", c.product()),
                Tables.headers(l, "col.scenario", "col.kgPerUnit", "col.delta", "col.deltaPct", "col.pLower"), "lrrrr",
                rows, l.label("sens.scen.note")));
        for (ScenarioResult r : c.scenarios()) {
            boolean significant = Math.abs(r.deltaPct()) >= SIGNIFICANT_PCT;
            o.para(significant ? "sens.sentence.moves" : "sens.sentence.robust", signedPct(r.deltaPct()), name(r));
        }
    }

    /** The appendix: every scenario change with its rationale. */
    static void appendix(Ctx c, Outline o) {
        if (c.scenarios().isEmpty()) return;
        o.appendix("app.scenarios");
        changes(c, o);
    }

    /** The table of every scenario change with its rationale. */
    static void changes(Ctx c, Outline o) {
        Lang l = c.lang();
        List<Block.Table.Row> rows = new ArrayList<>();
        for (ScenarioResult r : c.scenarios()) {
            for (var ch : r.scenario().changes()) {
                rows.add(Tables.row(r.scenario().id(), ch.kind().zh() + " " + ch.kind().code(), ch.cells().rowRef().toString(),
                        ch.targetText(), ch.valueText(), ch.rationale()));
            }
        }
        o.add(Tables.table(o.tableCaption("app.scenarios.caption", c.product()),
                Tables.headers(l, "col.scenario", "col.change", "col.cell", "col.target", "col.newValue", "col.rationale"),
                "LlLLLl", rows, ""));
    }

    private static Text name(ScenarioResult r) {
        Text n = r.scenario().name();
        return n.isEmpty() ? new Text(r.scenario().id(), r.scenario().id()) : n;
    }

    private static ChartSpec tornado(Ctx c, List<TornadoBar> bars) {
        Lang l = c.lang();
        List<String> labels = new ArrayList<>();
        double[] low = new double[bars.size()];
        double[] high = new double[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            TornadoBar b = bars.get(i);
            labels.add(UncertaintySection.inputLabel(c, b.cell(), b.kind(), b.label()));
            low[i] = b.low() - c.fp().total();
            high[i] = b.high() - c.fp().total();
        }
        return new ChartSpec.Tornado("", labels, low, high, l.label("chart.tornado.axis"), l.label("chart.tornado.low"),
                l.label("chart.tornado.high"));
    }

    private static String index(double v) {
        return Double.isFinite(v) ? Formats.fixed(v, 3) : "—";
    }

    private static String signed(String formatted, double v) {
        return v > 0 ? "+" + formatted : formatted.replace("-", "−");
    }

    /** A change in percent with its sign: +7.40%, −0.10%. */
    static String signedPct(double pct) {
        return signed(Formats.percentValue(pct), pct);
    }
}
