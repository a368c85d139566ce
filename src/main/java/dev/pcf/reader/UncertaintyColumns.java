package dev.pcf.reader;

import dev.pcf.model.Activity;
import dev.pcf.model.DistributionType;
import dev.pcf.model.Pedigree;
import dev.pcf.model.UncertaintyInput;

import java.util.List;

/**
 * Reads the uncertainty columns shared by Activity and Factors rows and checks their structure
 * (what needs no calculation): ±% and GSD² ranges, bounds, mode, complete pedigree, lognormal
 * around a positive value.
 */
final class UncertaintyColumns {
    private UncertaintyColumns() {}

    private static final List<String> SCORES = List.of(Activity.RELIABILITY, Activity.COMPLETENESS,
            Activity.TEMPORAL, Activity.GEOGRAPHICAL, Activity.TECHNOLOGICAL);

    /**
     * @param row          the row
     * @param nominal      the row's amount or factor value, or null when not known
     * @param nominalField the field holding it, named in messages
     */
    static UncertaintyInput read(RowReader row, Double nominal, String nominalField) {
        DistributionType type = row.choice(Activity.DISTRIBUTION, Vocabulary.DISTRIBUTION);
        Double percent = row.percent(Activity.PERCENT);
        if (percent != null && percent <= 0) {
            row.error(Activity.PERCENT, row.label(Activity.PERCENT) + " must be greater than 0 (±%), found "
                    + CellValue.plain(percent));
        }
        Double gsd2 = row.number(Activity.GSD2);
        if (gsd2 != null && gsd2 <= 1) {
            row.error(Activity.GSD2, row.label(Activity.GSD2) + " must be greater than 1, found " + CellValue.plain(gsd2));
        }
        Double min = row.number(Activity.MIN);
        Double mode = row.number(Activity.MODE);
        Double max = row.number(Activity.MAX);
        boolean bounded = type == DistributionType.TRIANGULAR || type == DistributionType.UNIFORM;
        if (bounded && (row.blank(Activity.MIN) || row.blank(Activity.MAX))) {
            row.error(Activity.DISTRIBUTION, row.label(Activity.DISTRIBUTION) + " " + type.code() + " needs "
                    + row.label(Activity.MIN) + " and " + row.label(Activity.MAX));
        }
        if (min != null && max != null) {
            if (min > max || (bounded && min.equals(max))) {
                row.error(Activity.MIN, row.label(Activity.MIN) + " " + CellValue.plain(min) + " must be less than "
                        + row.label(Activity.MAX) + " " + CellValue.plain(max) + " (" + row.ref(Activity.MAX) + ")");
            } else if (type == DistributionType.TRIANGULAR) {
                String at = mode != null ? Activity.MODE : nominalField;
                Double m = mode != null ? mode : nominal;
                if (m != null && (m < min || m > max)) {
                    row.error(at, row.label(at) + " " + CellValue.plain(m) + " must lie between "
                            + row.label(Activity.MIN) + " " + CellValue.plain(min) + " and "
                            + row.label(Activity.MAX) + " " + CellValue.plain(max)
                            + (mode == null ? " (it is the default " + row.label(Activity.MODE) + ")" : ""));
                }
            }
        }
        // A zero amount is legal (a warning); the Monte Carlo holds it fixed and says so. A negative
        // amount is already an error of its own, so only a negative factor value is reported here.
        if (type == DistributionType.LOGNORMAL && nominal != null && nominal < 0 && !nominalField.equals(Activity.AMOUNT)) {
            row.error(Activity.DISTRIBUTION, row.label(Activity.DISTRIBUTION) + " lognormal needs a positive "
                    + row.label(nominalField) + ", found " + CellValue.plain(nominal));
        }
        return new UncertaintyInput(type, percent, gsd2, min, mode, max, pedigree(row));
    }

    private static Pedigree pedigree(RowReader row) {
        int[] scores = new int[SCORES.size()];
        int given = 0;
        boolean valid = true;
        for (int i = 0; i < scores.length; i++) {
            String field = SCORES.get(i);
            if (row.blank(field)) continue;
            given++;
            Long s = row.integer(field);
            if (s == null || s < 1 || s > 5) {
                if (s != null) {
                    row.error(field, row.label(field) + " must be a pedigree score 1–5, found " + row.value(field).found());
                }
                valid = false;
            } else {
                scores[i] = s.intValue();
            }
        }
        if (given == 0) return null;
        if (given < scores.length) {
            for (String field : SCORES) {
                if (row.blank(field)) {
                    row.error(field, row.label(field) + " is empty: give all five pedigree scores or none");
                }
            }
            return null;
        }
        return valid ? new Pedigree(scores[0], scores[1], scores[2], scores[3], scores[4]) : null;
    }
}
