package dev.pcf.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place numbers become decimal text: plain notation (no exponent), a point as separator, no
 * grouping, independent of the locale. Rounding is half-up and starts from the double's shortest
 * decimal ({@link Double#toString(double)}), the digits a reader sees, so 8.02495 rounds to 8.0250
 * although the binary double is slightly below 8.02495. Every method takes a finite number; what to
 * print for NaN or infinity (a dash, an empty cell) is the caller's.
 */
public final class Numbers {
    private Numbers() {}

    /**
     * The shortest decimal that reads back as {@code x}, without trailing zeros: 1.0E-5 → {@code 0.00001},
     * 113.0 → {@code 113}, −0.0 → {@code 0}.
     *
     * @throws IllegalArgumentException when x is NaN or infinite
     */
    public static String plain(double x) {
        return text(decimal(x));
    }

    /**
     * {@code x} to {@code digits} significant digits, without trailing zeros: 174.9425, 7 → {@code 174.9425},
     * 0.0008000000000000001, 10 → {@code 0.0008}, 7500.0, 7 → {@code 7500}.
     *
     * @throws IllegalArgumentException when x is NaN or infinite, or digits is not positive
     */
    public static String significant(double x, int digits) {
        if (digits <= 0) throw new IllegalArgumentException("digits must be positive, found " + digits);
        return text(decimal(x).round(new MathContext(digits, RoundingMode.HALF_UP)));
    }

    /**
     * {@code x} rounded to {@code decimals} places, trailing zeros kept: 113.38583, 4 → {@code 113.3858}.
     *
     * @throws IllegalArgumentException when x is NaN or infinite
     */
    public static String fixed(double x, int decimals) {
        return decimal(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A fraction as a percentage rounded to {@code decimals} places, trailing zeros kept, without the sign:
     * 0.891318, 2 → {@code 89.13}. The decimal point moves before rounding, so no binary product intervenes.
     *
     * @throws IllegalArgumentException when the fraction is NaN or infinite
     */
    public static String percent(double fraction, int decimals) {
        return decimal(fraction).movePointRight(2).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * {@code x} rounded to {@code decimals} places, without trailing zeros: 2.975, 2 → {@code 2.98}; 1.0, 2 → {@code 1}.
     *
     * @throws IllegalArgumentException when x is NaN or infinite
     */
    public static String rounded(double x, int decimals) {
        return text(decimal(x).setScale(decimals, RoundingMode.HALF_UP));
    }

    /**
     * {@code x} rounded to {@code decimals} places, as a double (for JSON numbers).
     *
     * @throws IllegalArgumentException when x is NaN or infinite
     */
    public static double round(double x, int decimals) {
        return decimal(x).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static BigDecimal decimal(double x) {
        if (!Double.isFinite(x)) throw new IllegalArgumentException("not a finite number: " + x);
        return BigDecimal.valueOf(x == 0 ? 0.0 : x);
    }

    /** Plain text without trailing zeros; zero (of any scale or sign) is "0". */
    private static String text(BigDecimal b) {
        return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
    }
}
