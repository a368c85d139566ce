package dev.pcf.render;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfAppearance;
import org.openpdf.text.pdf.PdfFormField;
import org.openpdf.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

import java.awt.geom.Rectangle2D;
import java.util.Set;

/**
 * An empty PDF signature field in the layout ({@code <img src="sigfield:NAME">}): a box of the CSS
 * size where an AcroForm signature field NAME is placed, printable, with an empty appearance (so the
 * unsigned file stays PDF/A), for {@code pcf sign --field NAME} to fill.
 */
final class SignatureFieldElement extends BoxElement {

    private final String name;
    private final Set<String> placed;

    /**
     * @param name   the field name
     * @param placed names already placed in this document (a field is placed once, even if painted twice)
     */
    SignatureFieldElement(String name, int width, int height, Set<String> placed) {
        super(width, height);
        this.name = name;
        this.placed = placed;
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice device, BlockBox box) {
        if (!placed.add(name)) return;
        Rectangle2D.Float a = pdfArea(c, device, box);
        PdfWriter writer = device.getWriter();
        PdfFormField field = PdfFormField.createSignature(writer);
        field.setFieldName(name);
        field.setWidget(new Rectangle(a.x, a.y, a.x + a.width, a.y + a.height), null);
        field.setFlags(PdfAnnotation.FLAGS_PRINT);
        field.setAppearance(PdfAnnotation.APPEARANCE_NORMAL, PdfAppearance.createAppearance(writer, a.width, a.height));
        writer.addAnnotation(field);
    }
}
