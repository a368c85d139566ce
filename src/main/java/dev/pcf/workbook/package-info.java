/**
 * The standard PCF workbook ({@code workbook-contract.md} v1), in both directions, and the only
 * package that uses Apache POI.
 * <ul>
 *   <li>Reading: {@link dev.pcf.workbook.WorkbookReader} turns an {@code .xlsx}, {@code .xlsm} or
 *       {@code .xls} file into a {@link dev.pcf.model.PcfWorkbook}. Sheets and columns are found by
 *       their Chinese or English names ({@link dev.pcf.workbook.Schema}, {@code Headers}), never by
 *       position; numbers may be numeric cells, evaluated formulas or text such as {@code "1,234.5"}
 *       and {@code "12.5%"}. Every problem is collected with its cell
 *       ({@code '活动数据 Activity'!D7: 数量 Amount must be a number, found "abc"}) and returned in a
 *       {@link dev.pcf.workbook.Reading}, or thrown at once as an
 *       {@link dev.pcf.model.InputException}. Rows in error are left out of the workbook, so the
 *       calculation never reports them a second time.</li>
 *   <li>Writing: the blank bilingual template with its guide, header help, dropdowns and factor
 *       library ({@code TemplateWriter}), and the filled example workbooks JX0317-D30 and SC-120
 *       ({@link dev.pcf.workbook.Examples}); {@link dev.pcf.workbook.Regenerate} rewrites the
 *       committed copies under {@code workbook-templates/}.</li>
 * </ul>
 * The package knows the workbook's layout and vocabulary, not the carbon arithmetic: units are
 * kept as written and converted by {@code dev.pcf.calc}.
 */
package dev.pcf.workbook;
