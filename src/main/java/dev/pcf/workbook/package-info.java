/**
 * The layout of the standard PCF workbook ({@code workbook-contract.md} v1) as plain data, shared
 * by every package that reads or writes it: {@link dev.pcf.workbook.Schema} lists the sheets, the
 * columns of each data sheet and the Report sheet's fields with their bilingual names, help, kind
 * of value and choice lists, built from the field enums of {@code dev.pcf.model}. No library:
 * the POI side lives in the packages that use it.
 * <ul>
 *   <li>{@code dev.pcf.reader}: reads a company's workbook into a {@link dev.pcf.model.PcfWorkbook}.</li>
 *   <li>{@code dev.pcf.template}: writes the blank template.</li>
 *   <li>{@code dev.pcf.annotate}: writes a company's workbook back with its problems marked.</li>
 *   <li>{@code dev.pcf.examples}: the filled example workbooks.</li>
 * </ul>
 */
package dev.pcf.workbook;
