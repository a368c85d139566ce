package dev.pcf.model;

import dev.pcf.model.UncertaintyResult.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Products (or versions of one product) side by side ({@code pcf compare}): each workbook's
 * deterministic footprint, the differences to the first, and, when the Monte Carlo analysis ran,
 * the paired analysis of those differences.
 *
 * @param products   the workbooks in the order given; the first is the reference of every difference
 * @param paired     the paired Monte Carlo analysis, or null when it was not run
 * @param warnings   every warning: the comparison's own first (functional or declared units that differ,
 *                   GWP sets that differ), then each workbook's, prefixed with its file name
 * @param comparable false when the declared units differ: the totals are then not comparable
 *                   (ISO 14067:2018 compares footprints only on the same functional or declared unit)
 */
public record Comparison(List<Product> products, Paired paired, List<Problem> warnings, boolean comparable) {
    public Comparison {
        products = List.copyOf(products);
        warnings = List.copyOf(warnings);
        if (products.size() < 2) throw new IllegalArgumentException("a comparison needs at least two products, found " + products.size());
    }

    /**
     * One workbook of the comparison.
     *
     * @param workbook     the workbook as read
     * @param footprint    its deterministic footprint
     * @param declaredUnit the declared unit read from the functional unit, e.g. {@code 1 piece},
     *                     {@code 1000 kilogram}
     */
    public record Product(PcfWorkbook workbook, Footprint footprint, String declaredUnit) {
        /** kg CO2e per functional unit. */
        public double total() {
            return footprint.total();
        }

        /** The file name as given. */
        public String file() {
            return workbook.source().fileName();
        }
    }

    /** Product {@code i}'s total minus the first product's, kg CO2e per functional unit. */
    public double delta(int i) {
        return products.get(i).total() - products.get(0).total();
    }

    /** {@link #delta} as a fraction of the first product's total (NaN when that total is 0). */
    public double deltaShare(int i) {
        double base = products.get(0).total();
        return base == 0 ? Double.NaN : delta(i) / Math.abs(base);
    }

    /**
     * The stages of all products, matched by code, in the order of first appearance (the first
     * workbook's order, then stages only later workbooks have): code → name as the first workbook
     * that has it names it.
     */
    public Map<String, Text> stageNames() {
        Map<String, Text> names = new LinkedHashMap<>();
        for (Product p : products) {
            for (StageResult s : p.footprint().stages()) names.putIfAbsent(s.stage().code(), s.stage().name());
        }
        return names;
    }

    /** Product {@code i}'s kg CO2e in the stage with this code, or NaN when the stage is not included there. */
    public double stage(int i, String code) {
        for (StageResult s : products.get(i).footprint().stages()) {
            if (s.stage().code().equals(code)) return s.kgco2e();
        }
        return Double.NaN;
    }

    /**
     * The paired Monte Carlo analysis: every product's total drawn in the same iterations, factor
     * rows with the same ID and the same definition sharing their draws, every other input drawn
     * independently.
     *
     * @param seed          the seed
     * @param iterations    paired iterations run
     * @param adaptive      whether the number of iterations was chosen by the JCGM 101 §7.9 procedure
     *                      (applied to the differences)
     * @param converged     whether that procedure met its tolerance (true for a fixed count)
     * @param totals        each product's total, summarised over the paired iterations, in product order
     * @param differences   for each product after the first (index i − 1), its total minus the first's
     * @param sharedFactors factor IDs whose draws are shared between at least two products, sorted
     * @param ownFactors    factor IDs present in at least two products with different definitions
     *                      (drawn independently), sorted
     */
    public record Paired(long seed, long iterations, boolean adaptive, boolean converged, List<Summary> totals,
                         List<Difference> differences, List<String> sharedFactors, List<String> ownFactors) {
        public Paired {
            totals = List.copyOf(totals);
            differences = List.copyOf(differences);
            sharedFactors = List.copyOf(sharedFactors);
            ownFactors = List.copyOf(ownFactors);
        }
    }

    /**
     * A product's total minus the first product's, over the paired iterations.
     *
     * @param summary the difference's summary, kg CO2e per functional unit (its deterministic value is {@link #delta})
     * @param pLower  the fraction of iterations in which the product's total is below the first's
     */
    public record Difference(Summary summary, double pLower) {
        /** A product is called lower (or higher) than the first when P(lower) is at least this (at most 1 − this). */
        public static final double DISCERNIBLE = 0.95;

        /** What P(lower) lets one say of the product against the first. */
        public Verdict verdict() {
            if (pLower >= DISCERNIBLE) return Verdict.LOWER;
            if (pLower <= 1 - DISCERNIBLE) return Verdict.HIGHER;
            return Verdict.NOT_DISCERNIBLE;
        }
    }

    /** A product against the first, from the paired iterations ({@link Difference#DISCERNIBLE}). */
    public enum Verdict { LOWER, HIGHER, NOT_DISCERNIBLE }
}
