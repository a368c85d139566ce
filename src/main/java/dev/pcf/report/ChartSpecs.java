package dev.pcf.report;

import dev.pcf.model.LineResult;
import dev.pcf.model.Stage;
import dev.pcf.model.StageResult;
import dev.pcf.model.UncertaintyResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The chart specifications of the report, labelled in the report's language(s). */
final class ChartSpecs {
    private ChartSpecs() {}

    /** The system-boundary diagram: every stage, included ones inside the frame. */
    static ChartSpec boundary(Ctx c) {
        Lang l = c.lang();
        List<ChartSpec.Boundary.Box> boxes = new ArrayList<>();
        for (Stage s : c.wb().stages()) {
            boxes.add(new ChartSpec.Boundary.Box(l.join(s.name().zhOrEn(), s.name().enOrZh(), "\n"), s.included()));
        }
        var b = c.info().boundary();
        String label = l.join(l.zh("chart.boundary.label", l.zh("boundary." + b.name())),
                l.en("chart.boundary.label", l.en("boundary." + b.name())), " ");
        return new ChartSpec.Boundary("", label, boxes, l.label("common.included"), l.label("common.excluded"));
    }

    /** Stage shares of the gross emissions: a pie (shares of a whole read best as a pie). */
    static ChartSpec stages(Ctx c) {
        List<String> labels = new ArrayList<>();
        List<StageResult> st = c.fp().stages();
        double[] v = new double[st.size()];
        for (int i = 0; i < st.size(); i++) {
            labels.add(c.lang().text(st.get(i).stage().name()));
            // with removals the pie shows each stage's emissions: its share of the gross emissions, as the table
            v[i] = c.hasRemovals() ? c.stageEmissions(st.get(i).stage().code()) : st.get(i).kgco2e();
        }
        if (Arrays.stream(v).anyMatch(x -> x < 0)) {
            return new ChartSpec.Bars("", labels, v, "kgCO2e", false, pattern(c.info().decimals()));
        }
        return new ChartSpec.Pie("", labels, v);
    }

    /**
     * The CSS size of a horizontal bar chart of {@code bars} bars: 160 mm wide, and 20 mm plus 14 mm a bar
     * high (at least 60 mm), so that two- and three-line bilingual labels do not overlap.
     */
    static String barsStyle(int bars) {
        return "width:160mm;height:" + Math.max(60, 20 + 14 * bars) + "mm";
    }

    /** The largest lines as horizontal bars, kg CO2e. */
    static ChartSpec hotspots(Ctx c, List<LineResult> top) {
        List<String> labels = new ArrayList<>();
        double[] v = new double[top.size()];
        for (int i = 0; i < top.size(); i++) {
            LineResult r = top.get(i);
            labels.add(c.item(r) + " (" + c.stageName(r.activity().stage()) + ")");
            v[i] = r.kgco2e();
        }
        return new ChartSpec.Bars("", labels, v, "kgCO2e", true, pattern(c.info().decimals()));
    }

    /** Histogram of the Monte Carlo total with the 95 % interval and the deterministic result. */
    static ChartSpec histogram(Ctx c, UncertaintyResult mc) {
        Lang l = c.lang();
        var h = mc.histogram();
        return new ChartSpec.Histogram("", h.lower(), h.width(), h.counts(), mc.total().low(), mc.total().high(),
                mc.total().deterministic(), l.label("chart.hist.x"), l.label("chart.hist.y"),
                l.label("chart.hist.interval"), l.label("chart.hist.deterministic"));
    }

    /** Contributions to variance of the top inputs, horizontal bars in percent. */
    static ChartSpec contributions(Ctx c, List<UncertaintyResult.Contribution> top) {
        List<String> labels = new ArrayList<>();
        double[] v = new double[top.size()];
        for (int i = 0; i < top.size(); i++) {
            var k = top.get(i);
            labels.add(UncertaintySection.inputLabel(c, k.cell(), k.kind(), k.label()));
            v[i] = top.get(i).share();
        }
        return new ChartSpec.Bars("", labels, v, c.lang().label("chart.contrib.axis"), true, "0.00%");
    }

    /** Convergence of the mean and the interval endpoints with the number of iterations. */
    static ChartSpec convergence(Ctx c, UncertaintyResult mc) {
        Lang l = c.lang();
        var pts = mc.convergence();
        double[] x = new double[pts.size()];
        double[] mean = new double[pts.size()];
        double[] low = new double[pts.size()];
        double[] high = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            x[i] = pts.get(i).iterations();
            mean[i] = pts.get(i).mean();
            low[i] = pts.get(i).low();
            high[i] = pts.get(i).high();
        }
        return new ChartSpec.Lines("", x, List.of(l.label("chart.conv.low"), l.label("chart.conv.mean"),
                l.label("chart.conv.high")), List.of(low, mean, high), l.label("chart.conv.x"), "kgCO2e");
    }

    private static String pattern(int decimals) {
        return decimals <= 0 ? "0" : "0." + "0".repeat(decimals);
    }
}
