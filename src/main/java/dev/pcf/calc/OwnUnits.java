package dev.pcf.calc;

import dev.pcf.model.Activity;
import dev.pcf.model.ActivityField;
import dev.pcf.model.Factor;
import dev.pcf.model.FactorField;
import dev.pcf.model.Problem;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Units of a company's own: a unit the table does not know ({@code kg N}, {@code 亩}, {@code 头}) is
 * accepted where an activity row and the reference unit of its factor write it identically. Each
 * such unit is listed once as a warning, so that a typo does not pass silently; a factor whose own
 * reference unit no activity row writes identically is an unknown unit.
 */
final class OwnUnits {
    /** Unit key → the first activity row that used it (for the one warning). */
    private final Map<String, Activity> first = new LinkedHashMap<>();
    private final Map<String, ResolvedFactor> factorOf = new LinkedHashMap<>();
    /** Factors whose own reference unit some activity row writes identically. */
    private final Set<String> matchedFactors = new HashSet<>();

    OwnUnits(Map<String, ResolvedFactor> factors, List<Activity> activities) {
        for (Activity a : activities) {
            ResolvedFactor rf = a.factorId() == null ? null : factors.get(a.factorId());
            if (rf != null && same(a, rf)) matchedFactors.add(rf.factor().id());
        }
    }

    private static boolean same(Activity a, ResolvedFactor rf) {
        Dimension ref = rf.unit().reference().dimension();
        return ref.isOwn() && a.unit() != null && !a.unit().isBlank() && Units.parse(a.unit()).isEmpty()
                && ref.equals(Dimension.own(Units.key(a.unit())));
    }

    /**
     * Whether the factor's reference unit is unknown and no activity row writes it identically: the
     * factor's error ({@link #unmatched}) then stands for its lines too.
     */
    boolean unusable(ResolvedFactor rf) {
        return rf != null && rf.unit().reference().dimension().isOwn() && !matchedFactors.contains(rf.factor().id());
    }

    /**
     * The activity's unit: a known unit, or its own when the factor's reference is the same own unit.
     *
     * @return the unit, or null when it is unknown (the caller reports it)
     */
    Unit resolve(Activity a, ResolvedFactor rf) {
        var known = Units.parse(a.unit());
        if (known.isPresent()) return known.get();
        if (a.unit() == null || a.unit().isBlank() || rf == null) return null;
        if (!same(a, rf)) return null;
        first.putIfAbsent(Units.key(a.unit()), a);
        factorOf.putIfAbsent(Units.key(a.unit()), rf);
        return Units.parseOrOwn(a.unit());
    }

    /** One warning per own unit, at the first activity row that used it. */
    void warn(List<Problem> problems) {
        for (var e : first.entrySet()) {
            Activity a = e.getValue();
            Factor f = factorOf.get(e.getKey()).factor();
            problems.add(Problem.warning(a.cells().cell(Activity.UNIT), ActivityField.UNIT.label() + " \"" + a.unit()
                    + "\" is not a unit the tool knows; it is counted as a unit of its own because the reference unit"
                    + " of factor " + f.id() + " (" + f.cells().cell(Factor.UNIT) + ") is written the same way;"
                    + " check that it is not a typo"));
        }
    }

    /** An error for each factor whose reference unit is unknown and written identically by no activity row. */
    void unmatched(Iterable<ResolvedFactor> factors, List<Problem> problems) {
        for (ResolvedFactor rf : factors) {
            if (!unusable(rf)) continue;
            Unit ref = rf.unit().reference();
            problems.add(Problem.error(rf.factor().cells().cell(Factor.UNIT), FactorField.UNIT.label() + " \"" + rf.factor().unit()
                    + "\": the reference unit \"" + ref.text() + "\" is not a known unit"
                    + Units.hint(ref.text()).map(h -> "; " + h).orElse("")
                    + "; expected e.g. " + Labels.UNIT_EXAMPLES + ", or a unit of one's own written identically in"
                    + " the activity rows that use the factor"));
        }
    }
}
