package dev.pcf.calc;

/** What a unit measures, with the base unit every {@link Unit#toBase()} refers to. */
public enum Dimension {
    /** base MJ */
    ENERGY("MJ", "an energy"),
    /** base kg */
    MASS("kg", "a mass"),
    /** base m³ at standard conditions (m3 = Nm3) */
    VOLUME("m3", "a volume"),
    /** freight transport work, base t·km */
    FREIGHT("t·km", "a transport work"),
    /** base km */
    DISTANCE("km", "a distance"),
    /** base piece */
    COUNT("pcs", "a count");

    private final String base;
    private final String description;

    Dimension(String base, String description) {
        this.base = base;
        this.description = description;
    }

    /** The base unit's symbol, e.g. {@code MJ}. */
    public String base() {
        return base;
    }

    /** In words for messages, e.g. {@code an energy}. */
    public String description() {
        return description;
    }
}
