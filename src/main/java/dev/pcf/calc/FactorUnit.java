package dev.pcf.calc;

import java.util.Optional;

/**
 * The unit of an emission factor, {@code <mass of gas>/<reference unit>}: {@code kgCO2e/kWh},
 * {@code kgCO2/MJ}, {@code tCO2/TJ}, {@code kgCH4/kg}, {@code gCO2e/kWh}, {@code kgCO2e/t·km},
 * {@code kg CO2-eq·kWh-1}, {@code kgN2O-N/kg N}, {@code kgCO2e/万元}; or {@code kg/kg} when the gas
 * comes from the 温室气体 Gas column. A reference unit the table does not know is kept as a unit of
 * the company's own ({@link Dimension#own}); whether an activity writes it identically is checked
 * by the calculation.
 *
 * @param text        the unit as written
 * @param gasMass     the mass unit of the gas (g, kg, t…)
 * @param gas         the gas the unit names (CO2e spellings as {@code CO2e}, an element base as its gas), or null
 * @param elementBase the element base the unit is written in ({@code N2O-N}), or null
 * @param reference   the reference unit (per what), e.g. kWh
 */
public record FactorUnit(String text, Unit gasMass, String gas, ElementBase elementBase, Unit reference) {

    /** kg of the gas per unit of the numerator: 1 for kg, 1000 for t, 0.001 for g, 44/28 for kg N2O-N. */
    public double gasKgPerUnit() {
        return gasMass.toBase() * (elementBase == null ? 1 : elementBase.ratio());
    }

    /**
     * Parses a factor unit. The gas name is not checked here (see {@link GwpTable#resolve}).
     *
     * @param text the unit as written
     * @return the unit, or empty when it is not {@code <mass unit>[gas]/<unit>}
     */
    public static Optional<FactorUnit> parse(String text) {
        if (text == null) return Optional.empty();
        Optional<String[]> parts = UnitText.quotient(text);
        if (parts.isEmpty()) return Optional.empty();
        String numerator = parts.get()[0];
        Optional<Unit> mass = Units.massPrefix(numerator);
        if (mass.isEmpty()) return Optional.empty();
        GasText.Named gas = GasText.of(numerator.substring(mass.get().text().length()));
        Unit reference = Units.parseOrOwn(parts.get()[1]);
        return Optional.of(new FactorUnit(text.strip(), mass.get(), gas == null ? null : gas.gas(),
                gas == null ? null : gas.elementBase(), reference));
    }
}
