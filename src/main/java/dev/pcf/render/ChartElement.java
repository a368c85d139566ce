package dev.pcf.render;

import dev.pcf.report.ChartSpec;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;

/**
 * A chart in the layout: a box of the CSS size in which the chart is drawn as vectors into a PDF form
 * XObject through OpenPDF's {@code PdfGraphics2D}, with its text in the embedded fonts.
 */
final class ChartElement implements ITextReplacedElement {

    private final ChartSpec spec;
    private final int width;
    private final int height;
    private final Point location = new Point(0, 0);

    /** {@code width} and {@code height} in Flying Saucer device units (dots). */
    ChartElement(ChartSpec spec, int width, int height) {
        this.spec = spec;
        this.width = width;
        this.height = height;
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice device, BlockBox box) {
        float dpp = device.getDotsPerPoint();
        Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        PageBox page = c.getPage();
        float w = content.width / dpp;
        float h = content.height / dpp;
        float x = (content.x + page.getMarginBorderPadding(c, CalculatedStyle.Edge.LEFT)) / dpp;
        float y = (page.getBottom() - (content.y + content.height)
                + page.getMarginBorderPadding(c, CalculatedStyle.Edge.BOTTOM)) / dpp;
        PdfContentByte cb = device.getCurrentPage();
        PdfTemplate template = cb.createTemplate(w, h);
        Graphics2D g2 = template.createGraphics(w, h, Fonts.chartFontMapper());
        try {
            ChartPainter.draw(spec, g2, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g2.dispose();
        }
        cb.addTemplate(template, x, y);
    }

    @Override
    public int getIntrinsicWidth() {
        return width;
    }

    @Override
    public int getIntrinsicHeight() {
        return height;
    }

    @Override
    public Point getLocation() {
        return new Point(location);
    }

    @Override
    public void setLocation(int x, int y) {
        location.setLocation(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
        // nothing held
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    @Override
    public boolean hasBaseline() {
        return false;
    }

    @Override
    public int getBaseline() {
        return 0;
    }
}
