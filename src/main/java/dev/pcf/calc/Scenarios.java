package dev.pcf.calc;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.Footprint;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.Scenario;
import dev.pcf.model.Scenario.Change;
import dev.pcf.model.Scenario.Kind;
import dev.pcf.model.ScenarioResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scenarios of the 情景 Scenarios sheet: each is the base workbook with its changes applied (in
 * sheet order, every target meaning the base workbook's row), calculated like the base.
 */
public final class Scenarios {
    private Scenarios() {}

    /**
     * The base workbook with the scenario's changes applied.
     *
     * @throws IllegalStateException when a scaled factor's value cannot be computed (checked before: {@link #check})
     */
    public static PcfWorkbook apply(PcfWorkbook wb, Scenario s) {
        List<Factor> factors = new ArrayList<>(wb.factors());
        List<Activity> activities = new ArrayList<>(wb.activities());
        ReportInfo info = wb.info();
        for (Change c : s.changes()) {
            switch (c.kind()) {
                case FACTOR -> activities.replaceAll(a -> a.factorId() != null
                        && a.factorId().equalsIgnoreCase(c.factor().id()) ? withFactorId(a, c.other().id()) : a);
                case FACTOR_VALUE -> replaceFactor(factors, c.factor().index(), c.number(), false);
                case AMOUNT -> replaceActivity(activities, c.activity().index(), c.number(), Double.NaN);
                case SCALE -> {
                    if (c.factor() != null) replaceFactor(factors, c.factor().index(), c.number(), true);
                    else replaceActivity(activities, c.activity().index(), Double.NaN, c.number());
                }
                case ALLOCATION -> activities.replaceAll(a -> a.index() == c.activity().index() ? withAllocation(a, c.number()) : a);
                case EXCLUDE -> activities.removeIf(a -> a.index() == c.activity().index());
                case GWP -> info = info.withGwpSet(c.gwpSet());
            }
        }
        return wb.with(info, factors, activities);
    }

    /**
     * The problems the calculation finds in each scenario and not in the base (a replacement factor
     * whose unit does not fit a line, a factor that cannot be scaled), each named at the scenario
     * row's cell, the calculation's own message following.
     */
    public static List<Problem> check(PcfWorkbook wb) {
        if (wb.scenarios().isEmpty()) return List.of();
        Set<String> base = new HashSet<>();
        for (Problem p : Calculator.check(wb)) base.add(p.toString());
        List<Problem> out = new ArrayList<>();
        for (Scenario s : wb.scenarios()) {
            Change at = s.changes().stream().filter(c -> c.kind() == Kind.FACTOR).findFirst().orElse(s.changes().get(0));
            String field = at.kind() == Kind.FACTOR || at.kind() == Kind.GWP ? Scenario.VALUE : Scenario.TARGET;
            List<Problem> found;
            try {
                found = Calculator.check(apply(wb, s));
            } catch (RuntimeException e) {
                found = List.of(Problem.error(null, String.valueOf(e.getMessage())));
            }
            for (Problem p : found) {
                if (p.isError() && !base.contains(p.toString())) {
                    out.add(Problem.error(at.cells().cell(field), "scenario " + s.id() + ": " + p));
                }
            }
        }
        return out;
    }

    /**
     * Every scenario calculated, in sheet order, with the difference to the base (no paired probability).
     *
     * @throws dev.pcf.model.InputException when a scenario cannot be calculated ({@link #check} reports why)
     */
    public static List<ScenarioResult> calculate(PcfWorkbook wb, Footprint base) {
        List<ScenarioResult> out = new ArrayList<>();
        for (Scenario s : wb.scenarios()) {
            Footprint fp = Calculator.calculate(apply(wb, s));
            double delta = fp.total() - base.total();
            double pct = base.total() == 0 ? Double.NaN : delta / Math.abs(base.total()) * 100;
            out.add(new ScenarioResult(s, fp, delta, pct, Double.NaN, 0));
        }
        return out;
    }

    private static void replaceFactor(List<Factor> factors, int index, double number, boolean scale) {
        factors.replaceAll(f -> {
            if (f.index() != index) return f;
            double value = scale ? (f.value() != null ? f.value() : Calculator.factorValue(f)) * number : number;
            // a value given overrides carbon content × oxidation, which would otherwise be compared with it
            return new Factor(f.index(), f.id(), f.name(), value, f.unit(), f.gas(), f.origin(), f.ncv(), f.ncvUnit(),
                    null, null, f.source(), f.year(), f.uncertainty(), f.notes(), f.cells());
        });
    }

    private static void replaceActivity(List<Activity> activities, int index, double amount, double scale) {
        activities.replaceAll(a -> a.index() != index ? a : new Activity(a.index(), a.stage(), a.item(),
                Double.isNaN(scale) ? amount : a.amount() * scale, a.unit(), a.basis(), a.allocation(), a.factorId(),
                a.dataType(), a.dataSource(), a.uncertainty(), a.notes(), a.cells()));
    }

    private static Activity withFactorId(Activity a, String id) {
        return new Activity(a.index(), a.stage(), a.item(), a.amount(), a.unit(), a.basis(), a.allocation(), id,
                a.dataType(), a.dataSource(), a.uncertainty(), a.notes(), a.cells());
    }

    private static Activity withAllocation(Activity a, double allocation) {
        return new Activity(a.index(), a.stage(), a.item(), a.amount(), a.unit(), a.basis(), allocation, a.factorId(),
                a.dataType(), a.dataSource(), a.uncertainty(), a.notes(), a.cells());
    }
}
