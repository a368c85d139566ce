package dev.pcf.render;

import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.util.XRRuntimeException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Writes a {@link PdfDocument} as a PDF/A-3b file: Flying Saucer lays out the XHTML, OpenPDF writes
 * the PDF with the embedded fonts of {@link Fonts}, charts drawn as vectors, workbook pictures, the
 * document information and XMP metadata, and the attachments as PDF/A-3 associated files.
 *
 * <p>For the CSS author: use {@code font-family: "PCF Serif"} (body) and {@code "PCF Sans"}
 * (headings, tables) everywhere, including inside every {@code @page} margin box; place charts with
 * {@code <img src="chart:NAME" style="width:160mm;height:90mm"/>} and pictures with
 * {@code <img src="image:NAME" style="width:…;height:…"/>} (fitted into the box keeping its aspect);
 * give both {@code display:block; page-break-inside:avoid} or Flying Saucer may cut them at a page
 * break. h1–h6 become PDF bookmarks. Tables that repeat their header: {@code table
 * {-fs-table-paginate: paginate} thead {display: table-header-group} tr {page-break-inside: avoid}}.
 * Page footer: {@code @bottom-center {content: "第 " counter(page) " 页 共 " counter(pages) " 页 / Page "
 * counter(page) " of " counter(pages); font-family: "PCF Serif"}}.
 *
 * <p>The output is reproducible: the same document gives the same bytes (dates from
 * {@link PdfDocument.Meta#date()}, the trailer /ID from a hash of the content, font subset tags from a
 * seeded generator). Renders run in parallel over the same parsed fonts, each with a
 * resolver of its own ({@link FontSet}).
 */
public final class PdfRenderer {

    /**
     * The zlib level of the font subsets and page content (the embedded files keep the best): 4 rather than
     * zlib's default 6, whose lazy matching spent ≈ 55 ms of a report's CPU on the four CJK font subsets
     * (1.3 MB, mostly their glyph-location and metrics tables) and the pages for 1.6 % less size; level 4
     * takes ≈ 23 ms and the example's report grows by 11 KB (1.5 %).
     */
    static final int DEFLATE_LEVEL = 4;

    private PdfRenderer() {}

    /**
     * Renders the document and writes the PDF.
     *
     * @param doc the report
     * @param out receives the PDF; not closed
     * @throws IllegalArgumentException if the XHTML is not well-formed or names a chart or image that
     *                                  the document does not have
     * @throws IOException              if writing to {@code out} fails
     */
    public static void write(PdfDocument doc, OutputStream out) throws IOException {
        out.write(render(doc));
    }

    /**
     * Renders the document to bytes (see {@link #write}).
     *
     * @param doc the report
     * @return the PDF file
     * @throws IllegalArgumentException as {@link #write}
     */
    public static byte[] render(PdfDocument doc) {
        byte[] pdf;
        FontSet fonts = FontSet.borrow();
        try {
            fonts.seedSubsetTags(seed(doc.xhtml()));
            ITextRenderer renderer = new ITextRenderer(fonts.resolver());
            renderer.getSharedContext().setReplacedElementFactory(
                    new ReportElements(renderer.getOutputDevice(), doc.charts(), doc.images(), fonts));
            renderer.setListener(new PdfA(doc.meta(), doc.attachments()));
            renderer.getSharedContext().setLineBreakingStrategy(new LineBreaks());
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
            try {
                org.w3c.dom.Document dom = Xhtml.parse(doc.xhtml());
                renderer.setDocument(dom, null, Stylesheets.prune(dom));
                renderer.layout();
                renderer.createPDF(buffer);
            } catch (XRRuntimeException e) {
                throw new IllegalArgumentException("cannot render the report XHTML: " + e.getMessage(), e);
            }
            pdf = buffer.toByteArray();
        } finally {
            fonts.clearSubsetTags();
            FontSet.release(fonts);
        }
        DocumentId.stamp(pdf);
        return pdf;
    }

    /**
     * Writes the report's XHTML (UTF-8) for previewing in a browser ({@code --html}). Charts and
     * pictures appear as broken images there: their {@code src} is resolved only by the PDF writer.
     *
     * @param doc  the report
     * @param file the target file, replaced if it exists
     * @throws IOException if the file cannot be written
     */
    public static void writeHtml(PdfDocument doc, Path file) throws IOException {
        Files.writeString(file, doc.xhtml(), StandardCharsets.UTF_8);
    }

    private static long seed(String xhtml) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = seed << 8 | (h[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
