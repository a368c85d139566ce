package dev.pcf.report;

import dev.pcf.model.Numbers;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Number and date formatting for the report, independent of the default locale: plain digits,
 * a point as decimal separator, no grouping, half-up rounding of the decimal value a reader sees.
 * Rounding starts from the double's shortest decimal string ({@link Double#toString(double)}), so
 * 8.02495 rounds to 8.0250 although the binary double is slightly below 8.02495.
 */
public final class Formats {
    /** Printed for NaN and infinities. */
    public static final String NOT_A_NUMBER = "—";

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private Formats() {}

    /** {@code v} rounded half-up to {@code decimals} places, trailing zeros kept: 113.38583, 4 → "113.3858". */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) return NOT_A_NUMBER;
        return Numbers.fixed(v, decimals);
    }

    /** A fraction as a percentage with 2 decimals: 0.891318 → "89.13%". */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) return NOT_A_NUMBER;
        return Numbers.percent(fraction, 2) + "%";
    }

    /** A value already in percent with 2 decimals: 12.345 → "12.35%" (rounded half-up). */
    public static String percentValue(double pct) {
        return Double.isFinite(pct) ? fixed(pct, 2) + "%" : NOT_A_NUMBER;
    }

    /**
     * A value as entered or derived, to 7 significant digits without trailing zeros:
     * 174.9425 → "174.9425", 0.09703 → "0.09703", 7500.0 → "7500".
     */
    public static String plain(double v) {
        if (!Double.isFinite(v)) return NOT_A_NUMBER;
        return Numbers.significant(v, 7);
    }

    /** Like {@link #plain(double)}, or empty for null. */
    public static String plain(Double v) {
        return v == null ? "" : plain(v.doubleValue());
    }

    /**
     * A count with comma thousands separators, the same in both languages (as the charts' axes print it):
     * 600000 → "600,000", 999 → "999".
     */
    public static String integer(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 2026-05-26 → "2026年05月26日"; empty for null. */
    public static String dateZh(LocalDate d) {
        if (d == null) return "";
        return String.format(java.util.Locale.ROOT, "%04d年%02d月%02d日", d.getYear(), d.getMonthValue(),
                d.getDayOfMonth());
    }

    /** 2026-05-26 → "26 May 2026"; empty for null. */
    public static String dateEn(LocalDate d) {
        if (d == null) return "";
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }
}
