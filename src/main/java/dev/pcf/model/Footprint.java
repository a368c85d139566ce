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
 * @param primaryDataShare fraction of the total from lines whose data type is primary
 * @param warnings         warnings from the calculation (e.g. a factor value that disagrees with its
 *                         carbon content, a zero total); zero amounts are the reader's warnings
 */
public record Footprint(GwpSet gwpSet, double total, List<StageResult> stages, Map<String, Double> byGas,
                        Map<CarbonOrigin, Double> byOrigin, List<LineResult> lines, CutOffCheck cutOff,
                        double primaryDataShare, List<Problem> warnings) {
    public Footprint {
        stages = List.copyOf(stages);
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }
}
