package dev.pcf.model;

/** The distribution named in a row's 不确定性分布 Distribution column. */
public enum DistributionType {
    NONE, NORMAL, LOGNORMAL, TRIANGULAR, UNIFORM;

    /** The word written in the workbook. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
