package dev.pcf.calc;

/**
 * What the calculation's messages share: example lists and the number format. Column names come
 * from the field enums of {@code dev.pcf.model} ({@code FactorField.NCV.label()}…).
 */
final class Labels {
    static final String GAS_EXAMPLES = "CO2e, CO2, CH4, N2O, SF6, NF3, HFC-134a, CF4";
    static final String UNIT_EXAMPLES = "kWh, MJ, GJ, kg, t, m3, Nm3, L, t·km, km, pcs";
    static final String NCV_UNIT_EXAMPLES = "MJ/kg, GJ/t, MJ/m3, GJ/10^4Nm3";

    private Labels() {}

    /** The text, or empty for null. */
    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A number as a message shows it: shortest round-trip form, no exponent for ordinary sizes. */
    static String number(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        return dev.pcf.model.Numbers.plain(v);
    }
}
