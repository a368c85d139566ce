/**
 * Reading the standard PCF workbook: {@link dev.pcf.reader.WorkbookReader} turns an {@code .xlsx},
 * {@code .xlsm} or {@code .xls} file into a {@link dev.pcf.model.PcfWorkbook}.
 * <p>
 * Files come from outside: {@link dev.pcf.reader.SafeOpen} opens them within
 * {@link dev.pcf.reader.Limits} (format by content, no encrypted files, zip/XML bombs refused,
 * sheets pre-scanned before POI builds its model; formulas never evaluated, macros never run).
 * An .xlsx without formulas is read from that streaming pass alone ({@link dev.pcf.reader.Grid}),
 * without POI's in-memory model; the sheet readers see either through {@link dev.pcf.reader.Page}.
 * Sheets and columns are found by their Chinese or English names ({@link dev.pcf.workbook.Schema},
 * {@link dev.pcf.reader.Headers}), never by position; numbers may be numeric cells, cached formula
 * results or text such as {@code "1,234.5"} and {@code "12.5%"}. Every problem is collected with
 * its cell ({@code '活动数据 Activity'!D7: 数量 Amount must be a number, found "abc"}) and returned
 * in a {@link dev.pcf.reader.Reading}, or thrown at once as an {@link dev.pcf.model.InputException}.
 * Rows in error are left out of the workbook, so the calculation never reports them a second time.
 * <p>
 * The package knows the workbook's layout and vocabulary, not the carbon arithmetic: units are
 * kept as written and converted by {@code dev.pcf.calc}. Apache POI is used here and in the
 * other workbook-side packages ({@code template}, {@code annotate}, {@code examples}) and
 * {@code export}'s results workbook only.
 */
package dev.pcf.reader;
