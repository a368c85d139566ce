package dev.pcf.model;

/**
 * An emission factor, one row of the 排放因子 Factors sheet.
 *
 * @param index         zero-based position among the workbook's factors (the Monte Carlo draws one value per index)
 * @param id            unique key referenced from Activity
 * @param name          name
 * @param value         the factor in {@code unit}, or null when it is computed from carbon content × oxidation × 44/12
 * @param unit          {@code <mass of gas>/<reference unit>} as written, e.g. {@code kgCO2e/kWh}
 * @param gas           the gas as written, or null to take it from the unit
 * @param origin        carbon origin (fossil by default)
 * @param ncv           net calorific value, or null
 * @param ncvUnit       unit of the NCV as written, e.g. {@code GJ/t}, or null
 * @param carbonContent carbon content per unit heat, tC/TJ, or null
 * @param oxidationRate oxidation rate as a fraction (0.98), or null
 * @param source        citation printed in the report
 * @param year          year or vintage as written
 * @param uncertainty   the row's uncertainty columns
 * @param notes         free notes
 * @param cells         where the row was read
 */
public record Factor(int index, String id, Text name, Double value, String unit, String gas,
                     CarbonOrigin origin, Double ncv, String ncvUnit, Double carbonContent,
                     Double oxidationRate, String source, String year, UncertaintyInput uncertainty,
                     String notes, RowCells cells) {
    /** Keys of the fields in {@link #cells()}: the {@link FactorField} keys, kept as constants for brevity. */
    public static final String ID = FactorField.ID.key();
    public static final String NAME_ZH = FactorField.NAME_ZH.key();
    public static final String NAME_EN = FactorField.NAME_EN.key();
    public static final String VALUE = FactorField.VALUE.key();
    public static final String UNIT = FactorField.UNIT.key();
    public static final String GAS = FactorField.GAS.key();
    public static final String ORIGIN = FactorField.ORIGIN.key();
    public static final String NCV = FactorField.NCV.key();
    public static final String NCV_UNIT = FactorField.NCV_UNIT.key();
    public static final String CARBON_CONTENT = FactorField.CARBON_CONTENT.key();
    public static final String OXIDATION_RATE = FactorField.OXIDATION_RATE.key();
    public static final String SOURCE = FactorField.SOURCE.key();
    public static final String YEAR = FactorField.YEAR.key();
    public static final String NOTES = FactorField.NOTES.key();
}
