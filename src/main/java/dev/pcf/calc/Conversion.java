package dev.pcf.calc;

import dev.pcf.model.Activity;
import dev.pcf.model.ActivityField;
import dev.pcf.model.Factor;
import dev.pcf.model.FactorField;
import dev.pcf.model.Problem;

import java.util.List;

import static dev.pcf.calc.Labels.*;

/** Factor reference units per activity unit: directly, or through the factor's NCV. */
final class Conversion {

    private Conversion() {}

    /**
     * The conversion from an activity's unit to its factor's reference unit.
     *
     * @return reference units per activity unit, or NaN after adding a problem naming both unit cells
     */
    static double of(Activity a, Unit activity, ResolvedFactor rf, List<Problem> problems) {
        Factor f = rf.factor();
        Unit ref = rf.unit().reference();
        Dimension from = activity.dimension();
        Dimension to = ref.dimension();
        if (from == to) return activity.toBase() / ref.toBase();
        boolean massOrVolume = from == Dimension.MASS || from == Dimension.VOLUME;
        boolean toMassOrVolume = to == Dimension.MASS || to == Dimension.VOLUME;
        if (massOrVolume && to == Dimension.ENERGY) {
            // e.g. kg of diesel × MJ/kg → MJ
            if (!usableNcv(a, rf, from, problems)) return Double.NaN;
            return activity.toBase() * rf.ncvMj() / ref.toBase();
        }
        if (from == Dimension.ENERGY && toMassOrVolume) {
            // e.g. GJ of natural gas ÷ GJ/10^4Nm3 → Nm3
            if (!usableNcv(a, rf, to, problems)) return Double.NaN;
            return activity.toBase() / rf.ncvMj() / ref.toBase();
        }
        problems.add(Problem.error(a.cells().cell(Activity.UNIT), ActivityField.UNIT.label() + " \"" + a.unit()
                + "\" cannot be converted to the reference unit \"" + ref.text() + "\" of factor " + f.id()
                + " (" + f.cells().cell(Factor.UNIT) + ")"));
        return Double.NaN;
    }

    /** Whether the factor's NCV can carry the conversion: given, and per {@code massOrVolume}. */
    private static boolean usableNcv(Activity a, ResolvedFactor rf, Dimension massOrVolume,
                                     List<Problem> problems) {
        Factor f = rf.factor();
        Unit ref = rf.unit().reference();
        if (!rf.hasNcv()) {
            problems.add(Problem.error(a.cells().cell(Activity.UNIT), ActivityField.UNIT.label() + " \"" + a.unit()
                    + "\" cannot be converted to the reference unit \"" + ref.text() + "\" of factor " + f.id()
                    + " (" + f.cells().cell(Factor.UNIT) + ") without its " + FactorField.NCV.label() + " ("
                    + f.cells().cell(Factor.NCV) + "), which is empty"));
            return false;
        }
        if (rf.ncvUnit().perDimension() != massOrVolume) {
            problems.add(Problem.error(a.cells().cell(Activity.UNIT), ActivityField.UNIT.label() + " \"" + a.unit()
                    + "\" cannot be converted to the reference unit \"" + ref.text() + "\" of factor " + f.id()
                    + " (" + f.cells().cell(Factor.UNIT) + ") through its " + FactorField.NCV_UNIT.label() + " \"" + rf.ncvUnit().text()
                    + "\" (" + f.cells().cell(Factor.NCV_UNIT) + "), which is per "
                    + FactorResolver.word(rf.ncvUnit().perDimension()) + ", not per "
                    + FactorResolver.word(massOrVolume)));
            return false;
        }
        return true;
    }
}
