package dev.pcf.report;

import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Improvement;
import dev.pcf.model.LineResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Section 6: suggestions derived from the hotspots, then the company's own. */
final class Suggestions {
    /** Lines considered for derived suggestions. */
    static final int LINES = 3;
    /** Lines below this share of the total get no derived suggestion (except the largest one). */
    static final double MIN_SHARE = 0.05;

    private Suggestions() {}

    /**
     * The lines that get a derived suggestion: the largest emitting line, and the next ones of at least 5 %
     * of the gross emissions. A removal never gets one (reducing a removal raises the footprint).
     */
    static List<LineResult> targets(Ctx c) {
        double gross = c.fp().grossEmissions();
        List<LineResult> top = ResultSections.top(c, LINES);
        return top.stream().filter(r -> r == top.get(0) || (gross > 0 && r.kgco2e() / gross >= MIN_SHARE))
                .filter(r -> r.kgco2e() > 0 && r.origin() != CarbonOrigin.BIOGENIC_REMOVAL).toList();
    }

    private static double share(double v, double total) {
        return total == 0 ? 0 : v / total;
    }

    static void write(Ctx c, Outline o) {
        Lang l = c.lang();
        o.h(1, "sec6.title");
        o.h(2, "sec6.derived");
        o.para("suggest.intro");
        double total = c.fp().grossEmissions();
        int n = 0;
        // lines with the same lever share one suggestion
        Map<Lever, List<LineResult>> byLever = new LinkedHashMap<>();
        for (LineResult r : targets(c)) byLever.computeIfAbsent(Lever.of(r), k -> new ArrayList<>()).add(r);
        for (var e : byLever.entrySet()) {
            Lang.L lever = new Lang.L(l.zh("suggest." + e.getKey().name()), l.en("suggest." + e.getKey().name()));
            List<LineResult> lines = e.getValue();
            if (lines.size() == 1) {
                LineResult r = lines.get(0);
                o.add(l.para("item", c.hasRemovals() ? "suggest.line.gross" : "suggest.line", ++n, r.activity().item(), c.stageText(r.activity().stage()),
                        Formats.percent(share(r.kgco2e(), total)), lever));
                continue;
            }
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            double sum = 0;
            for (LineResult r : lines) {
                String pct = Formats.percent(share(r.kgco2e(), total));
                zh.add(l.zh("suggest.item", r.activity().item(), c.stageText(r.activity().stage()), pct));
                en.add(l.en("suggest.item", r.activity().item(), c.stageText(r.activity().stage()), pct));
                sum += r.kgco2e();
            }
            o.add(l.para("item", c.hasRemovals() ? "suggest.lines.gross" : "suggest.lines", ++n, new Lang.L(String.join("、", zh), String.join(", ", en)),
                    Formats.percent(share(sum, total)), lever));
        }
        o.add(l.para("item", "suggest.data", ++n));
        o.add(l.para("item", "suggest.monitoring", ++n));
        o.h(2, "sec6.company");
        List<Improvement> own = c.wb().improvements();
        if (own.isEmpty()) {
            o.note("suggest.noneGiven");
        }
        int k = 0;
        for (Improvement i : own) {
            Block.Para p = l.para("item", i.text());
            String prefix = "(" + ++k + ") ";
            o.add(new Block.Para(prefix + p.text(), p.secondary().isEmpty() ? "" : prefix + p.secondary(), "item"));
        }
    }
}
