package dev.pcf.calc;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gas named in the numerator of a factor unit: {@code CO2e} in its spellings ({@code CO2eq},
 * {@code CO2-eq}, {@code CO2-e}, {@code CO₂e}, {@code CO2当量}), and the element bases of the IPCC
 * guidelines, which count only the nitrogen or carbon of a gas: {@code N2O-N} (× 44/28 to N2O),
 * {@code CO2-C} (× 44/12 to CO2), {@code CH4-C} (× 16/12 to CH4).
 */
final class GasText {
    private GasText() {}

    private static final Pattern CO2E = Pattern.compile("co2(e|eq|eqv|equiv|equivalents?|当量)");
    private static final Pattern ELEMENT = Pattern.compile("(?i)(N2O)-N|(CO2)-C|(CH4)-C");

    /**
     * A gas as a factor unit names it.
     *
     * @param written     the gas part as written, e.g. {@code N2O-N}
     * @param gas         the gas for the GWP table, e.g. {@code N2O}, {@code CO2e}
     * @param elementBase the conversion from an element base, or null when the unit names the gas itself
     */
    record Named(String written, String gas, ElementBase elementBase) {}

    /** Whether the (compact) text is one of the spellings of CO2e. */
    static boolean isCo2e(String compact) {
        return CO2E.matcher(compact.toLowerCase(Locale.ROOT)).matches();
    }

    /** Reads the gas part of a factor unit's numerator (after its mass unit); null when it is empty. */
    static Named of(String part) {
        String s = UnitText.normalize(part).replaceAll("\\s+", "");
        while (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '·' || s.charAt(0) == '.')) s = s.substring(1);
        if (s.isEmpty()) return null;
        if (isCo2e(UnitText.compact(s))) return new Named(s, "CO2e", null);
        Matcher m = ELEMENT.matcher(s);
        if (m.matches()) {
            ElementBase base = m.group(1) != null ? new ElementBase(s, "N2O", 44, 28)
                    : m.group(2) != null ? new ElementBase(s, "CO2", 44, 12) : new ElementBase(s, "CH4", 16, 12);
            return new Named(s, base.gas(), base);
        }
        return new Named(s, s, null);
    }
}
