/**
 * Batch orchestration: one worker run over every workbook of a folder in parallel
 * ({@link dev.pcf.batch.BatchRunner}), each outcome recorded ({@link dev.pcf.batch.BatchItem}) without one
 * failure stopping the others, and the summary ({@link dev.pcf.batch.BatchSummary}: the console table and
 * {@code summary.csv}, written by {@link dev.pcf.io.Csv}). What a worker does
 * with one workbook (calculate, write its report) is the caller's: the facade supplies it, so this package
 * knows no pipeline stage.
 */
package dev.pcf.batch;
