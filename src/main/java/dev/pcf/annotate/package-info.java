/**
 * The company's own workbook given back with its problems marked:
 * {@link dev.pcf.annotate.Annotator} highlights and comments (中文/English, with a hint of what to
 * enter) every cell a problem names and adds a first sheet listing all problems with links
 * ({@code pcf validate --annotate}). Opens the workbook through {@code dev.pcf.reader.SafeOpen};
 * a legacy {@code .xls} is copied into {@code .xlsx} first. Apache POI.
 */
package dev.pcf.annotate;
