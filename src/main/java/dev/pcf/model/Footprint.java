package dev.pcf.model;

import java.util.List;
import java.util.Map;

/**
 * The deterministic product carbon footprint, per functional unit.
 *
 * @param gwpSet           the GWP set used
 * @param total            kg CO2e per functional unit
 * @param stages           included stages in workbook order
 * @param byGas            kg CO2e per gas ({@code CO2e} for factors already characterised), in first-seen order
 * @param byOrigin         kg CO2e per carbon origin, every origin present (zeros too), in enum order
 * @param lines            every activity line, in sheet order
 * @param cutOff           the check of the cut-off rule
 * @param primaryDataShare fraction of the gross emissions from lines whose data type is primary
 * @param warnings         warnings from the calculation (e.g. a factor value that disagrees with its
 *                         carbon content, a zero total); zero amounts are the reader's warnings
 * @param conversions      conversions applied to factors that the report states (element bases), in factor order
 */
public record Footprint(GwpSet gwpSet, double total, List<StageResult> stages, Map<String, Double> byGas,
                        Map<CarbonOrigin, Double> byOrigin, List<LineResult> lines, CutOffCheck cutOff,
                        double primaryDataShare, List<Problem> warnings, List<AppliedConversion> conversions) {
    public Footprint {
        stages = List.copyOf(stages);
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
        conversions = List.copyOf(conversions);
    }

    /** A footprint without conversions to state. */
    public Footprint(GwpSet gwpSet, double total, List<StageResult> stages, Map<String, Double> byGas,
                     Map<CarbonOrigin, Double> byOrigin, List<LineResult> lines, CutOffCheck cutOff,
                     double primaryDataShare, List<Problem> warnings) {
        this(gwpSet, total, stages, byGas, byOrigin, lines, cutOff, primaryDataShare, warnings, List.of());
    }

    /**
     * The gross emissions: the sum of the lines that emit (positive kg CO2e per functional unit), without
     * the removals. ISO 14067 reports emissions and removals separately; shares and hotspots are
     * fractions of this figure, which equals {@link #total()} when there are no removals.
     */
    public double grossEmissions() {
        double sum = 0;
        for (LineResult l : lines) {
            if (l.kgco2e() > 0) sum += l.kgco2e();
        }
        return sum;
    }

    /**
     * The removals: the sum of the lines that remove (negative kg CO2e per functional unit, such as a
     * biogenic removal), ≤ 0; {@code total() = grossEmissions() + removals()} up to rounding.
     */
    public double removals() {
        double sum = 0;
        for (LineResult l : lines) {
            if (l.kgco2e() < 0) sum += l.kgco2e();
        }
        return sum;
    }
}
