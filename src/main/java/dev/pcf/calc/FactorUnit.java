package dev.pcf.calc;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit of an emission factor, {@code <mass of gas>/<reference unit>}: {@code kgCO2e/kWh},
 * {@code kgCO2/MJ}, {@code tCO2/TJ}, {@code kgCH4/kg}, {@code gCO2e/kWh}, {@code kgCO2e/t·km};
 * or {@code kg/kg} when the gas comes from the 温室气体 Gas column.
 *
 * @param text      the unit as written
 * @param gasMass   the mass unit of the gas (g, kg, t)
 * @param gas       the gas named in the unit as written, e.g. {@code CO2e}, or null when the unit names none
 * @param reference the reference unit (per what), e.g. kWh
 */
public record FactorUnit(String text, Unit gasMass, String gas, Unit reference) {

    private static final String[][] MASS_PREFIXES = {
            {"kg", "kg"}, {"千克", "kg"}, {"公斤", "kg"}, {"克", "g"}, {"吨", "t"}, {"t", "t"}, {"g", "g"}};

    /** kg per unit of the gas mass: 1 for kg, 1000 for t, 0.001 for g. */
    public double gasKgPerUnit() {
        return gasMass.toBase();
    }

    /**
     * Parses a factor unit. The gas name is not checked here (see {@link GwpTable#resolve}).
     *
     * @param text the unit as written
     * @return the unit, or empty when it is not {@code <g|kg|t>[gas]/<known unit>}
     */
    public static Optional<FactorUnit> parse(String text) {
        if (text == null) return Optional.empty();
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) return Optional.empty();
        String numerator = s.substring(0, slash).strip();
        Optional<Unit> reference = Units.parse(NcvUnit.stripBrackets(s.substring(slash + 1)));
        if (reference.isEmpty()) return Optional.empty();
        String lower = numerator.toLowerCase(Locale.ROOT);
        for (String[] p : MASS_PREFIXES) {
            if (!lower.startsWith(p[0])) continue;
            String gas = numerator.substring(p[0].length()).strip();
            if (gas.startsWith("-") || gas.startsWith("·")) gas = gas.substring(1).strip();
            Unit mass = Units.parse(p[1]).orElseThrow();
            return Optional.of(new FactorUnit(text.strip(), mass, gas.isEmpty() ? null : gas, reference.get()));
        }
        return Optional.empty();
    }
}
