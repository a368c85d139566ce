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

    /** Significant digits a reader is always shown of a factor, a per-unit amount or an input range. */
    public static final int MIN_SIGNIFICANT = 4;

    /*
     * One rule per column. kgCO2e results per functional unit: fixed decimals (the workbook's Decimals,
     * Ctx.kg). Factors as entered, per-unit amounts, gas masses and nominal values: sig (every digit up to 7
     * significant ones, so 3.9E-5 is never 0.0000). Applied factors: derivedFactor (5 significant digits). Input ranges: range (both ends to the same number of
     * significant digits, at least 4, more until the ends differ).
     */

    /**
     * A factor, a per-unit amount or another value whose size varies over many orders of magnitude: up
     * to 7 significant digits, trailing zeros dropped, never rounded to zero: 3.9E-5 → "0.000039",
     * 0.57770001 → "0.5777", 174.9425 → "174.9425". Same as {@link #plain(double)}.
     */
    public static String sig(double v) {
        return plain(v);
    }

    /** Significant digits of a derived factor (the factor as the calculation applied it). */
    public static final int FACTOR_SIGNIFICANT = 5;

    /**
     * A factor derived by the calculation (converted to the activity's unit, computed from carbon content):
     * {@value #FACTOR_SIGNIFICANT} significant digits, trailing zeros dropped, never rounded to zero:
     * 3.0959117 → "3.0959", 3.9E-5 → "0.000039".
     */
    public static String derivedFactor(double v) {
        if (!Double.isFinite(v)) return NOT_A_NUMBER;
        return Numbers.significant(v, FACTOR_SIGNIFICANT);
    }

    /**
     * A 95 % range "low – high", both ends to the same number of significant digits: at least
     * {@value #MIN_SIGNIFICANT}, more where needed to tell the ends apart (up to 10), trailing zeros kept:
     * (3.8181818, 4.62) → "3.818 – 4.620"; (0.00031623, 0.00069261) → "0.0003162 – 0.0006926";
     * (0.99996, 1.00004) → "0.99996 – 1.0000" (never "1.000 – 1.000" for a range that is not a point).
     */
    public static String range(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) return NOT_A_NUMBER;
        int digits = MIN_SIGNIFICANT;
        while (digits < 10 && low != high && significant(low, digits).equals(significant(high, digits))) digits++;
        return significant(low, digits) + " – " + significant(high, digits);
    }

    /** {@code v} to {@code digits} significant digits, trailing zeros kept, plain notation: 4.62, 4 → "4.620". */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) return NOT_A_NUMBER;
        if (v == 0) return digits > 1 ? "0." + "0".repeat(digits - 1) : "0";
        // the shared formatter drops trailing zeros; a range keeps them, so both ends show the same digits
        String t = Numbers.significant(v, digits);
        int shown = t.replace("-", "").replace(".", "").replaceFirst("^0+", "").length();
        if (shown >= digits) return t;
        return (t.contains(".") ? t : t + ".") + "0".repeat(digits - shown);
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
