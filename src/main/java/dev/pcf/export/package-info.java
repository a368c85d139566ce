/**
 * Machine-readable outputs of a calculated footprint: the PACT ProductFootprint JSON
 * ({@link dev.pcf.export.PactExporter}, Technical Specifications v3.0 and v2.3), the results
 * workbook for verifiers ({@link dev.pcf.export.ResultsWorkbookWriter}, Apache POI), and the
 * batch runner over a folder of workbooks ({@link dev.pcf.export.BatchRunner}). Jackson is
 * confined to this package; POI is shared only with the workbook-side packages
 * ({@code dev.pcf.reader}, {@code dev.pcf.template}, {@code dev.pcf.annotate}, {@code dev.pcf.examples}).
 */
package dev.pcf.export;
