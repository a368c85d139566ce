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
    public static final String STAGE = "stage";
    public static final String ITEM_ZH = "itemZh";
    public static final String ITEM_EN = "itemEn";
    public static final String AMOUNT = "amount";
    public static final String UNIT = "unit";
    public static final String BASIS = "basis";
    public static final String ALLOCATION = "allocation";
    public static final String FACTOR_ID = "factorId";
    public static final String DATA_TYPE = "dataType";
    public static final String DATA_SOURCE = "dataSource";
    public static final String NOTES = "notes";
    /** Uncertainty column fields, shared by Activity and Factor rows. */
    public static final String DISTRIBUTION = "distribution";
    public static final String PERCENT = "percent";
    public static final String GSD2 = "gsd2";
    public static final String MIN = "min";
    public static final String MODE = "mode";
    public static final String MAX = "max";
    public static final String RELIABILITY = "reliability";
    public static final String COMPLETENESS = "completeness";
    public static final String TEMPORAL = "temporal";
    public static final String GEOGRAPHICAL = "geographical";
    public static final String TECHNOLOGICAL = "technological";
}
