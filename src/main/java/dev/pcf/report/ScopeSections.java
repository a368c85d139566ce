package dev.pcf.report;

import dev.pcf.model.Factor;
import dev.pcf.model.LineResult;
import dev.pcf.model.Picture;
import dev.pcf.model.PictureKind;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.Stage;
import dev.pcf.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sections 1–3: introduction, company and product, goal and scope (with the cut-off check). */
final class ScopeSections {
    private ScopeSections() {}

    static void write(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        introduction(o);
        company(c, o);
        scope(c, o, charts);
    }

    private static void introduction(Outline o) {
        o.h(1, "sec1.title");
        o.para("intro.p1").para("intro.p2").para("intro.p3");
    }

    private static void company(Ctx c, Outline o) {
        ReportInfo i = c.info();
        o.h(1, "sec2.title");
        o.h(2, "sec2.company");
        paragraphs(c, o, i.companyProfile());
        picture(c, o, PictureKind.COMPANY_LOGO, null, "sec2.logo", 2);
        picture(c, o, PictureKind.PLANT_LAYOUT, "sec2.layout", "caption.layout", 2);
        o.h(2, "sec2.product");
        o.h(3, "sec2.function");
        paragraphs(c, o, i.productFunction());
        o.h(3, "sec2.process");
        paragraphs(c, o, i.processDescription());
        picture(c, o, PictureKind.PROCESS_FLOW, null, "caption.process", 3);
        picture(c, o, PictureKind.PRODUCT_PHOTO, "sec2.photo", "caption.photo", 3);
    }

    /** Company text split into paragraphs at line breaks; "not provided" when empty. */
    static void paragraphs(Ctx c, Outline o, Text t) {
        if (t == null || t.isEmpty()) {
            o.note("common.notGiven");
            return;
        }
        String[] zh = t.zh().split("\\R+");
        String[] en = t.en().split("\\R+");
        int n = Math.max(zh.length, en.length);
        for (int k = 0; k < n; k++) {
            o.add(c.lang().para("", new Text(k < zh.length ? zh[k] : "", k < en.length ? en[k] : "")));
        }
    }

    /** A workbook picture with its own heading (when headingKey is set); nothing at all when absent. */
    private static void picture(Ctx c, Outline o, PictureKind kind, String headingKey, String captionKey, int level) {
        Picture p = c.wb().pictures().stream().filter(x -> x.kind() == kind).findFirst().orElse(null);
        if (p == null) return;
        if (headingKey != null) o.h(level, headingKey);
        // the PDF writer fits the picture into this box, keeping its aspect ratio
        String style = switch (kind) {
            case COMPANY_LOGO -> "width:50mm;height:25mm";
            case PRODUCT_PHOTO -> "width:120mm;height:80mm";
            case PLANT_LAYOUT, PROCESS_FLOW -> "width:160mm;height:100mm";
        };
        o.add(new Block.Figure("image:" + imageName(kind), o.figureCaption(captionKey, c.product()), style));
    }

    /** The image name of a picture kind in {@code PdfDocument.images}. */
    static String imageName(PictureKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void scope(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        ReportInfo i = c.info();
        Lang l = c.lang();
        o.h(1, "sec3.title");
        o.h(2, "sec3.purpose");
        if (i.purpose() == null || i.purpose().isEmpty()) {
            o.para("purpose.p1", i.standard(), c.product());
            o.para("purpose.p2");
            for (int k = 1; k <= 4; k++) o.add(l.para("item", "purpose.item" + k));
        } else {
            paragraphs(c, o, i.purpose());
        }
        o.h(2, "sec3.scope");
        o.para("scope.intro");
        o.h(3, "sec3.fu");
        o.para("fu.text", i.functionalUnit());
        if (i.productMassKg() != null) o.para("fu.mass", Formats.plain(i.productMassKg()));
        if (i.packagingIncluded() != null) o.para(i.packagingIncluded() ? "fu.packaging.yes" : "fu.packaging.no");
        o.h(3, "sec3.boundary");
        o.add(boundaryStatement(c));
        List<Block.Table.Row> rows = new ArrayList<>();
        for (Stage s : c.wb().stages()) {
            rows.add(Tables.row(l.text(s.name()), l.label(s.included() ? "common.included" : "common.excluded"),
                    dash(l.text(s.includedProcesses())), dash(l.text(s.excludedProcesses()))));
        }
        o.add(Tables.table(o.tableCaption("boundary.table.caption", c.product()),
                Tables.headers(l, "col.stage", "col.inBoundary", "col.includedProcesses", "col.excludedProcesses"),
                "lcll", rows, ""));
        charts.put("boundary", ChartSpecs.boundary(c));
        o.add(new Block.Figure("chart:boundary", o.figureCaption("caption.boundary", c.product()),
                "width:170mm;height:55mm"));
        o.h(3, "sec3.allocation");
        o.add(c.textOr(i.allocationRule(), "allocation.default"));
        o.h(3, "sec3.cutoff");
        o.add(c.textOr(i.cutOffRule(), "cutoff.default"));
        cutOffCheck(c, o);
        o.h(3, "sec3.assumptions");
        if (i.assumptions() != null && !i.assumptions().isEmpty()) paragraphs(c, o, i.assumptions());
        o.para("assumptions.default");
        if (c.wb().factors().stream().anyMatch(f -> f.carbonContent() != null || f.ncv() != null)) {
            o.para("assumptions.combustion");
        }
        o.h(3, "sec3.impact");
        o.para("impact.p1");
        o.para("impact.gwp", new Lang.L(l.zh("gwp." + c.fp().gwpSet()), l.en("gwp." + c.fp().gwpSet())));
        List<String> gases = c.fp().byGas().keySet().stream().filter(g -> !"CO2e".equals(g)).toList();
        if (!gases.isEmpty()) o.para("impact.gases", String.join(", ", gases));
        if (c.fp().byGas().containsKey("CO2e")) o.para("impact.gases.co2e");
        o.h(3, "sec3.sources");
        o.para("sources.p1");
        Set<String> sources = new LinkedHashSet<>();
        for (LineResult r : c.fp().lines()) sources.add(r.factor().source());
        for (String s : sources) {
            if (s != null && !s.isBlank()) o.add(new Block.Para(s, "", "item"));
        }
        o.h(3, "sec3.quality");
        o.para("dq.p1");
        for (String k : List.of("dq.completeness", "dq.accuracy", "dq.representativeness", "dq.consistency")) {
            o.add(l.para("item", k));
        }
        o.para("dq.p2");
        o.para("dq.result", Formats.percent(c.fp().primaryDataShare()));
        long withPedigree = c.wb().activities().stream().filter(a -> a.uncertainty() != null
                && a.uncertainty().pedigree() != null).count()
                + c.wb().factors().stream().filter(f -> f.uncertainty() != null
                && f.uncertainty().pedigree() != null).count();
        if (withPedigree > 0) {
            o.para("dq.pedigree", withPedigree, c.wb().activities().size() + c.wb().factors().size());
        }
        o.note("dq.primary.def");
        o.note("dq.secondary.def");
    }

    private static void cutOffCheck(Ctx c, Outline o) {
        Lang l = c.lang();
        var cut = c.fp().cutOff();
        if (cut == null) return;
        List<Block.Table.Row> rows = new ArrayList<>();
        for (LineResult r : cut.smallLines()) {
            rows.add(Tables.row(c.item(r), c.stageName(r.activity().stage()), c.kg(r.kgco2e()),
                    Formats.percent(c.fp().total() == 0 ? 0 : r.kgco2e() / c.fp().total())));
        }
        if (rows.isEmpty()) {
            o.para("cutoff.none", Formats.percent(cut.lineThreshold()));
            return;
        }
        rows.add(Tables.total(l.label("common.total"), "", c.kg(cut.smallSum()), Formats.percent(cut.smallShare())));
        o.add(Tables.table(o.tableCaption("cutoff.table.caption", c.product(), Formats.percent(cut.lineThreshold())),
                Tables.headers(l, "col.item", "col.stage", "col.kgco2e", "col.share"), "llrr", rows,
                l.label("note.unrounded")));
        o.para(cut.passed() ? "cutoff.pass" : "cutoff.fail", cut.smallLines().size(), Formats.percent(cut.smallShare()),
                Formats.percent(cut.sumThreshold()), Formats.percent(cut.lineThreshold()));
    }

    /** "The system boundary is cradle-to-grave: stages …; excluded: …". */
    static Block.Para boundaryStatement(Ctx c) {
        Lang l = c.lang();
        List<Stage> in = c.wb().stages().stream().filter(Stage::included).toList();
        List<Stage> out = c.wb().stages().stream().filter(s -> !s.included()).toList();
        Lang.L inNames = names(in);
        var b = c.info().boundary();
        Lang.L bl = new Lang.L(l.zh("boundary." + b.name()), l.en("boundary." + b.name()));
        if (out.isEmpty()) return l.para("", "boundary.statement", bl, inNames);
        return l.para("", "boundary.statement.excluded", bl, inNames, names(out));
    }

    private static Lang.L names(List<Stage> stages) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Stage s : stages) {
            zh.add(s.name().zhOrEn());
            en.add(s.name().enOrZh());
        }
        return new Lang.L(String.join("、", zh), String.join(", ", en));
    }

    static String dash(String s) {
        return s == null || s.isEmpty() ? "/" : s;
    }

    static String factorName(Ctx c, Factor f) {
        return c.lang().text(f.name());
    }
}
