package dev.pcf.calc;

import dev.pcf.model.Activity;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.DistributionType;
import dev.pcf.model.Factor;
import dev.pcf.model.LineResult;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyInput;

/**
 * An emission known directly: an activity row whose unit is a mass of CO2e ({@code kgCO2e},
 * {@code tCO2e}) and whose factor ID is empty, such as a supplier's declared footprint or a measured
 * release. It enters the result as is; its uncertainty is the row's own (the factor it is given is
 * exactly 1 kg CO2e per kg CO2e, fixed).
 */
final class DirectEmission {
    private DirectEmission() {}

    /** The unit of the factor every direct line is given. */
    static final String UNIT = "kgCO2e/kgCO2e";

    private static final UncertaintyInput FIXED = new UncertaintyInput(DistributionType.NONE, null, null, null, null,
            null, null);

    /**
     * The line of a direct emission.
     *
     * @param a           the activity row, its factor ID empty
     * @param unit        its unit, of dimension {@link Dimension#EMISSION}
     * @param perUnit     amount per functional unit in the row's unit
     * @param factorCount how many factor rows the workbook has: the line's factor is numbered after them, so
     *                    that the Monte Carlo analysis, which draws one value per factor number, keeps it apart
     */
    static LineResult line(Activity a, Unit unit, double perUnit, int factorCount) {
        Factor f = new Factor(factorCount + a.index(), "",
                Text.of("直接给出的排放量", "Emission given directly"), 1.0, UNIT, "CO2e", CarbonOrigin.FOSSIL,
                null, null, null, null, a.dataSource(), null, FIXED, null, a.cells());
        double kg = perUnit * unit.toBase();
        return new LineResult(a, f, perUnit, unit.toBase(), 1, 1, "CO2e", 1, CarbonOrigin.FOSSIL, kg, kg);
    }
}
