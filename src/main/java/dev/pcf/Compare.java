package dev.pcf;

import dev.pcf.calc.Calculator;
import dev.pcf.export.DeclaredUnit;
import dev.pcf.model.Comparison;
import dev.pcf.model.Footprint;
import dev.pcf.model.InputException;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.Progress;
import dev.pcf.uncertainty.InputModel;
import dev.pcf.uncertainty.McOptions;
import dev.pcf.uncertainty.PairedComparison;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code pcf compare}: workbooks already read and checked, calculated side by side. Every workbook's
 * problems are collected before anything is calculated, each prefixed with its file, so that one run
 * lists the problems of all of them.
 */
final class Compare {
    private Compare() {}

    /**
     * The comparison of checked workbooks.
     *
     * @param files       the workbooks' paths as given (for messages)
     * @param validations their validations, in the same order
     * @throws InputException when any workbook has an error (the problems of all of them, each naming its file)
     */
    static Comparison run(List<String> files, List<Pcf.Validation> validations, Pcf.Options options, Progress progress) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Pcf.Validation v = validations.get(i);
            if (v.workbook() == null && !v.hasErrors()) {
                problems.add(Problem.error(null, files.get(i) + ": the workbook could not be read"));
            }
            for (Problem p : v.problems()) problems.add(inFile(files.get(i), p));
        }
        if (problems.stream().anyMatch(Problem::isError)) throw new InputException(errorsFirst(problems));
        List<Comparison.Product> products = new ArrayList<>();
        List<Problem> own = new ArrayList<>();
        List<Problem> late = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            PcfWorkbook wb = validations.get(i).workbook();
            Footprint fp = Calculator.calculate(wb);
            for (Problem p : fp.warnings()) problems.add(inFile(files.get(i), p));
            if (options.monteCarlo()) {
                // the uncertainty problems that only the footprint reveals (a computed factor's bounds), here with
                // the file they belong to: the paired run would find the errors again without it, the warnings never
                try {
                    List<Problem> found = new ArrayList<>();
                    InputModel.resolve(fp, found);
                    for (Problem p : found) problems.add(inFile(files.get(i), p));
                } catch (InputException e) {
                    for (Problem p : e.problems()) late.add(inFile(files.get(i), p));
                }
            }
            products.add(new Comparison.Product(wb, fp, DeclaredUnit.of(wb.info().functionalUnit()).label()));
        }
        if (late.stream().anyMatch(Problem::isError)) {
            late.addAll(problems);
            throw new InputException(errorsFirst(late));
        }
        boolean comparable = unitWarnings(files, products, own);
        Comparison.Paired paired = null;
        if (options.monteCarlo()) {
            McOptions mco = McOptions.resolve(products.get(0).workbook().info(), options.seed(), options.iterations(),
                    options.threads());
            paired = PairedComparison.run(products.stream().map(Comparison.Product::footprint).toList(), mco,
                    progress == null ? Progress.NONE : progress);
        }
        own.addAll(problems);
        return new Comparison(products, paired, List.copyOf(new LinkedHashSet<>(own)), comparable);
    }

    /**
     * Warnings where the products are not measured alike: declared units that differ (then the totals
     * are not comparable), functional units worded differently, GWP sets that differ.
     *
     * @return whether the declared units agree
     */
    static boolean unitWarnings(List<String> files, List<Comparison.Product> products, List<Problem> out) {
        Set<String> declared = new LinkedHashSet<>();
        Set<String> wording = new LinkedHashSet<>();
        Set<String> gwp = new LinkedHashSet<>();
        for (Comparison.Product p : products) {
            declared.add(p.declaredUnit());
            var fu = p.workbook().info().functionalUnit();
            wording.add(normalise(fu.zh()) + "\u0000" + normalise(fu.en()));
            gwp.add(p.footprint().gwpSet().name());
        }
        if (declared.size() > 1) {
            out.add(Problem.warning(null, "the declared units differ (" + list(files, products, true)
                    + "): ISO 14067:2018 compares carbon footprints only on the same functional or declared unit,"
                    + " so these totals are not comparable"));
        } else if (wording.size() > 1) {
            out.add(Problem.warning(null, "the functional units are worded differently (" + list(files, products, false)
                    + "): the comparison is meaningful only if they describe the same function and amount"
                    + " (ISO 14067:2018)"));
        }
        if (gwp.size() > 1) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < products.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(files.get(i)).append(' ').append(products.get(i).footprint().gwpSet());
            }
            out.add(Problem.warning(null, "the GWP sets differ (" + sb + "): part of the differences comes from the"
                    + " characterisation, not from the products"));
        }
        return declared.size() == 1;
    }

    private static String list(List<String> files, List<Comparison.Product> products, boolean declared) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < products.size(); i++) {
            var p = products.get(i);
            sb.append(i == 0 ? "" : "; ").append(files.get(i)).append(": ")
                    .append(declared ? p.declaredUnit() : "\"" + p.workbook().info().functionalUnit().zhOrEn() + "\"");
        }
        return sb.toString();
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The problem with its file first: {@code A.xlsx: '活动数据 Activity'!D7: …}. */
    static Problem inFile(String file, Problem p) {
        return new Problem(p.severity(), null, file + ": " + p);
    }

    private static List<Problem> errorsFirst(List<Problem> problems) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) if (p.isError()) out.add(p);
        for (Problem p : problems) if (!p.isError()) out.add(p);
        return List.copyOf(new LinkedHashSet<>(out));
    }
}
