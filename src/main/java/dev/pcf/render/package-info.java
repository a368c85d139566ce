/**
 * Rendering: the report's XHTML to a PDF/A-3b file with Flying Saucer and OpenPDF, embedded CJK fonts
 * ({@link dev.pcf.render.Fonts}), charts drawn as vectors with JFreeChart, attachments as associated
 * files. Entry point: {@link dev.pcf.render.PdfRenderer#write}. The only package importing these libraries.
 */
package dev.pcf.render;
