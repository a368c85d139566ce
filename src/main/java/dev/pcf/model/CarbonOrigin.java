package dev.pcf.model;

/**
 * Carbon origin of an emission or removal, reported separately as ISO 14067 requires.
 * Every origin counts in the total; the report shows each one, zeros included.
 */
public enum CarbonOrigin {
    FOSSIL("fossil", "fossil"),
    BIOGENIC("biogenic", "biogenic"),
    BIOGENIC_REMOVAL("biogenic-removal", "biogenic_removal"),
    DLUC("dLUC", "dluc"),
    AIRCRAFT("aircraft", "aircraft");

    private final String code;
    private final String jsonKey;

    CarbonOrigin(String code, String jsonKey) {
        this.code = code;
        this.jsonKey = jsonKey;
    }

    /** The value written in the workbook's 碳类型 Carbon origin column. */
    public String code() {
        return code;
    }

    /** The key of {@code by_origin} in {@code pcf calc --json}. */
    public String jsonKey() {
        return jsonKey;
    }
}
