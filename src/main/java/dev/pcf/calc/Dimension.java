package dev.pcf.calc;

import java.util.List;

/**
 * What a unit measures, with the base unit every {@link Unit#toBase()} refers to. Two units convert
 * into each other only when their dimensions are equal: every currency is a dimension of its own
 * (yuan never convert into dollars), and so is every unit a company writes that the table does not
 * know ({@link #own}).
 *
 * @param key         identity: {@code ENERGY}, {@code MASS}…, {@code CURRENCY:USD}, {@code OWN:亩}
 * @param base        the base unit's symbol, e.g. {@code MJ}
 * @param description in words for messages, e.g. {@code an energy}
 */
public record Dimension(String key, String base, String description) {
    /** base MJ */
    public static final Dimension ENERGY = new Dimension("ENERGY", "MJ", "an energy");
    /** base kg */
    public static final Dimension MASS = new Dimension("MASS", "kg", "a mass");
    /** base m³ at standard conditions (m3 = Nm3) */
    public static final Dimension VOLUME = new Dimension("VOLUME", "m3", "a volume");
    /** base m² */
    public static final Dimension AREA = new Dimension("AREA", "m2", "an area");
    /** freight transport work, base t·km */
    public static final Dimension FREIGHT = new Dimension("FREIGHT", "t·km", "a transport work");
    /** base km */
    public static final Dimension DISTANCE = new Dimension("DISTANCE", "km", "a distance");
    /** base piece */
    public static final Dimension COUNT = new Dimension("COUNT", "pcs", "a count");
    /** an emission already characterised, base kg CO2e (a supplier's declared footprint, a measured release) */
    public static final Dimension EMISSION = new Dimension("EMISSION", "kgCO2e", "a mass of CO2e");

    private static final List<Dimension> NAMED = List.of(ENERGY, MASS, VOLUME, AREA, FREIGHT, DISTANCE, COUNT, EMISSION);
    private static final String CURRENCY = "CURRENCY:";
    private static final String OWN = "OWN:";

    /**
     * A named dimension by its key, e.g. {@code ENERGY}.
     *
     * @throws IllegalArgumentException when there is none of that name
     */
    public static Dimension valueOf(String key) {
        return NAMED.stream().filter(d -> d.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dimension " + key));
    }

    /** The dimension of one currency, e.g. {@code CNY}; currencies never convert into each other. */
    public static Dimension currency(String code) {
        return new Dimension(CURRENCY + code, code, "a currency (" + code + ")");
    }

    /**
     * The dimension of a unit the table does not know, counted as written.
     *
     * @param key the unit's matching key ({@link Units#key}), so that {@code kg N} and {@code kgN} are one unit
     */
    static Dimension own(String key) {
        return new Dimension(OWN + key, key, "a unit of its own");
    }

    /** Whether this is a currency. */
    public boolean isCurrency() {
        return key.startsWith(CURRENCY);
    }

    /** Whether this is a unit of a company's own, not in the table. */
    public boolean isOwn() {
        return key.startsWith(OWN);
    }

    /** In one word for "per mass" messages: {@code energy}, {@code mass}, {@code volume}… */
    public String word() {
        String d = description;
        if (isCurrency() || isOwn()) return d;
        return d.substring(d.indexOf(' ') + 1);
    }

    @Override
    public String toString() {
        return key;
    }
}
