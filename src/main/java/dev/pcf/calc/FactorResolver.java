package dev.pcf.calc;

import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Factor;
import dev.pcf.model.FactorField;
import dev.pcf.model.GwpSet;
import dev.pcf.model.Problem;

import java.util.List;
import java.util.Optional;

import static dev.pcf.calc.Labels.*;

/** Checks a factor row and resolves its unit, gas, GWP, NCV and value. */
final class FactorResolver {

    /** tCO2 per tC: the molar mass ratio 44/12. */
    static final double CO2_PER_C = 44.0 / 12.0;

    private FactorResolver() {}

    /**
     * Resolves a factor, adding every problem of the row to {@code problems}.
     *
     * @return the resolved factor, or null when the row has errors
     */
    static ResolvedFactor resolve(Factor f, GwpSet set, GwpTable table, List<Problem> problems) {
        long before = Calculator.errors(problems);
        CarbonOrigin origin = f.origin() == null ? CarbonOrigin.FOSSIL : f.origin();
        Optional<FactorUnit> parsed = FactorUnit.parse(f.unit());
        if (parsed.isEmpty()) {
            problems.add(Problem.error(f.cells().cell(Factor.UNIT), FactorField.UNIT.label() + " \"" + nz(f.unit())
                    + "\" is not an emission-factor unit; expected <mass of gas>/<reference unit>, "
                    + "e.g. kgCO2e/kWh, kgCO2/MJ, tCO2/TJ, kgCH4/kg, kgCO2e/t·km"));
        }
        FactorUnit unit = parsed.orElse(null);
        String gas = resolveGas(f, unit, origin, table, problems);

        NcvUnit ncvUnit = null;
        double ncvMj = Double.NaN;
        if (f.ncv() != null) {
            if (f.ncvUnit() == null || f.ncvUnit().isBlank()) {
                problems.add(Problem.error(f.cells().cell(Factor.NCV_UNIT), FactorField.NCV_UNIT.label() + " is empty but "
                        + FactorField.NCV.label() + " " + Labels.number(f.ncv()) + " is given; expected e.g. " + NCV_UNIT_EXAMPLES));
            } else if (NcvUnit.parse(f.ncvUnit()).isEmpty()) {
                problems.add(Problem.error(f.cells().cell(Factor.NCV_UNIT), FactorField.NCV_UNIT.label() + " \"" + f.ncvUnit()
                        + "\" is not an energy per mass or volume; expected e.g. " + NCV_UNIT_EXAMPLES));
            } else if (!(f.ncv() > 0) || !Double.isFinite(f.ncv())) {
                problems.add(Problem.error(f.cells().cell(Factor.NCV), FactorField.NCV.label() + " must be greater than 0, found "
                        + Labels.number(f.ncv())));
            } else {
                ncvUnit = NcvUnit.parse(f.ncvUnit()).orElseThrow();
                ncvMj = ncvUnit.toMjPerBase(f.ncv());
            }
        }

        boolean carbonOk = checkCarbonParameters(f, problems);
        double value = Double.NaN;
        if (f.value() != null) {
            value = f.value();
            if (unit != null && gas != null) compareWithCarbonContent(f, unit, gas, ncvUnit, ncvMj, problems);
        } else if (unit != null && gas != null && carbonOk) {
            value = computedValue(f, unit, gas, ncvUnit, ncvMj, problems);
        } else if (f.carbonContent() == null || f.oxidationRate() == null) {
            problems.add(missingValue(f));
        }
        if (!Double.isNaN(value)) checkSign(f, origin, value, problems);
        if (Calculator.errors(problems) > before || unit == null || gas == null || Double.isNaN(value)) return null;
        return new ResolvedFactor(f, unit, value, gas, table.gwp(gas, set), ncvUnit, ncvMj);
    }

    /** The gas: the Gas column, else the one the unit names; null (with a problem) when unknown. */
    private static String resolveGas(Factor f, FactorUnit unit, CarbonOrigin origin, GwpTable table,
                                     List<Problem> problems) {
        String written = f.gas() == null || f.gas().isBlank() ? null : f.gas().strip();
        String fromUnit = null;
        if (unit != null && unit.gas() != null) {
            fromUnit = table.resolve(unit.gas(), origin).orElse(null);
            if (fromUnit == null) {
                problems.add(Problem.error(f.cells().cell(Factor.UNIT), FactorField.UNIT.label() + " \"" + f.unit() + "\" names the gas \""
                        + unit.gas() + "\", which is not in the GWP table; expected e.g. " + GAS_EXAMPLES));
                return null;
            }
        }
        if (written == null) {
            if (unit != null && unit.gas() == null) {
                problems.add(Problem.error(f.cells().cell(Factor.GAS), FactorField.GAS.label() + " is empty and " + FactorField.UNIT.label() + " \""
                        + f.unit() + "\" names no gas; expected a gas such as " + GAS_EXAMPLES));
            }
            return fromUnit;
        }
        String gas = table.resolve(written, origin).orElse(null);
        if (gas == null) {
            problems.add(Problem.error(f.cells().cell(Factor.GAS), FactorField.GAS.label() + " \"" + written
                    + "\" is not in the GWP table; expected e.g. " + GAS_EXAMPLES));
            return null;
        }
        if (fromUnit != null && !family(gas).equals(family(fromUnit))) {
            problems.add(Problem.error(f.cells().cell(Factor.GAS), FactorField.GAS.label() + " \"" + written + "\" contradicts the gas \""
                    + unit.gas() + "\" of " + FactorField.UNIT.label() + " \"" + f.unit() + "\" (" + f.cells().cell(Factor.UNIT) + ")"));
            return null;
        }
        return gas;
    }

    /** Gases that may be written for one another: CO2 and CO2e (GWP 1); the CH4 variants. */
    private static String family(String gas) {
        if (gas.equals("CO2e")) return "CO2";
        if (gas.startsWith("CH4")) return "CH4";
        return gas;
    }

    /** CC [tC/TJ] × OF × 44/12 [tCO2/TJ], converted into the factor's own unit; NaN with a problem when impossible. */
    private static double computedValue(Factor f, FactorUnit unit, String gas, NcvUnit ncvUnit, double ncvMj,
                                        List<Problem> problems) {
        if (f.carbonContent() == null || f.oxidationRate() == null) {
            problems.add(missingValue(f));
            return Double.NaN;
        }
        if (!family(gas).equals("CO2")) {
            problems.add(Problem.error(f.cells().cell(Factor.VALUE), FactorField.VALUE.label() + " is empty, but "
                    + FactorField.CARBON_CONTENT.label() + " × " + FactorField.OXIDATION_RATE.label() + " × 44/12 gives a CO2 factor, not " + gas
                    + "; expected the value of this " + gas + " factor"));
            return Double.NaN;
        }
        // tCO2/TJ = kg CO2 per GJ = 1e-3 kg CO2 per MJ
        double kgPerMj = f.carbonContent() * f.oxidationRate() * CO2_PER_C * 1e-3;
        double perGasUnit = kgPerMj / unit.gasKgPerUnit();
        Unit ref = unit.reference();
        Dimension d = ref.dimension();
        if (d.equals(Dimension.ENERGY)) return perGasUnit * ref.toBase();
        if (!d.equals(Dimension.MASS) && !d.equals(Dimension.VOLUME)) {
            problems.add(Problem.error(f.cells().cell(Factor.UNIT), FactorField.UNIT.label() + " \"" + f.unit()
                    + "\" is per \"" + ref.text() + "\", " + Conversion.describe(ref) + "; a factor computed from "
                    + FactorField.CARBON_CONTENT.label() + " × " + FactorField.OXIDATION_RATE.label() + " × 44/12 needs an energy, mass or volume reference unit"));
            return Double.NaN;
        }
        if (f.ncv() == null) {
            problems.add(Problem.error(f.cells().cell(Factor.NCV), FactorField.NCV.label() + " is empty, but " + FactorField.VALUE.label()
                    + " (" + f.cells().cell(Factor.VALUE) + ") is empty too and the factor computed from "
                    + FactorField.CARBON_CONTENT.label() + " × " + FactorField.OXIDATION_RATE.label() + " × 44/12 (tCO2/TJ) needs it to be per \""
                    + ref.text() + "\" as " + FactorField.UNIT.label() + " \"" + f.unit() + "\" (" + f.cells().cell(Factor.UNIT)
                    + ") says"));
            return Double.NaN;
        }
        if (ncvUnit == null) return Double.NaN; // the NCV unit's problem is already reported
        if (!ncvUnit.perDimension().equals(d)) {
            problems.add(Problem.error(f.cells().cell(Factor.NCV_UNIT), FactorField.NCV_UNIT.label() + " \"" + ncvUnit.text()
                    + "\" is per " + ncvUnit.perDimension().word() + ", but the reference unit \"" + ref.text()
                    + "\" of " + FactorField.UNIT.label() + " \"" + f.unit() + "\" (" + f.cells().cell(Factor.UNIT) + ") is "
                    + d.description()));
            return Double.NaN;
        }
        return perGasUnit * ncvMj * ref.toBase();
    }

    /** Whether the carbon content and oxidation rate, where given, are in range. */
    private static boolean checkCarbonParameters(Factor f, List<Problem> problems) {
        boolean ok = true;
        Double cc = f.carbonContent();
        if (cc != null && !(cc > 0 && Double.isFinite(cc))) {
            problems.add(Problem.error(f.cells().cell(Factor.CARBON_CONTENT), FactorField.CARBON_CONTENT.label()
                    + " must be greater than 0 tC/TJ, found " + Labels.number(cc)));
            ok = false;
        }
        Double of = f.oxidationRate();
        if (of != null && !(of > 0 && of <= 1)) {
            problems.add(Problem.error(f.cells().cell(Factor.OXIDATION_RATE), FactorField.OXIDATION_RATE.label()
                    + " must be a fraction above 0 and at most 1, such as 0.98 or 98%, found " + Labels.number(of)));
            ok = false;
        }
        return ok;
    }

    /**
     * When a row gives both a value and the carbon content and oxidation rate, warns if they
     * disagree by more than 1 %: one of them is probably mistyped. The value is used.
     */
    private static void compareWithCarbonContent(Factor f, FactorUnit unit, String gas, NcvUnit ncvUnit, double ncvMj,
                                                 List<Problem> problems) {
        Double cc = f.carbonContent();
        Double of = f.oxidationRate();
        if (cc == null || of == null || !(cc > 0) || !(of > 0 && of <= 1) || !family(gas).equals("CO2")) return;
        List<Problem> scratch = new java.util.ArrayList<>();
        double computed = computedValue(f, unit, gas, ncvUnit, ncvMj, scratch);
        if (!scratch.isEmpty() || !(computed != 0) || !Double.isFinite(computed)) return;
        double diff = Math.abs(f.value() - computed) / Math.abs(computed);
        if (diff > 0.01) {
            problems.add(Problem.warning(f.cells().cell(Factor.VALUE), String.format(java.util.Locale.ROOT,
                    "%s %s differs by %.2f %% from %s × %s × 44/12 = %.5g %s; the value is used", FactorField.VALUE.label(),
                    Labels.number(f.value()), diff * 100, FactorField.CARBON_CONTENT.label(), FactorField.OXIDATION_RATE.label(), computed, unit.text())));
        }
    }

    private static Problem missingValue(Factor f) {
        return Problem.error(f.cells().cell(Factor.VALUE), FactorField.VALUE.label() + " is empty and " + FactorField.CARBON_CONTENT.label() + " and "
                + FactorField.OXIDATION_RATE.label() + " are not both given; expected a value, or both to compute CC × OF × 44/12");
    }

    private static void checkSign(Factor f, CarbonOrigin origin, double value, List<Problem> problems) {
        boolean removal = origin == CarbonOrigin.BIOGENIC_REMOVAL;
        if (!Double.isFinite(value) || (removal ? value > 0 : value < 0)) {
            problems.add(Problem.error(f.cells().cell(Factor.VALUE), FactorField.VALUE.label() + " must be " + (removal ? "≤ 0" : "≥ 0")
                    + " for the carbon origin " + origin.code() + ", found " + Labels.number(value)));
        }
    }
}
