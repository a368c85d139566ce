package dev.pcf.model;

/**
 * An inventory line, one row of the 活动数据 Activity sheet.
 *
 * @param index       zero-based position among the workbook's activity rows (the Monte Carlo draws one value per index)
 * @param stage       stage code
 * @param item        what is consumed or emitted, e.g. 电力 Electricity
 * @param amount      amount as entered, in {@code unit}, ≥ 0
 * @param unit        unit as written, e.g. {@code kWh}, {@code 千瓦时}, {@code t·km}
 * @param basis       per functional unit or annual total
 * @param allocation  share of a shared total that belongs to this product, 0–1
 * @param factorId    a Factor ID from Factors
 * @param dataType    primary or secondary, or null when not given
 * @param dataSource  e.g. 电表读数
 * @param uncertainty the row's uncertainty columns
 * @param notes       free notes
 * @param cells       where the row was read
 */
public record Activity(int index, String stage, Text item, double amount, String unit, Basis basis,
                       double allocation, String factorId, DataType dataType, String dataSource,
                       UncertaintyInput uncertainty, String notes, RowCells cells) {
    /** Keys of the fields in {@link #cells()}: the {@link ActivityField} keys, kept as constants for brevity. */
    public static final String STAGE = ActivityField.STAGE.key();
    public static final String ITEM_ZH = ActivityField.ITEM_ZH.key();
    public static final String ITEM_EN = ActivityField.ITEM_EN.key();
    public static final String AMOUNT = ActivityField.AMOUNT.key();
    public static final String UNIT = ActivityField.UNIT.key();
    public static final String BASIS = ActivityField.BASIS.key();
    public static final String ALLOCATION = ActivityField.ALLOCATION.key();
    public static final String FACTOR_ID = ActivityField.FACTOR_ID.key();
    public static final String DATA_TYPE = ActivityField.DATA_TYPE.key();
    public static final String DATA_SOURCE = ActivityField.DATA_SOURCE.key();
    public static final String NOTES = ActivityField.NOTES.key();
    /** Uncertainty column fields, shared by Activity and Factor rows: the {@link UncertaintyField} keys. */
    public static final String DISTRIBUTION = UncertaintyField.DISTRIBUTION.key();
    public static final String PERCENT = UncertaintyField.PERCENT.key();
    public static final String GSD2 = UncertaintyField.GSD2.key();
    public static final String MIN = UncertaintyField.MIN.key();
    public static final String MODE = UncertaintyField.MODE.key();
    public static final String MAX = UncertaintyField.MAX.key();
    public static final String RELIABILITY = UncertaintyField.RELIABILITY.key();
    public static final String COMPLETENESS = UncertaintyField.COMPLETENESS.key();
    public static final String TEMPORAL = UncertaintyField.TEMPORAL.key();
    public static final String GEOGRAPHICAL = UncertaintyField.GEOGRAPHICAL.key();
    public static final String TECHNOLOGICAL = UncertaintyField.TECHNOLOGICAL.key();
}
