/**
 * Machine-readable outputs of a calculated footprint: the PACT ProductFootprint JSON
 * ({@link dev.pcf.export.PactExporter}, Technical Specifications v3.0 and v2.3), the {@code pcf-result/1}
 * JSON ({@link dev.pcf.export.ResultJson}), the {@code pcf-compare/1} JSON of a comparison
 * ({@link dev.pcf.export.CompareJson}) and the results workbook for verifiers
 * ({@link dev.pcf.export.ResultsWorkbookWriter}, Apache POI). Jackson is confined to this package; POI is
 * shared only with the workbook-side packages ({@code dev.pcf.reader}, {@code dev.pcf.template},
 * {@code dev.pcf.annotate}, {@code dev.pcf.examples}).
 */
package dev.pcf.export;
