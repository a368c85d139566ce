package dev.pcf.calc;

import java.util.Optional;

/**
 * The unit of a net calorific value: an energy per mass or per volume, e.g. {@code MJ/kg},
 * {@code GJ/t}, {@code TJ/Gg}, {@code kcal/kg}, {@code 大卡/千克}, {@code MJ/m3}, {@code GJ/10^4Nm3},
 * {@code MJ·kg-1}, {@code MJ/L}.
 *
 * @param text   the unit as written
 * @param energy the numerator, an energy unit
 * @param per    the denominator, a mass or volume unit
 */
public record NcvUnit(String text, Unit energy, Unit per) {

    /**
     * Parses an NCV unit.
     *
     * @param text the unit as written
     * @return the unit, or empty when it is not {@code <energy>/<mass or volume>}
     */
    public static Optional<NcvUnit> parse(String text) {
        if (text == null) return Optional.empty();
        Optional<String[]> parts = UnitText.quotient(text);
        if (parts.isEmpty()) return Optional.empty();
        Optional<Unit> energy = Units.parse(parts.get()[0]);
        Optional<Unit> per = Units.parse(parts.get()[1]);
        if (energy.isEmpty() || per.isEmpty() || !energy.get().dimension().equals(Dimension.ENERGY)) return Optional.empty();
        Dimension d = per.get().dimension();
        if (!d.equals(Dimension.MASS) && !d.equals(Dimension.VOLUME)) return Optional.empty();
        return Optional.of(new NcvUnit(text.strip(), energy.get(), per.get()));
    }

    /** Whether the NCV is per mass or per volume. */
    public Dimension perDimension() {
        return per.dimension();
    }

    /**
     * An NCV in this unit expressed in MJ per base unit of {@link #perDimension()} (MJ/kg or MJ/m³).
     *
     * @param ncv the NCV in this unit
     */
    public double toMjPerBase(double ncv) {
        return ncv * energy.toBase() / per.toBase();
    }
}
