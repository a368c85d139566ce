package dev.pcf.calc;

/**
 * A parsed unit.
 *
 * @param text      the unit as written
 * @param dimension what it measures
 * @param toBase    how many base units of the dimension one of this unit is (kWh → 3.6 MJ)
 */
public record Unit(String text, Dimension dimension, double toBase) {

    /** Base units of the dimension per one of this unit times {@code amount}. */
    public double toBase(double amount) {
        return amount * toBase;
    }
}
