/**
 * How pcf writes files: atomically ({@link dev.pcf.io.AtomicFile}: a temporary file beside the target,
 * moved into place only when complete; a file-system failure becomes an
 * {@link dev.pcf.model.OutputException} naming the target) and safely for spreadsheets
 * ({@link dev.pcf.io.SafeText}: the formula-injection guard of the CSV and results workbook); and
 * the small CSV files pcf reads and writes ({@link dev.pcf.io.Csv}: the GWP table, the factor
 * library, summary.csv), the one package using Apache Commons CSV.
 */
package dev.pcf.io;
