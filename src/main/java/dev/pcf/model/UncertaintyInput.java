package dev.pcf.model;

/**
 * The uncertainty columns of an Activity or Factors row, as entered (already parsed to numbers,
 * not yet validated as a distribution). Every field may be null when its cell is empty.
 *
 * @param type     the named distribution, or null when the column is empty (pedigree or default applies)
 * @param percent  half-width of the 95 % interval in percent of the nominal value (5 means ±5 %)
 * @param gsd2     squared geometric standard deviation (lognormal alternative to percent)
 * @param min      lower bound (triangular, uniform), in the row's own unit
 * @param mode     most likely value (triangular), in the row's own unit
 * @param max      upper bound (triangular, uniform), in the row's own unit
 * @param pedigree the five pedigree scores, or null when none are given
 */
public record UncertaintyInput(DistributionType type, Double percent, Double gsd2,
                               Double min, Double mode, Double max, Pedigree pedigree) {
    public static final UncertaintyInput NONE_GIVEN = new UncertaintyInput(null, null, null, null, null, null, null);

    /** Whether the row says nothing about uncertainty. */
    public boolean isEmpty() {
        return type == null && percent == null && gsd2 == null && min == null && mode == null
                && max == null && pedigree == null;
    }
}
