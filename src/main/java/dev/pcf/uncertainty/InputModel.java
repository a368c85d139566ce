package dev.pcf.uncertainty;

import static dev.pcf.model.UncertaintyField.DISTRIBUTION;
import static dev.pcf.model.UncertaintyField.GSD2;
import static dev.pcf.model.UncertaintyField.MAX;
import static dev.pcf.model.UncertaintyField.MIN;
import static dev.pcf.model.UncertaintyField.MODE;
import static dev.pcf.model.UncertaintyField.PERCENT;
import static dev.pcf.uncertainty.Distributions.Z975;
import static dev.pcf.uncertainty.Distributions.fixed;
import static dev.pcf.uncertainty.Distributions.fmt4;
import static dev.pcf.uncertainty.Distributions.make;
import static dev.pcf.uncertainty.Distributions.num;

import dev.pcf.model.Activity;
import dev.pcf.model.ActivityField;
import dev.pcf.model.DataType;
import dev.pcf.model.DistributionType;
import dev.pcf.model.Factor;
import dev.pcf.model.FactorField;
import dev.pcf.model.Footprint;
import dev.pcf.model.InputException;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.UncertaintyInput;
import dev.pcf.model.UncertaintyResult.DistributionOrigin;
import dev.pcf.model.UncertaintyResult.InputKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves each activity row and factor row used by the footprint into the distribution the
 * Monte Carlo samples, and checks the uncertainty columns.
 *
 * <p>Resolution order (uncertainty-spec.md): a named distribution (a lognormal named without ±%
 * or GSD² takes them from the pedigree scores or the default); else ±% or GSD² given without a
 * name (lognormal: a stated spread is more specific than scores); else the pedigree scores
 * (lognormal, σ² = basic variance + Σ indicator variances, {@link PedigreeMatrix}); else the
 * default by data type:
 * <table>
 * <caption>Defaults when a row says nothing about uncertainty</caption>
 * <tr><th>row</th><th>default</th><th>why</th></tr>
 * <tr><td>activity, primary data</td><td>lognormal ±5 %</td><td>measured data; ecoinvent's basic
 *     variance 0.0006 with the best pedigree scores gives GSD² = 1.05</td></tr>
 * <tr><td>activity, secondary or unstated</td><td>lognormal ±10 %</td><td>estimates; about the
 *     pedigree scores (2,2,2,2,2), GSD² = 1.10; unstated data are treated as secondary</td></tr>
 * <tr><td>factor, gas CH4 or N2O</td><td>lognormal, σ² = 0.04 (GSD² = 1.49)</td><td>ecoinvent's
 *     basic variance for CH4/N2O from combustion</td></tr>
 * <tr><td>factor, other</td><td>lognormal ±10 %</td><td>typical of published national and
 *     database factors for CO2 and CO2e (IPCC 2006 Vol. 2 ranges for CO2 are narrower)</td></tr>
 * </table>
 * Lognormal is median-preserving: the nominal value is the median. Basic variances for pedigree
 * scores: 0.12 for an activity in a transport unit (containing {@code km} or {@code 公里}), 0.04
 * for a factor whose gas is CH4 or N2O, 0.0006 otherwise.
 *
 * <p>A row whose nominal value is 0 is fixed (its lines give 0 in every iteration); a
 * distribution given for it is ignored with a warning. A negative nominal value (biogenic
 * removals) works with every shape except a named lognormal: the multiplier keeps the sign.
 */
public final class InputModel {
    static final double DEFAULT_PRIMARY_PCT = 5;
    static final double DEFAULT_SECONDARY_PCT = 10;
    static final double DEFAULT_FACTOR_PCT = 10;

    private InputModel() {}

    /**
     * Problems with the uncertainty columns that the workbook reader does not already report:
     * a normal distribution without ±%, a lognormal around a factor value ≤ 0, bounds that do not
     * contain the value (warning), a distribution on a value of 0 (warning), parameters without a
     * distribution that uses them (warning).
     */
    public static List<Problem> check(PcfWorkbook wb) {
        List<Flagged> all = new ArrayList<>();
        for (Activity a : wb.activities()) {
            resolveActivity(a, a.amount(), all);
        }
        for (Factor f : wb.factors()) {
            resolveFactor(f, f.value() == null ? Double.NaN : f.value(), null, all);
        }
        return all.stream().filter(p -> !p.readerReports).map(Flagged::problem).toList();
    }

    /**
     * The inputs of a footprint: every activity row of a line (in line order), then every factor
     * row used by a line (in factor order).
     *
     * @param warnings receives the warnings that only the footprint reveals (those about factor rows
     *                 whose value is computed); the others are {@link #check}'s, reported with the
     *                 workbook's problems, and are not repeated
     * @throws InputException when an uncertainty column is invalid (every problem, each naming its cell)
     */
    public static List<InputSpec> resolve(Footprint fp, List<Problem> warnings) {
        List<Flagged> problems = new ArrayList<>();
        List<InputSpec> specs = new ArrayList<>();
        Map<Integer, Activity> activities = new LinkedHashMap<>();
        Map<Integer, LineResult> factorLines = new TreeMap<>();
        for (LineResult line : fp.lines()) {
            activities.putIfAbsent(line.activity().index(), line.activity());
            factorLines.putIfAbsent(line.factor().index(), line);
        }
        for (Activity a : activities.values()) {
            specs.add(resolveActivity(a, a.amount(), problems));
        }
        List<Problem> footprintOnly = new ArrayList<>();
        for (LineResult line : factorLines.values()) {
            Factor f = line.factor();
            double nominal = f.value() != null ? f.value() : line.factorValue();
            int before = problems.size();
            specs.add(resolveFactor(f, nominal, line.gas(), problems));
            if (f.value() == null) {
                problems.subList(before, problems.size()).forEach(p -> footprintOnly.add(p.problem()));
            }
        }
        List<Problem> list = problems.stream().map(Flagged::problem).toList();
        if (list.stream().anyMatch(Problem::isError)) {
            throw new InputException(list);
        }
        warnings.addAll(footprintOnly);
        return specs;
    }

    private static InputSpec resolveActivity(Activity a, double nominal, List<Flagged> problems) {
        String unit = a.unit() == null ? "" : a.unit().toLowerCase(Locale.ROOT);
        double basic = unit.contains("km") || unit.contains("公里")
                ? PedigreeMatrix.BASIC_TRANSPORT : PedigreeMatrix.BASIC_DEFAULT;
        String item = a.item().zh().isEmpty() || a.item().en().isEmpty()
                ? a.item().zhOrEn() : a.item().zh() + " " + a.item().en();
        InputRow row = new InputRow(InputKind.ACTIVITY, a.index(), a.cells(), item + " (" + a.stage() + ")", nominal,
                ActivityField.AMOUNT.label(), basic, a.uncertainty());
        Fallback fallback = a.dataType() == DataType.PRIMARY
                ? new Fallback(DEFAULT_PRIMARY_PCT, Double.NaN, "default for primary activity data")
                : new Fallback(DEFAULT_SECONDARY_PCT, Double.NaN,
                        "default for " + (a.dataType() == null ? "activity data of unstated type" : "secondary activity data"));
        return resolve(row, fallback, problems, true);
    }

    private static InputSpec resolveFactor(Factor f, double nominal, String lineGas, List<Flagged> problems) {
        String gas = (lineGas != null ? lineGas : f.gas() != null ? f.gas() : f.unit() == null ? "" : f.unit())
                .toUpperCase(Locale.ROOT);
        boolean ch4n2o = gas.contains("CH4") || gas.contains("N2O");
        double basic = ch4n2o ? PedigreeMatrix.BASIC_CH4_N2O : PedigreeMatrix.BASIC_DEFAULT;
        InputRow row = new InputRow(InputKind.FACTOR, f.index(), f.cells(), "factor " + f.id(), nominal, FactorField.VALUE.label(), basic,
                f.uncertainty());
        Fallback fallback = ch4n2o
                ? new Fallback(Double.NaN, PedigreeMatrix.BASIC_CH4_N2O, "default for CH4/N2O factors")
                : new Fallback(DEFAULT_FACTOR_PCT, Double.NaN, "default for emission factors");
        return resolve(row, fallback, problems, false);
    }

    /** The default: ±% or (when pct is NaN) a variance of ln. */
    private record Fallback(double pct, double variance, String why) {}

    /** A problem and whether the reader already reports it (then {@link #check} leaves it out). */
    private record Flagged(Problem problem, boolean readerReports) {}

    private static InputSpec resolve(InputRow r, Fallback fallback, List<Flagged> problems, boolean activity) {
        UncertaintyInput u = r.u() == null ? UncertaintyInput.NONE_GIVEN : r.u();
        DistributionType type = u.type();
        int before = problems.size();
        InputSpec spec;
        if (type == DistributionType.NONE) {
            spec = fixed(r, DistributionOrigin.GIVEN, "none (fixed)");
        } else if (type == DistributionType.NORMAL) {
            if (u.percent() == null) {
                problems.add(new Flagged(Problem.error(r.cell(Activity.PERCENT),
                        PERCENT.header() + " is required for a normal distribution, found an empty cell"), false));
                spec = null;
            } else if (checkPercent(r, u.percent(), problems)) {
                double p = u.percent();
                spec = make(r, Distribution.Normal.ofPercent(r.nominal(), p), DistributionOrigin.GIVEN,
                        "normal, ±" + num(p) + " %");
            } else {
                spec = null;
            }
        } else if (type == DistributionType.LOGNORMAL) {
            if (!(r.nominal() > 0) && !Double.isNaN(r.nominal())) {
                problems.add(new Flagged(Problem.error(r.cell(Activity.DISTRIBUTION),
                        DISTRIBUTION.label() + " lognormal needs a " + r.valueName() + " greater than 0, found "
                                + num(r.nominal())), activity));
                spec = null;
            } else if (u.gsd2() != null || u.percent() != null) {
                spec = lognormalGiven(r, u, problems);
            } else if (u.pedigree() != null) {
                spec = pedigree(r);
            } else {
                spec = fallback(r, fallback);
            }
        } else if (type == DistributionType.TRIANGULAR || type == DistributionType.UNIFORM) {
            spec = bounded(r, u, type == DistributionType.TRIANGULAR, problems);
        } else if (u.gsd2() != null || u.percent() != null) {
            // a stated spread is more specific than pedigree scores
            spec = lognormalGiven(r, u, problems);
        } else if (u.pedigree() != null) {
            spec = pedigree(r);
        } else {
            if (u.min() != null || u.max() != null || u.mode() != null) {
                problems.add(new Flagged(Problem.warning(r.cell(Activity.DISTRIBUTION),
                        MIN.label() + " / " + MODE.label() + " / " + MAX.label() + " are ignored: no triangular or uniform distribution is named"),
                        false));
            }
            spec = fallback(r, fallback);
        }
        if (spec == null) {
            return fixed(r, DistributionOrigin.GIVEN, "invalid");
        }
        // a zero amount is already a warning of its own; say more only when a distribution was given for it
        if (spec.sampled() && r.nominal() == 0 && problems.size() == before
                && spec.distribution().origin() != DistributionOrigin.DEFAULT) {
            problems.add(new Flagged(Problem.warning(r.cell(Activity.DISTRIBUTION),
                    r.valueName() + " is 0, so its distribution is ignored (fixed at 0)"), false));
            return fixed(r, spec.distribution().origin(), "none (value 0)");
        }
        if (spec.sampled() && r.nominal() == 0) {
            return fixed(r, spec.distribution().origin(), "none (value 0)");
        }
        return spec;
    }

    private static boolean checkPercent(InputRow r, double p, List<Flagged> problems) {
        if (p > 0) return true;
        problems.add(new Flagged(Problem.error(r.cell(Activity.PERCENT),
                PERCENT.header() + " must be greater than 0, found " + num(p)), true));
        return false;
    }

    private static InputSpec lognormalGiven(InputRow r, UncertaintyInput u, List<Flagged> problems) {
        if (u.gsd2() != null) {
            double g = u.gsd2();
            if (!(g > 1)) {
                problems.add(new Flagged(Problem.error(r.cell(Activity.GSD2),
                        GSD2.label() + " must be greater than 1, found " + num(g)), true));
                return null;
            }
            return make(r, new Distribution.LogNormal(r.nominal(), Math.log(g) / 2), DistributionOrigin.GIVEN,
                    "lognormal, GSD² = " + fmt4(g));
        }
        double p = u.percent();
        if (!checkPercent(r, p, problems)) return null;
        double sigma = Math.log1p(p / 100) / Z975;
        return make(r, new Distribution.LogNormal(r.nominal(), sigma), DistributionOrigin.GIVEN,
                "lognormal, ±" + num(p) + " % (GSD² = " + fmt4(Math.exp(2 * sigma)) + ")");
    }

    private static InputSpec pedigree(InputRow r) {
        double variance = PedigreeMatrix.variance(r.basic(), r.u().pedigree());
        return make(r, new Distribution.LogNormal(r.nominal(), Math.sqrt(variance)), DistributionOrigin.PEDIGREE,
                "lognormal from pedigree " + r.u().pedigree() + ", basic variance " + num(r.basic())
                        + ", σ² = " + fmt4(variance) + ", GSD² = " + fmt4(PedigreeMatrix.gsd2(variance)));
    }

    private static InputSpec fallback(InputRow r, Fallback f) {
        if (Double.isNaN(f.pct())) {
            double sigma = Math.sqrt(f.variance());
            return make(r, new Distribution.LogNormal(r.nominal(), sigma), DistributionOrigin.DEFAULT,
                    "lognormal, σ² = " + num(f.variance()) + ", GSD² = " + fmt4(Math.exp(2 * sigma)) + " (" + f.why() + ")");
        }
        double sigma = Math.log1p(f.pct() / 100) / Z975;
        return make(r, new Distribution.LogNormal(r.nominal(), sigma), DistributionOrigin.DEFAULT,
                "lognormal, ±" + num(f.pct()) + " % (" + f.why() + ")");
    }

    private static InputSpec bounded(InputRow r, UncertaintyInput u, boolean triangular, List<Flagged> problems) {
        String name = triangular ? "triangular" : "uniform";
        boolean ok = true;
        if (u.min() == null) {
            problems.add(new Flagged(Problem.error(r.cell(Activity.MIN),
                    MIN.label() + " is required for a " + name + " distribution, found an empty cell"), true));
            ok = false;
        }
        if (u.max() == null) {
            problems.add(new Flagged(Problem.error(r.cell(Activity.MAX),
                    MAX.label() + " is required for a " + name + " distribution, found an empty cell"), true));
            ok = false;
        }
        if (!ok) return null;
        double min = u.min();
        double max = u.max();
        if (!(min < max)) {
            problems.add(new Flagged(Problem.error(r.cell(Activity.MIN),
                    MIN.label() + " must be less than " + MAX.label() + ", found " + num(min) + " and " + num(max)), true));
            return null;
        }
        double mode = triangular && u.mode() != null ? u.mode() : r.nominal();
        if (triangular && u.mode() != null && (mode < min || mode > max)) {
            problems.add(new Flagged(Problem.error(r.cell(Activity.MODE),
                    MODE.label() + " must lie between " + MIN.label() + " and " + MAX.label() + " (" + num(min) + " to " + num(max)
                            + "), found " + num(mode)), true));
            return null;
        }
        if (!Double.isNaN(r.nominal()) && (r.nominal() < min || r.nominal() > max)) {
            problems.add(new Flagged(Problem.warning(r.cell(Activity.MIN),
                    "the range " + MIN.label() + " to " + MAX.label() + " (" + num(min) + " to " + num(max) + ") does not contain the "
                            + r.valueName() + " " + num(r.nominal())), false));
            if (triangular && u.mode() == null) {
                // the mode defaults to the value, which lies outside: no valid triangle
                problems.add(new Flagged(Problem.error(r.cell(Activity.MODE),
                        MODE.label() + " is empty and defaults to the " + r.valueName() + " " + num(r.nominal())
                                + ", which lies outside " + MIN.label() + " to " + MAX.label()), false));
                return null;
            }
        }
        if (Double.isNaN(r.nominal())) {
            // check only (the nominal of a computed factor is known once the footprint is)
            return make(r, new Distribution.Uniform(r.nominal(), min, max), DistributionOrigin.GIVEN, name);
        }
        return triangular
                ? make(r, new Distribution.Triangular(r.nominal(), min, mode, max), DistributionOrigin.GIVEN,
                        "triangular, min " + num(min) + ", mode " + num(mode) + ", max " + num(max))
                : make(r, new Distribution.Uniform(r.nominal(), min, max), DistributionOrigin.GIVEN,
                        "uniform, min " + num(min) + ", max " + num(max));
    }
}
