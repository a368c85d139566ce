package dev.pcf.model;

/**
 * A life-cycle stage, one row of the 生命周期阶段 Stages sheet, in report order.
 *
 * @param code                stage code referenced from Activity, e.g. {@code RAW}
 * @param name                stage name
 * @param included            whether the stage is inside the system boundary
 * @param includedProcesses   processes included in the stage
 * @param excludedProcesses   processes excluded from the stage
 * @param cells               where the row was read
 */
public record Stage(String code, Text name, boolean included, Text includedProcesses,
                    Text excludedProcesses, RowCells cells) {
    public static final String CODE = "code";
    public static final String NAME_ZH = "nameZh";
    public static final String NAME_EN = "nameEn";
    public static final String INCLUDED = "included";
    public static final String INCLUDED_PROCESSES = "includedProcesses";
    public static final String EXCLUDED_PROCESSES = "excludedProcesses";
}
