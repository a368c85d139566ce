package dev.pcf.render;

import dev.pcf.report.ChartSpec;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link ChartSpec} with JFreeChart (or, for the boundary diagram, {@link BoundaryDiagram}) onto a
 * Graphics2D, in the report's style: white background, no gradients or shadows, a restrained palette,
 * text in the embedded sans face, sizes in points for a chart about 160 mm wide.
 */
final class ChartPainter {

    /** Series and slice colours: muted blue, orange, green, purple, grey, brown, … */
    static final List<Color> PALETTE = List.of(
            new Color(0x2F5D8A), new Color(0xE0923A), new Color(0x6A9A4F), new Color(0x8463A8),
            new Color(0x8C8C8C), new Color(0xB5563C), new Color(0x5AA6B8), new Color(0xC9B037),
            new Color(0x9FB8D3), new Color(0xD7A7A0));
    static final Color INK = new Color(0x222222);
    static final Color GRID = new Color(0xDDDDDD);
    private static final Color MARKER_INTERVAL = new Color(0xE0923A);
    private static final Color MARKER_VALUE = new Color(0xB22222);

    static {
        // JFreeChart draws a rotated string (a vertical axis label) through java.awt.font.TextLayout by default, a
        // workaround for old on-screen Java2D bugs: on the PDF's Graphics2D that becomes the glyphs' outlines as
        // filled paths (text a reader can neither select nor search), shaped by HarfBuzz through the FFM API, whose
        // set-up costs each process ≈ 0.1 s and ≈ 150 generated classes. Without it the label is PDF text in the
        // embedded sans face, rotated by the text matrix, like every other chart label.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartPainter() {}

    /** Draws the chart filling {@code area} (points). */
    static void draw(ChartSpec spec, Graphics2D g2, Rectangle2D area) {
        if (spec instanceof ChartSpec.Boundary b) {
            BoundaryDiagram.draw(b, g2, area);
            return;
        }
        JFreeChart chart = switch (spec) {
            case ChartSpec.Bars b -> bars(b);
            case ChartSpec.Pie p -> pie(p);
            case ChartSpec.Histogram h -> histogram(h);
            case ChartSpec.Lines l -> lines(l);
            case ChartSpec.Tornado t -> TornadoChart.chart(t);
            case ChartSpec.Boundary b -> throw new AssertionError(b);
        };
        chart.draw(g2, area);
    }

    /** A category key that keeps equal labels apart and prints as the label. */
    private record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static NumberFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static JFreeChart bars(ChartSpec.Bars spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < spec.labels().size(); i++) {
            String label = spec.labels().get(i);
            // under vertical bars, a bilingual label reads best as Chinese above English
            data.addValue(spec.values()[i], "v", new Key(i, spec.horizontal() ? label : BoundaryDiagram.bilingualLines(label)));
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setMaximumCategoryLabelLines(3);
        categories.setMaximumCategoryLabelWidthRatio(spec.horizontal() ? 0.32f : 1f);
        categories.setCategoryMargin(0.25);
        NumberAxis values = numberAxis(spec.valueAxisLabel());
        values.setUpperMargin(0.15);
        if (java.util.Arrays.stream(spec.values()).anyMatch(v -> v < 0)) {
            values.setLowerMargin(0.15);      // room for the labels of negative bars (removals)
        }
        NumberFormat labels = format(spec.valueFormat());
        if (spec.valueFormat().contains("%")) {
            values.setNumberFormatOverride(format("0%"));
        }
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(spec.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = chart(spec.title(), plot, false);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(spec.horizontal() ? 0.12 : 0.08);
        renderer.setSeriesPaint(0, PALETTE.get(0));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labels));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Fonts.chartFont(false, 7.5f));
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(spec.horizontal()
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(spec.horizontal()
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        renderer.setItemLabelInsets(new org.jfree.chart.ui.RectangleInsets(3, 3, 3, 3));
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    private static JFreeChart pie(ChartSpec.Pie spec) {
        DefaultPieDataset<Key> data = new DefaultPieDataset<>();
        for (int i = 0; i < spec.labels().size(); i++) {
            if (spec.values()[i] > 0) {              // a slice needs a positive share
                data.setValue(new Key(i, spec.labels().get(i)), spec.values()[i]);
            }
        }
        PiePlot<Key> plot = new PiePlot<>(data);
        JFreeChart chart = chart(spec.title(), plot, false);
        int n = 0;
        for (Key k : data.getKeys()) {
            plot.setSectionPaint(k, PALETTE.get(n++ % PALETTE.size()));
        }
        plot.setShadowPaint(null);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(0.8f));
        plot.setSectionOutlinesVisible(true);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} {2}", format("#,##0.####"), format("0.0%")));
        plot.setLabelFont(Fonts.chartFont(false, 8f));
        plot.setLabelPaint(INK);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelLinkPaint(new Color(0x888888));
        plot.setInteriorGap(0.04);
        plot.setMaximumLabelWidth(0.34);
        plot.setOutlineVisible(false);
        plot.setStartAngle(90);
        return chart;
    }

    private static JFreeChart histogram(ChartSpec.Histogram spec) {
        XYIntervalSeries bins = new XYIntervalSeries(spec.yLabel());
        for (int i = 0; i < spec.counts().length; i++) {
            double lo = spec.lower() + i * spec.width();
            bins.add(lo + spec.width() / 2, lo, lo + spec.width(), spec.counts()[i], spec.counts()[i], spec.counts()[i]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bins);
        NumberAxis x = numberAxis(spec.xLabel());
        // markers do not widen the axis: make room for them when they lie outside the bins
        double lo = Math.min(spec.lower(), Math.min(spec.intervalLow(), spec.deterministic()));
        double hi = Math.max(spec.lower() + spec.counts().length * spec.width(),
                Math.max(spec.intervalHigh(), spec.deterministic()));
        if (hi > lo) {
            double pad = (hi - lo) * 0.03;
            x.setRange(lo - pad, hi + pad);
        } else {
            x.setAutoRangeIncludesZero(false);
        }
        NumberAxis y = numberAxis(spec.yLabel());
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        y.setUpperMargin(0.08);
        XYBarRenderer renderer = new XYBarRenderer();
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = chart(spec.title(), plot, true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x9FB8D3));
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, new Color(0x2F5D8A));
        renderer.setSeriesOutlineStroke(0, new BasicStroke(0.4f));
        Stroke dashed = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{4, 3}, 0);
        Stroke solid = new BasicStroke(1.6f);
        plot.addDomainMarker(marker(spec.intervalLow(), MARKER_INTERVAL, dashed));
        plot.addDomainMarker(marker(spec.intervalHigh(), MARKER_INTERVAL, dashed));
        plot.addDomainMarker(marker(spec.deterministic(), MARKER_VALUE, solid));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(lineItem(spec.intervalLabel(), dashed, MARKER_INTERVAL));
        legend.add(lineItem(spec.deterministicLabel(), solid, MARKER_VALUE));
        plot.setFixedLegendItems(legend);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    private static JFreeChart lines(ChartSpec.Lines spec) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < spec.series().size(); s++) {
            XYSeries series = new XYSeries(new Key(s, spec.seriesLabels().get(s)), false, true);
            double[] ys = spec.series().get(s);
            for (int i = 0; i < spec.x().length; i++) {
                series.add(spec.x()[i], ys[i]);
            }
            data.addSeries(series);
        }
        NumberAxis x = numberAxis(spec.xLabel());
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = numberAxis(spec.yLabel());
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = chart(spec.title(), plot, true);
        for (int s = 0; s < spec.series().size(); s++) {
            renderer.setSeriesPaint(s, PALETTE.get(s % PALETTE.size()));
            renderer.setSeriesStroke(s, new BasicStroke(1.3f));
        }
        return chart;
    }

    static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label == null || label.isBlank() ? null : label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        return axis;
    }

    private static ValueMarker marker(double value, Paint paint, Stroke stroke) {
        ValueMarker m = new ValueMarker(value, paint, stroke);
        return m;
    }

    private static LegendItem lineItem(String label, Stroke stroke, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-9, 0, 9, 0), stroke, paint);
        item.setLabelFont(Fonts.chartFont(false, 8f));
        return item;
    }

    /** Wraps a plot in a chart and applies the report's theme. */
    static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title == null || title.isBlank() ? null : title,
                Fonts.chartFont(true, 10f), plot, legend);
        theme().apply(chart);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 2));
        chart.setAntiAlias(true);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("—");          // e.g. a pie whose shares are all zero: a dash, not a blank box
        plot.setNoDataMessageFont(Fonts.chartFont(false, 10f));
        Stroke grid = new BasicStroke(0.4f);
        if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlineStroke(grid);
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlineStroke(grid);
            xy.setDomainGridlineStroke(grid);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legendTitle.setItemFont(Fonts.chartFont(false, 8f));
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("pcf", false);
        t.setExtraLargeFont(Fonts.chartFont(true, 10f));
        t.setLargeFont(Fonts.chartFont(false, 8.5f));
        t.setRegularFont(Fonts.chartFont(false, 8f));
        t.setSmallFont(Fonts.chartFont(false, 7.5f));
        t.setTitlePaint(INK);
        t.setSubtitlePaint(INK);
        t.setLegendItemPaint(INK);
        t.setAxisLabelPaint(INK);
        t.setTickLabelPaint(INK);
        t.setItemLabelPaint(INK);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(GRID);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setLabelLinkPaint(new Color(0x888888));
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setShadowPaint(Color.WHITE);
        return t;
    }
}
