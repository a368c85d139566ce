/**
 * Batch orchestration: one worker run over every workbook of a folder in parallel
 * ({@link dev.pcf.batch.BatchRunner}), each outcome recorded ({@link dev.pcf.batch.BatchItem}) without one
 * failure stopping the others, and the summary ({@link dev.pcf.batch.BatchSummary}: the console table and
 * {@code summary.csv}, written with Apache Commons CSV; calc and template read their tables with it too,
 * the documented exception to one library per package, see {@link dev.pcf.calc}). What a worker does
 * with one workbook (calculate, write its report) is the caller's: the facade supplies it, so this package
 * knows no pipeline stage.
 */
package dev.pcf.batch;
