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
    /** Keys of the fields in {@link #cells()}: the {@link StageField} keys, kept as constants for brevity. */
    public static final String CODE = StageField.CODE.key();
    public static final String NAME_ZH = StageField.NAME_ZH.key();
    public static final String NAME_EN = StageField.NAME_EN.key();
    public static final String INCLUDED = StageField.INCLUDED.key();
    public static final String INCLUDED_PROCESSES = StageField.INCLUDED_PROCESSES.key();
    public static final String EXCLUDED_PROCESSES = StageField.EXCLUDED_PROCESSES.key();
    public static final String INCLUDED_PROCESSES_EN = StageField.INCLUDED_PROCESSES_EN.key();
    public static final String EXCLUDED_PROCESSES_EN = StageField.EXCLUDED_PROCESSES_EN.key();
}
