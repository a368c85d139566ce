package dev.pcf.render;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;

/**
 * A replaced element of a fixed size that paints itself into the PDF (a chart, a signature field):
 * the size and location bookkeeping Flying Saucer asks for, and where the box lies on the PDF page.
 */
abstract class BoxElement implements ITextReplacedElement {
    private final int width;
    private final int height;
    private final Point location = new Point(0, 0);

    /** {@code width} and {@code height} in Flying Saucer device units (dots). */
    BoxElement(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The box's content area on the current PDF page, in points from the page's lower left corner. */
    static Rectangle2D.Float pdfArea(RenderingContext c, ITextOutputDevice device, BlockBox box) {
        float dpp = device.getDotsPerPoint();
        Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        PageBox page = c.getPage();
        float x = (content.x + page.getMarginBorderPadding(c, CalculatedStyle.Edge.LEFT)) / dpp;
        float y = (page.getBottom() - (content.y + content.height)
                + page.getMarginBorderPadding(c, CalculatedStyle.Edge.BOTTOM)) / dpp;
        return new Rectangle2D.Float(x, y, content.width / dpp, content.height / dpp);
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
