package dev.pcf.report;

import dev.pcf.model.LineResult;
import dev.pcf.model.TeamMember;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The appendices: team, uncertainty details, data traceability, references. */
final class Appendices {
    private Appendices() {}

    static void write(Ctx c, Outline o, Map<String, ChartSpec> charts) {
        Lang l = c.lang();
        o.appendix("app.team");
        List<Block.Table.Row> rows = new ArrayList<>();
        for (TeamMember m : c.wb().team()) {
            if (m.name() == null || m.name().isBlank()) continue; // a role without a name is nobody to list
            rows.add(Tables.row(m.name(), l.label("role." + m.role().name()), ScopeSections.dash(m.organisation()),
                    ScopeSections.dash(m.certificate())));
        }
        if (rows.isEmpty()) {
            o.note("common.notGiven");
        } else {
            o.add(Tables.table(o.tableCaption("app.team.caption", c.product()),
                    Tables.headers(l, "sign.name", "sign.role", "col.organisation", "sign.cert"), "llll", rows, ""));
        }
        UncertaintySection.appendix(c, o, charts);
        SensitivitySection.appendix(c, o);
        traceability(c, o);
        references(c, o);
    }

    private static void traceability(Ctx c, Outline o) {
        Lang l = c.lang();
        o.appendix("app.trace");
        var src = c.wb().source();
        o.para("app.trace.file", src == null ? "" : ReportViews.nz(src.fileName()),
                src == null ? "" : ReportViews.nz(src.sha256()));
        if (c.compact()) {
            inventory(c, o);
            return;
        }
        List<Block.Table.Row> rows = new ArrayList<>();
        int n = 0;
        for (LineResult r : c.fp().lines()) {
            var a = r.activity();
            rows.add(Tables.row(Integer.toString(++n), c.item(r), a.cells().rowRef().toString(),
                    a.cells().cell(dev.pcf.model.Activity.AMOUNT).toString(),
                    r.factor().cells().rowRef().toString(), c.kg(r.kgco2e())));
        }
        o.add(Tables.table(o.tableCaption("app.trace.caption", c.product()),
                Tables.headers(l, "col.no", "col.item", "col.activityRow", "col.amountCell", "col.factorRow",
                        "col.kgco2e"), "clLLLr", rows, ""));
    }

    /**
     * The compact inventory of a large workbook: one short row per line (number, amount cell, amount and unit,
     * factor, result), so that 10,000 lines take about 150 pages, not 2,700; the item names, data types and
     * sources of all lines are in the embedded workbook and JSON results.
     */
    private static void inventory(Ctx c, Outline o) {
        Lang l = c.lang();
        o.para("app.trace.compact");
        List<LineResult> lines = c.fp().lines();
        List<Block.Table.Row> rows = new ArrayList<>(lines.size());
        int n = 0;
        for (LineResult r : lines) {
            var a = r.activity();
            rows.add(Tables.row(Integer.toString(++n), a.cells().cell(dev.pcf.model.Activity.AMOUNT).toString(),
                    Formats.plain(a.amount()) + " " + a.unit(), a.factorId(), c.kg(r.kgco2e())));
        }
        for (Block.Table part : Tables.parts(o.tableCaption("app.trace.caption", c.product()),
                Tables.headers(l, "col.no", "col.amountCell", "col.amount", "col.factorId", "col.kgco2e"), "clrlr",
                List.of("7%", "33%", "20%", "22%", "18%"), rows, "")) {
            o.add(part);
        }
    }

    private static void references(Ctx c, Outline o) {
        Lang l = c.lang();
        o.appendix("app.refs");
        List<Block.Para> refs = new ArrayList<>();
        for (String key : List.of("ref.gbt24067", "ref.iso14067", "ref.gwp." + c.fp().gwpSet(), "ref.ipcc2006")) {
            refs.add(l.para("ref", key));
        }
        Set<String> sources = new LinkedHashSet<>();
        for (LineResult r : c.fp().lines()) {
            if (r.factor().source() != null && !r.factor().source().isBlank()) sources.add(r.factor().source());
        }
        for (String s : sources) refs.add(new Block.Para(s, "", "ref"));
        if (c.mc() != null) {
            refs.add(l.para("ref", "ref.jcgm101"));
            refs.add(l.para("ref", "ref.pedigree"));
        }
        int k = 0;
        for (Block.Para p : refs) {
            String n = "[" + ++k + "] ";
            o.add(new Block.Para(n + p.text(), p.secondary(), "ref"));
        }
    }
}
