package dev.pcf.render;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfAppearance;
import org.openpdf.text.pdf.PdfFormField;
import org.openpdf.text.pdf.PdfWriter;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

import java.awt.Point;
import java.util.Set;

/**
 * An empty PDF signature field in the layout ({@code <img src="sigfield:NAME">}): a box of the CSS
 * size where an AcroForm signature field NAME is placed, printable, with an empty appearance (so the
 * unsigned file stays PDF/A), for {@code pcf sign --field NAME} to fill.
 */
final class SignatureFieldElement implements ITextReplacedElement {

    private final String name;
    private final int width;
    private final int height;
    private final Set<String> placed;
    private final Point location = new Point(0, 0);

    /**
     * @param name   the field name
     * @param placed names already placed in this document (a field is placed once, even if painted twice)
     */
    SignatureFieldElement(String name, int width, int height, Set<String> placed) {
        this.name = name;
        this.width = width;
        this.height = height;
        this.placed = placed;
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice device, BlockBox box) {
        if (!placed.add(name)) return;
        float dpp = device.getDotsPerPoint();
        java.awt.Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        PageBox page = c.getPage();
        float w = content.width / dpp;
        float h = content.height / dpp;
        float x = (content.x + page.getMarginBorderPadding(c, CalculatedStyle.Edge.LEFT)) / dpp;
        float y = (page.getBottom() - (content.y + content.height)
                + page.getMarginBorderPadding(c, CalculatedStyle.Edge.BOTTOM)) / dpp;
        PdfWriter writer = device.getWriter();
        PdfFormField field = PdfFormField.createSignature(writer);
        field.setFieldName(name);
        field.setWidget(new Rectangle(x, y, x + w, y + h), null);
        field.setFlags(PdfAnnotation.FLAGS_PRINT);
        PdfAppearance empty = PdfAppearance.createAppearance(writer, w, h);
        field.setAppearance(PdfAnnotation.APPEARANCE_NORMAL, empty);
        writer.addAnnotation(field);
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
