package dev.pcf.render;

import dev.pcf.report.ChartSpec;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;

/**
 * The tornado chart: one row per input, the change of the result with the input at its 2.5 % and
 * 97.5 % quantiles as bars left and right of zero (stacked bars, which JFreeChart stacks negative
 * and positive values separately from zero).
 */
final class TornadoChart {
    private TornadoChart() {}

    /** Category key: the row's position keeps equal labels apart and the order fixed. */
    private record Row(int index, String label) implements Comparable<Row> {
        @Override public int compareTo(Row o) {
            return Integer.compare(index, o.index);
        }

        @Override public String toString() {
            return label;
        }
    }

    static JFreeChart chart(ChartSpec.Tornado spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < spec.labels().size(); i++) {
            Row row = new Row(i, spec.labels().get(i));
            data.addValue(spec.low()[i], spec.lowLabel(), row);
            data.addValue(spec.high()[i], spec.highLabel(), row);
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setMaximumCategoryLabelLines(3);
        categories.setMaximumCategoryLabelWidthRatio(0.32f);
        categories.setCategoryMargin(0.25);
        NumberAxis values = ChartPainter.numberAxis(spec.axisLabel());
        values.setUpperMargin(0.08);
        values.setLowerMargin(0.08);
        StackedBarRenderer renderer = new StackedBarRenderer();
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = ChartPainter.chart(spec.title(), plot, true);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setSeriesPaint(0, ChartPainter.PALETTE.get(0));
        renderer.setSeriesPaint(1, ChartPainter.PALETTE.get(1));
        plot.addRangeMarker(new ValueMarker(0, ChartPainter.INK, new BasicStroke(0.8f)));
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }
}
