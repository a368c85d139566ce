package dev.pcf.calc;

/**
 * How a report prints a unit of the units table ({@link Units#display}): one canonical spelling per
 * language. Measured units print their international symbols in both languages, as GB 3100 asks of
 * technical documents and as Chinese verification reports write them ({@code kWh}, {@code kg},
 * {@code m³}, {@code t·km}); counting units, currencies and the Chinese scale words follow the language
 * ({@code 台} / {@code unit}, {@code 万kWh} / {@code 10⁴ kWh}).
 *
 * @param zh the spelling in a Chinese report
 * @param en the spelling in an English report
 */
public record UnitDisplay(String zh, String en) {

    /**
     * This unit with a scale in front: 万 and 亿 (or {@code 10^4}, {@code 10^8}) as the Chinese write them and
     * as powers of ten in English; any other power of ten as a power in both.
     *
     * @param scale   the factor, 1 for none
     * @param written how the scale was written ({@code 万}, {@code 亿}, {@code 10^n}), empty for none
     */
    UnitDisplay scaled(double scale, String written) {
        if (scale == 1 && written.isEmpty()) return this;
        if (scale == 1e4) return new UnitDisplay("万" + zh, "10⁴ " + en);
        if (scale == 1e8) return new UnitDisplay("亿" + zh, "10⁸ " + en);
        String power = "10" + superscript(written.startsWith("10^") ? written.substring(3) : written) + " ";
        return new UnitDisplay(power + zh, power + en);
    }

    private static String superscript(String digits) {
        StringBuilder sb = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            sb.append(c == '-' ? '⁻' : c >= '0' && c <= '9' ? "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0') : c);
        }
        return sb.toString();
    }
}
