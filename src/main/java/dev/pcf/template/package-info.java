/**
 * The blank standard workbook: {@link dev.pcf.template.TemplateWriter} writes it from
 * {@link dev.pcf.workbook.Schema} with its bilingual Guide sheet ({@code guide.txt}), a help
 * comment on every header, ★ on required columns, styled input rows, dropdowns and the factor
 * library prefilled ({@code factor-library.csv}). Output is byte-reproducible
 * ({@link dev.pcf.template.Xlsx}: fixed document properties and zip timestamps), so the committed
 * {@code workbook-templates/pcf-template.xlsx} changes only when its content does.
 * {@link dev.pcf.template.Cells} holds the cell helpers the example workbooks share. Apache POI; the
 * factor library is read by {@link dev.pcf.io.Csv}.
 */
package dev.pcf.template;
