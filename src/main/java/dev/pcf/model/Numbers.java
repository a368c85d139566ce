package dev.pcf.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal strings as PACT writes them: plain notation, no exponent, no trailing zeros. */
final class Decimals {
    private Decimals() {}

    /**
     * The shortest decimal that reads back as {@code x} ({@link Double#toString} digits), in plain
     * notation: 1.0E-5 → {@code 0.00001}, 113.0 → {@code 113}, −0.0 → {@code 0}.
     *
     * @throws IllegalArgumentException when x is NaN or infinite
     */
    static String plain(double x) {
        if (!Double.isFinite(x)) throw new IllegalArgumentException("not a finite number: " + x);
        if (x == 0) return "0";
        return strip(BigDecimal.valueOf(x));
    }

    /** {@code x} rounded half-up to {@code scale} decimals, in plain notation. */
    static String rounded(double x, int scale) {
        if (!Double.isFinite(x)) throw new IllegalArgumentException("not a finite number: " + x);
        BigDecimal b = BigDecimal.valueOf(x).setScale(scale, RoundingMode.HALF_UP);
        return b.signum() == 0 ? "0" : strip(b);
    }

    /** {@code x} rounded half-up to {@code scale} decimals, as a double. */
    static double round(double x, int scale) {
        return BigDecimal.valueOf(x).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }

    private static String strip(BigDecimal b) {
        String s = b.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
