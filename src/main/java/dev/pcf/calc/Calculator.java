package dev.pcf.calc;

import dev.pcf.model.Activity;
import dev.pcf.model.ActivityField;
import dev.pcf.model.AppliedConversion;
import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.CellRef;
import dev.pcf.model.Factor;
import dev.pcf.model.Footprint;
import dev.pcf.model.GwpSet;
import dev.pcf.model.InputException;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.ReportField;
import dev.pcf.model.Stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.pcf.calc.Labels.*;

/**
 * The deterministic footprint per functional unit. Each line's emission is
 * {@code amount × (1/annual production if annual) × allocation × conversion × factor × gas kg × GWP},
 * where the conversion takes the activity's unit to the factor's reference unit, through the
 * factor's NCV when one is an energy and the other a mass or volume.
 */
public final class Calculator {

    private Calculator() {}

    /**
     * Calculates the footprint.
     *
     * @param wb the workbook, as read
     * @return the footprint, kg CO2e per functional unit
     * @throws InputException carrying every problem found (errors and warnings) when any is an error:
     *                        units that are unknown or cannot be converted, a missing NCV, an unknown
     *                        gas, a factor value that cannot be computed
     */
    public static Footprint calculate(PcfWorkbook wb) {
        Result r = run(wb);
        List<Problem> all = new ArrayList<>(r.problems());
        all.addAll(r.readerReported());
        if (all.stream().anyMatch(Problem::isError)) throw new InputException(all);
        return r.footprint();
    }

    /**
     * The same checks as {@link #calculate}, returned instead of thrown, without repeating what the
     * {@code WorkbookReader} reports itself: an annual production that is filled in but unusable (text,
     * 0, negative) is an error at its Report cell from the reader, so it is not listed again here. The
     * union of the reader's problems and these names each problem once.
     *
     * @param wb the workbook, as read
     * @return every problem found, errors and warnings, in order: factors first, then activity lines
     */
    public static List<Problem> check(PcfWorkbook wb) {
        return run(wb).problems();
    }

    /**
     * The value of a factor in its own unit: the row's value, or when it is empty the carbon
     * content × oxidation rate × 44/12 (tCO2/TJ) converted into the unit (through the NCV when
     * the unit is per mass or volume), e.g. diesel 42.652 GJ/t, 20.20 tC/TJ, 98 % → 3.0959 kgCO2/kg.
     *
     * @param f the factor row
     * @return the value in {@code f.unit()}
     * @throws InputException when the row's unit, gas, NCV or value cannot be resolved
     */
    public static double factorValue(Factor f) {
        List<Problem> problems = new ArrayList<>();
        ResolvedFactor rf = FactorResolver.resolve(f, GwpSet.AR6, GwpTable.standard(), problems);
        if (rf == null) throw new InputException(problems);
        return rf.value();
    }

    static long errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).count();
    }

    /**
     * @param problems       what the calculation found
     * @param readerReported errors the reader reports itself at the same cell, left out of {@link #check}
     *                       but still thrown by {@link #calculate}, which must never drop lines silently
     */
    private record Result(Footprint footprint, List<Problem> problems, List<Problem> readerReported) {}

    private static Result run(PcfWorkbook wb) {
        GwpSet set = wb.info() == null || wb.info().gwpSet() == null ? GwpSet.AR6 : wb.info().gwpSet();
        GwpTable table = GwpTable.standard();
        List<Problem> problems = new ArrayList<>();

        Map<String, ResolvedFactor> factors = new LinkedHashMap<>();
        Set<String> factorIds = new HashSet<>();
        for (Factor f : wb.factors()) {
            factorIds.add(f.id());
            ResolvedFactor rf = FactorResolver.resolve(f, set, table, problems);
            if (rf != null) factors.putIfAbsent(f.id(), rf);
        }

        List<Problem> readerReported = new ArrayList<>();
        double annual = annualProduction(wb, problems, readerReported);
        List<LineResult> lines = new ArrayList<>();
        OwnUnits own = new OwnUnits(factors, wb.activities());
        own.unmatched(factors.values(), problems);
        Set<String> used = new HashSet<>();
        for (Activity a : wb.activities()) {
            if (a.factorId() != null) used.add(a.factorId());
            LineResult line = line(wb, a, factors, factorIds, annual, own, problems);
            if (line != null) lines.add(line);
        }
        own.warn(problems);
        BoundaryCheck.check(wb, problems);
        if (errors(problems) > 0 || !readerReported.isEmpty()) return new Result(null, problems, readerReported);
        Footprint fp = Totals.footprint(wb, set, lines, problems, conversions(wb, factors, used)); // only warnings here
        return new Result(fp, fp.warnings(), List.of());
    }

    /**
     * The annual production when any row uses basis annual: a positive number, or NaN after one
     * error at the production's cell, or at the first annual row's basis cell when it is not given,
     * or — when the Report has the field but the reader found no usable value in it — in
     * {@code readerReported}.
     */
    private static double annualProduction(PcfWorkbook wb, List<Problem> problems, List<Problem> readerReported) {
        Activity first = wb.activities().stream().filter(a -> a.basis() == Basis.ANNUAL).findFirst().orElse(null);
        if (first == null) return Double.NaN;
        Double annual = wb.info() == null ? null : wb.info().annualProduction();
        if (annual != null && annual > 0 && Double.isFinite(annual)) return annual;
        CellRef basis = first.cells().cell(Activity.BASIS);
        CellRef field = wb.info() == null ? null : wb.info().cell("annualProduction");
        if (annual == null && field != null) {
            // The Report has the field but no usable value. The reader leaves annual rows out when it is
            // blank, so it was filled with text, 0 or a negative number: an error the reader reports at
            // that cell. Not repeated by check(); calculate() still refuses to drop the annual rows.
            readerReported.add(Problem.error(field, ReportField.ANNUAL_PRODUCTION.label() + " is not a number greater than 0, but "
                    + ActivityField.BASIS.label() + " is annual (" + basis + "); expected the number of functional units produced in the"
                    + " reference period"));
            return Double.NaN;
        }
        CellRef given = annual == null ? null : field;
        if (given != null) {
            problems.add(Problem.error(given, ReportField.ANNUAL_PRODUCTION.label() + " must be greater than 0 when " + ActivityField.BASIS.label()
                    + " is annual (" + basis + "), found " + Labels.number(annual)));
        } else {
            problems.add(Problem.error(basis, ActivityField.BASIS.label() + " is annual, but " + ReportField.ANNUAL_PRODUCTION.label()
                    + (annual == null ? " is not given" : " is " + Labels.number(annual))
                    + "; expected the number of functional units produced in the reference period"));
        }
        return Double.NaN;
    }

    /** The element-base conversions of the factors that lines use, in factor order. */
    private static List<AppliedConversion> conversions(PcfWorkbook wb, Map<String, ResolvedFactor> factors,
                                                       Set<String> used) {
        List<AppliedConversion> out = new ArrayList<>();
        for (ResolvedFactor rf : factors.values()) {
            ElementBase base = rf.unit().elementBase();
            if (base != null && used.contains(rf.factor().id())) out.add(new AppliedConversion(rf.factor().id(), base.text()));
        }
        return out;
    }

    /** One line's result, or null after adding its problems. */
    private static LineResult line(PcfWorkbook wb, Activity a, Map<String, ResolvedFactor> factors,
                                   Set<String> factorIds, double annual, OwnUnits own, List<Problem> problems) {
        long before = errors(problems);
        Stage stage = wb.stage(a.stage());
        if (stage == null) {
            problems.add(Problem.error(a.cells().cell(Activity.STAGE), ActivityField.STAGE.label() + " \"" + a.stage()
                    + "\" is not a stage of the Stages sheet"));
        } else if (!stage.included()) {
            problems.add(Problem.error(a.cells().cell(Activity.STAGE), ActivityField.STAGE.label() + " \"" + a.stage()
                    + "\" is a stage marked not included; expected no activity rows on it"));
        }
        double perUnit = a.amount() * a.allocation();
        if (a.basis() == Basis.ANNUAL) perUnit /= annual; // NaN, reported once, when the production is unusable
        // A zero amount is the reader's warning (workbook-contract: "zero is a warning"); not repeated here.
        if (a.factorId() == null || a.factorId().isBlank()) return direct(wb, a, perUnit, before, problems);
        ResolvedFactor rf = factors.get(a.factorId());
        if (rf == null && !factorIds.contains(a.factorId())) {
            problems.add(Problem.error(a.cells().cell(Activity.FACTOR_ID), ActivityField.FACTOR_ID.label() + " \"" + a.factorId()
                    + "\" is not a Factor ID of the Factors sheet"));
        }
        if (own.unusable(rf)) return null; // the factor's unknown reference unit is reported once, at the factor
        Unit unit = own.resolve(a, rf);
        if (unit == null && !ownOfBrokenFactor(wb, a)) {
            String message = unknown(a.unit());
            if (rf != null && rf.unit().reference().dimension().isOwn()) {
                Factor f = rf.factor();
                message = ActivityField.UNIT.label() + " \"" + nz(a.unit()) + "\" is not a known unit, nor written as the reference unit \""
                        + rf.unit().reference().text() + "\" (a unit of its own) of factor " + f.id() + " ("
                        + f.cells().cell(Factor.UNIT) + "); a unit the tool does not know is accepted only where the"
                        + " activity row and the factor's reference unit write it identically";
            }
            problems.add(Problem.error(a.cells().cell(Activity.UNIT), message));
        }
        if (rf == null || unit == null) return null; // a factor's own problems are reported once, at the factor
        double conversion = Conversion.of(a, unit, rf, problems);
        if (errors(problems) > before || Double.isNaN(perUnit)) return null;
        double gasKg = perUnit * conversion * rf.value() * rf.unit().gasKgPerUnit();
        CarbonOrigin origin = rf.factor().origin() == null ? CarbonOrigin.FOSSIL : rf.factor().origin();
        return new LineResult(a, rf.factor(), perUnit, conversion, rf.value(), rf.unit().gasKgPerUnit(), rf.gas(),
                rf.gwp(), origin, gasKg, gasKg * rf.gwp());
    }

    /** Whether the row's factor has errors of its own and its reference unit is the row's unit, written identically. */
    private static boolean ownOfBrokenFactor(PcfWorkbook wb, Activity a) {
        Factor f = wb.factor(a.factorId());
        if (f == null || a.unit() == null || a.unit().isBlank()) return false;
        return FactorUnit.parse(f.unit()).map(u -> u.reference().dimension().equals(Dimension.own(Units.key(a.unit()))))
                .orElse(false);
    }

    /** {@code 单位 Unit "kwhh" is not a known unit; did you mean "kWh"? Expected e.g. …}. */
    static String unknown(String unit) {
        return ActivityField.UNIT.label() + " \"" + nz(unit) + "\" is not a known unit" + Units.hint(unit).map(h -> "; " + h).orElse("")
                + "; expected e.g. " + UNIT_EXAMPLES;
    }

    /** A line without a factor: an emission known directly when its unit is a mass of CO2e, else an error. */
    private static LineResult direct(PcfWorkbook wb, Activity a, double perUnit, long before, List<Problem> problems) {
        Optional<Unit> unit = Units.parse(a.unit()).filter(u -> u.dimension().equals(Dimension.EMISSION));
        if (unit.isEmpty()) {
            problems.add(Problem.error(a.cells().cell(Activity.FACTOR_ID), ActivityField.FACTOR_ID.label() + " is required but empty;"
                    + " only an emission given directly, with " + ActivityField.UNIT.label() + " a mass of CO2e such as kgCO2e or tCO2e (here \""
                    + nz(a.unit()) + "\"), needs no factor"));
        }
        if (errors(problems) > before || Double.isNaN(perUnit) || unit.isEmpty()) return null;
        return DirectEmission.line(a, unit.get(), perUnit, wb.factors().size());
    }
}
