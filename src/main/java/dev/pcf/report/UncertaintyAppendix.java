package dev.pcf.report;

import dev.pcf.model.Footprint;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.ScenarioResult;
import dev.pcf.model.SensitivityResult;
import dev.pcf.model.SourceFile;
import dev.pcf.model.UncertaintyResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The uncertainty and sensitivity appendix on its own ({@code pcf report BOOK --part uncertainty}), for
 * verifiers who write the main report elsewhere: method, inputs and their distributions, results,
 * sensitivity, scenarios, convergence and the data to reproduce it, captioned as an appendix (附录 C /
 * Appendix C) with its sections, tables and figures numbered C.1, C.2…. The sections are those of the
 * full report ({@link UncertaintySection}, {@link SensitivitySection}), in the appendix's order.
 */
public final class UncertaintyAppendix {
    /** An appendix label: one to four letters or digits, e.g. {@code C}, {@code 3}, {@code IV}. */
    public static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]{1,4}");

    private UncertaintyAppendix() {}

    /**
     * The appendix's view model.
     *
     * @param wb        the workbook as read
     * @param fp        its deterministic footprint
     * @param mc        the Monte Carlo analysis, or null when it was not run (the appendix says so)
     * @param scenarios the scenarios calculated, in sheet order (may be empty)
     * @param label     the appendix label ({@link #LABEL}), or empty for an unlettered "附录 / Appendix"
     * @param mode      zh, en or zh+en
     * @throws IllegalArgumentException when the label is not empty and not a {@link #LABEL}, or a bundle lacks a key
     */
    public static AppendixView build(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, List<ScenarioResult> scenarios,
                                     String label, ReportLanguage mode, Messages zh, Messages en) {
        Objects.requireNonNull(label, "label");
        if (!label.isEmpty() && !LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("an appendix label is 1 to 4 letters or digits, found '" + label + "'");
        }
        Lang l = new Lang(Objects.requireNonNull(mode, "mode"), zh, en);
        Ctx c = new Ctx(Objects.requireNonNull(wb, "wb"), Objects.requireNonNull(fp, "fp"), mc, l, List.copyOf(scenarios));
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        Outline o = Outline.part(l, label);
        o.partTitle("part.title");
        Block title = o.blocks().getFirst();
        o.para(mc == null ? "part.intro.noMc" : "part.intro", c.product(), ReportViews.nz(c.info().reportNo()));

        o.h(2, "part.method");
        if (mc == null) o.para("mc.notRun");
        else {
            UncertaintySection.method(c, o);
            o.para("part.method.sampling");
        }
        if (mc != null) {
            o.h(2, "part.inputs");
            o.para("part.inputs.p");
            UncertaintySection.inputs(c, o);
            o.h(2, "part.results");
            UncertaintySection.results(c, o, charts);
        }
        SensitivityResult s = mc == null ? null : mc.sensitivity();
        if (s != null && !s.indices().isEmpty()) {
            o.h(2, "sec5.sens");
            o.para("sens.p1");
            SensitivitySection.inputs(c, o, charts);
        }
        if (!c.scenarios().isEmpty()) {
            o.h(2, "part.scenarios");
            SensitivitySection.scenarios(c, o);
            if (mc != null) o.para("part.pLower", Formats.integer(c.scenarios().getFirst().pairedIterations()));
            SensitivitySection.changes(c, o);
        }
        if (mc != null) {
            o.h(2, "part.convergence");
            UncertaintySection.settings(c, o);
            UncertaintySection.convergence(c, o, charts);
        }
        o.h(2, "part.repro");
        reproducibility(c, o);

        List<Block> body = new ArrayList<>(o.blocks());
        body.removeFirst();
        String name = l.join(o.partName(true), o.partName(false), " ");
        String product = l.text(c.product());
        return new AppendixView(mode == ReportLanguage.EN ? "en" : "zh-CN",
                l.join(o.partName(true) + " " + l.zh("part.title"), o.partName(false) + " " + l.en("part.title"), " ")
                        + " " + product,
                // the appendix's name first; the product in one language, so that the header keeps to one line
                name + "  " + ReportViews.nz(c.info().reportNo()) + "  "
                        + (mode == ReportLanguage.EN ? c.product().enOrZh() : c.product().zhOrEn()),
                ReportViews.segments(l.join(o.partName(true) + " " + l.zh("footer.pages", ReportViews.PAGE, ReportViews.PAGES),
                        o.partName(false) + " · " + l.en("footer.pages", ReportViews.PAGE, ReportViews.PAGES), " / ")),
                fields(c), new ReportView.Toc("", o.toc()), title, body, charts);
    }

    private static List<ReportView.Field> fields(Ctx c) {
        Lang l = c.lang();
        ReportInfo i = c.info();
        List<ReportView.Field> f = new ArrayList<>();
        f.add(new ReportView.Field(l.label("cover.product"), l.text(i.productName())));
        f.add(new ReportView.Field(l.label("cover.model"), ReportViews.nz(i.model())));
        f.add(new ReportView.Field(l.label("cover.manufacturer"), l.text(i.manufacturer())));
        f.add(new ReportView.Field(l.label("col.fu"), l.text(i.functionalUnit())));
        f.add(new ReportView.Field(l.label("cover.reportNo"), ReportViews.nz(i.reportNo())));
        f.add(new ReportView.Field(l.label("info.standard"), ReportViews.nz(i.standard())));
        f.add(new ReportView.Field(l.label("part.result"), c.kg(c.fp().total()) + " kgCO2e"));
        UncertaintyResult mc = c.mc();
        if (mc != null) {
            f.add(new ReportView.Field(l.label("mc.row.interval"),
                    "[" + c.kg(mc.total().low()) + ", " + c.kg(mc.total().high()) + "] kgCO2e"));
        }
        return f;
    }

    /** A hash in groups of eight characters, so that it can wrap and be read: {@code d667072a 7322e276 …}. */
    static String grouped(String hex) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 8) {
            if (i > 0) b.append(' ');
            b.append(hex, i, Math.min(hex.length(), i + 8));
        }
        return b.toString();
    }

    /** What a verifier needs to rerun the analysis and get the same numbers: file, hash, seeds, sample sizes. */
    private static void reproducibility(Ctx c, Outline o) {
        Lang l = c.lang();
        SourceFile src = c.wb().source();
        List<Block.Table.Row> rows = new ArrayList<>();
        rows.add(Tables.row(l.label("part.repro.file"), src == null ? "/" : ReportViews.nz(src.fileName())));
        rows.add(Tables.row("SHA-256", src == null ? "/" : grouped(ReportViews.nz(src.sha256()))));
        rows.add(Tables.row(l.label("part.repro.gwp"), c.fp().gwpSet().name()));
        UncertaintyResult mc = c.mc();
        if (mc != null) {
            rows.add(Tables.row(l.label("part.repro.seed"), Long.toString(mc.seed())));
            rows.add(Tables.row(l.label("part.repro.iterations"), Formats.integer(mc.iterations()) + " ("
                    + l.label(mc.adaptive() ? "mc.mode.adaptive" : "mc.mode.fixed") + ")"));
            SensitivityResult s = mc.sensitivity();
            if (s != null && !s.indices().isEmpty()) {
                rows.add(Tables.row(l.label("part.repro.sobol"), s.method()));
                rows.add(Tables.row(l.label("part.repro.sobolN"), Formats.integer(s.baseSamples())));
                rows.add(Tables.row(l.label("part.repro.sobolSeed"), Long.toString(s.seed())));
                rows.add(Tables.row(l.label("part.repro.bootstrap"), Formats.integer(s.resamples())));
            }
            if (!c.scenarios().isEmpty()) {
                rows.add(Tables.row(l.label("part.repro.paired"), Formats.integer(c.scenarios().getFirst().pairedIterations())));
            }
        }
        o.add(Tables.table(o.tableCaption("part.repro.caption", c.product()),
                Tables.headers(l, "col.item", "part.repro.value"), "ll", rows, ""));
        o.para(mc == null ? "part.repro.p.noMc" : "part.repro.p");
    }
}
