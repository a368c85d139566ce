package dev.pcf.model;

import java.util.List;

/**
 * The check of the cut-off rule: lines contributing under {@code lineThreshold} of the total,
 * and whether their sum stays under {@code sumThreshold}.
 *
 * @param lineThreshold fraction under which a line counts as small (0.01)
 * @param sumThreshold  fraction the small lines together must stay under (0.05)
 * @param smallLines    the lines under the line threshold, largest first
 * @param smallSum      their sum, kg CO2e per functional unit
 * @param smallShare    their sum as a fraction of the total
 * @param passed        whether smallShare is below sumThreshold
 */
public record CutOffCheck(double lineThreshold, double sumThreshold, List<LineResult> smallLines,
                          double smallSum, double smallShare, boolean passed) {
    public CutOffCheck {
        smallLines = List.copyOf(smallLines);
    }
}
