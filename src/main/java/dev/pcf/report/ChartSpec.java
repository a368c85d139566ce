package dev.pcf.report;

import java.util.List;

/**
 * The data of a chart in the report, already labelled in the report's language(s). The render
 * package draws it (as vectors); this package only says what to draw. A template places a chart
 * with {@code <img class="chart" src="chart:NAME" style="width:…mm;height:…mm"/>}.
 */
public sealed interface ChartSpec {

    /** Chart title (may be empty: the caption is in the XHTML). */
    String title();

    /**
     * Bars, one per label.
     *
     * @param valueAxisLabel e.g. {@code kgCO2e}
     * @param horizontal     horizontal bars (hotspots, tornado of contributions)
     * @param valueFormat    java.text.DecimalFormat pattern for bar labels, e.g. {@code 0.00%} or {@code 0.0000}
     */
    record Bars(String title, List<String> labels, double[] values, String valueAxisLabel, boolean horizontal,
                String valueFormat) implements ChartSpec {}

    /**
     * A tornado: per input, the change of the result with the input at its 2.5 % and at its 97.5 %
     * quantile (every other input nominal), as horizontal bars left and right of zero.
     *
     * @param low       per label: total at the 2.5 % quantile − the result, kg CO2e
     * @param high      per label: total at the 97.5 % quantile − the result, kg CO2e
     * @param axisLabel e.g. {@code 相对结果的变化 Change of the result (kgCO2e)}
     * @param lowLabel  legend of the low bars
     * @param highLabel legend of the high bars
     */
    record Tornado(String title, List<String> labels, double[] low, double[] high, String axisLabel, String lowLabel,
                   String highLabel) implements ChartSpec {}

    /** Shares of a whole, one slice per label; values are absolute, the chart shows percentages. */
    record Pie(String title, List<String> labels, double[] values) implements ChartSpec {}

    /**
     * Histogram of Monte Carlo totals with the 95 % interval and the deterministic value marked.
     *
     * @param lower  lower edge of the first bin
     * @param width  bin width
     * @param counts draws per bin
     */
    record Histogram(String title, double lower, double width, long[] counts, double intervalLow,
                     double intervalHigh, double deterministic, String xLabel, String yLabel,
                     String intervalLabel, String deterministicLabel) implements ChartSpec {}

    /**
     * Lines against the number of iterations (convergence of the interval endpoints and mean).
     *
     * @param x      iterations
     * @param series one array per series, same length as x
     */
    record Lines(String title, double[] x, List<String> seriesLabels, List<double[]> series, String xLabel,
                 String yLabel) implements ChartSpec {}

    /**
     * The system-boundary diagram: stages left to right as boxes, included ones solid, excluded ones
     * dashed, inside or outside a frame labelled with the boundary.
     *
     * @param boundaryLabel e.g. {@code 系统边界：摇篮到坟墓 System boundary: cradle-to-grave}
     */
    record Boundary(String title, String boundaryLabel, List<Box> boxes, String legendIncluded,
                    String legendExcluded) implements ChartSpec {
        /** A stage box: its (possibly two-line) label and whether it is inside the boundary. */
        public record Box(String label, boolean included) {}
    }
}
