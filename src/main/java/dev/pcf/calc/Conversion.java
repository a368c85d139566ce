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
     *         and both dimensions
     */
    static double of(Activity a, Unit activity, ResolvedFactor rf, List<Problem> problems) {
        Unit ref = rf.unit().reference();
        Dimension from = activity.dimension();
        Dimension to = ref.dimension();
        if (from.equals(to)) return activity.toBase() / ref.toBase();
        boolean massOrVolume = from.equals(Dimension.MASS) || from.equals(Dimension.VOLUME);
        boolean toMassOrVolume = to.equals(Dimension.MASS) || to.equals(Dimension.VOLUME);
        if (massOrVolume && to.equals(Dimension.ENERGY)) {
            // e.g. kg of diesel × MJ/kg → MJ
            if (!usableNcv(a, activity, rf, from, problems)) return Double.NaN;
            return activity.toBase() * rf.ncvMj() / ref.toBase();
        }
        if (from.equals(Dimension.ENERGY) && toMassOrVolume) {
            // e.g. GJ of natural gas ÷ GJ/10^4Nm3 → Nm3
            if (!usableNcv(a, activity, rf, to, problems)) return Double.NaN;
            return activity.toBase() / rf.ncvMj() / ref.toBase();
        }
        problems.add(Problem.error(a.cells().cell(Activity.UNIT), cannot(a, activity, rf) + why(activity, ref)));
        return Double.NaN;
    }

    /** {@code 单位 Unit "kg" (a mass) cannot be converted to the reference unit "kWh" (an energy) of factor F (cell)}. */
    static String cannot(Activity a, Unit activity, ResolvedFactor rf) {
        Factor f = rf.factor();
        Unit ref = rf.unit().reference();
        return ActivityField.UNIT.label() + " \"" + a.unit() + "\" (" + describe(activity) + ") cannot be converted to the reference unit \""
                + ref.text() + "\" (" + describe(ref) + ") of factor " + f.id() + " (" + f.cells().cell(Factor.UNIT) + ")";
    }

    /** A unit's dimension in words; for a unit of one's own, that it is not a known unit and what is near. */
    static String describe(Unit u) {
        if (!u.dimension().isOwn()) return u.dimension().description();
        return "not a known unit" + Units.hint(u.text()).map(h -> "; " + h).orElse("");
    }

    private static String why(Unit activity, Unit ref) {
        Dimension from = activity.dimension();
        Dimension to = ref.dimension();
        if (from.isCurrency() && to.isCurrency()) {
            return "; currencies never convert into each other: convert the amount into " + to.base()
                    + " at the rate of the reference period and say so in the data source";
        }
        if (from.isOwn() || to.isOwn()) {
            return "; a unit the tool does not know is accepted only where the activity row and the factor's"
                    + " reference unit write it identically";
        }
        return "";
    }

    /** Whether the factor's NCV can carry the conversion: given, and per {@code massOrVolume}. */
    private static boolean usableNcv(Activity a, Unit activity, ResolvedFactor rf, Dimension massOrVolume,
                                     List<Problem> problems) {
        Factor f = rf.factor();
        if (!rf.hasNcv()) {
            problems.add(Problem.error(a.cells().cell(Activity.UNIT), cannot(a, activity, rf) + " without its " + FactorField.NCV.label()
                    + " (" + f.cells().cell(Factor.NCV) + "), which is empty"));
            return false;
        }
        if (!rf.ncvUnit().perDimension().equals(massOrVolume)) {
            problems.add(Problem.error(a.cells().cell(Activity.UNIT), cannot(a, activity, rf) + " through its "
                    + FactorField.NCV_UNIT.label() + " \"" + rf.ncvUnit().text() + "\" (" + f.cells().cell(Factor.NCV_UNIT)
                    + "), which is per " + rf.ncvUnit().perDimension().word() + ", not per " + massOrVolume.word()));
            return false;
        }
        return true;
    }
}
