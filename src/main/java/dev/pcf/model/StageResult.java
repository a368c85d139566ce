package dev.pcf.model;

/**
 * A stage's deterministic result.
 *
 * @param stage  the stage
 * @param kgco2e kg CO2e per functional unit
 * @param share  fraction of the total (0–1), from unrounded values; 0 when the total is 0
 */
public record StageResult(Stage stage, double kgco2e, double share) {}
