package dev.pcf.render;

import dev.pcf.report.ChartSpec;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart in the layout: a box of the CSS size in which the chart is drawn as vectors into a PDF form
 * XObject through OpenPDF's {@code PdfGraphics2D}, with its text in the embedded fonts.
 */
final class ChartElement extends BoxElement {

    private final ChartSpec spec;
    private final FontSet fonts;

    /** {@code width} and {@code height} in Flying Saucer device units (dots); text in the render's {@code fonts}. */
    ChartElement(ChartSpec spec, int width, int height, FontSet fonts) {
        super(width, height);
        this.fonts = fonts;
        this.spec = spec;
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice device, BlockBox box) {
        Rectangle2D.Float area = pdfArea(c, device, box);
        float w = area.width;
        float h = area.height;
        PdfContentByte cb = device.getCurrentPage();
        PdfTemplate template = cb.createTemplate(w, h);
        Graphics2D g2 = template.createGraphics(w, h, fonts.chartFontMapper());
        try {
            ChartPainter.draw(spec, g2, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g2.dispose();
        }
        cb.addTemplate(template, area.x, area.y);
    }
}
