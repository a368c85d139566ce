package dev.pcf.render;

import dev.pcf.report.ChartSpec;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextImageElement;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

import java.io.IOException;
import java.util.Map;

/**
 * Resolves {@code <img src="chart:NAME">} to a vector {@link ChartElement} and {@code <img src="image:NAME">}
 * to the picture bytes of the document; everything else goes to Flying Saucer's own factory.
 */
final class ReportElements implements ReplacedElementFactory {

    static final String CHART = "chart:";
    static final String IMAGE = "image:";
    static final String SIGNATURE_FIELD = "sigfield:";

    /** Chart size when the CSS gives none: 160 mm × 90 mm, in points. */
    private static final float DEFAULT_WIDTH_PT = 160 * 72 / 25.4f;
    private static final float DEFAULT_ASPECT = 9 / 16f;

    private final ITextReplacedElementFactory fallback;
    private final float dotsPerPoint;
    private final Map<String, ChartSpec> charts;
    private final Map<String, byte[]> images;
    private final FontSet fonts;
    private final java.util.Set<String> signatureFields = new java.util.HashSet<>();
    /**
     * The pictures read so far, by name: Flying Saucer asks for a picture again each time it lays its box out anew
     * (the example's photo three times, at page breaks), and reading one checks its PNG data by inflating it.
     * {@link ITextFSImage#scale} scales a copy, so one read serves every request.
     */
    private final Map<String, Image> pictures = new java.util.HashMap<>();

    ReportElements(ITextOutputDevice device, Map<String, ChartSpec> charts, Map<String, byte[]> images, FontSet fonts) {
        this.fonts = fonts;
        this.fallback = new ITextReplacedElementFactory(device);
        this.dotsPerPoint = device.getDotsPerPoint();
        this.charts = charts;
        this.images = images;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac,
                                                 int cssWidth, int cssHeight) {
        Element e = box.getElement();
        if (e != null && "img".equals(e.getNodeName())) {
            String src = e.getAttribute("src");
            if (src.startsWith(CHART)) {
                return chart(src.substring(CHART.length()), cssWidth, cssHeight);
            }
            if (src.startsWith(SIGNATURE_FIELD)) {
                int w = cssWidth > 0 ? cssWidth : Math.round(60 * 72 / 25.4f * dotsPerPoint);
                int h = cssHeight > 0 ? cssHeight : Math.round(w * 0.4f);
                return new SignatureFieldElement(src.substring(SIGNATURE_FIELD.length()), w, h, signatureFields);
            }
            if (src.startsWith(IMAGE)) {
                return image(src.substring(IMAGE.length()), cssWidth, cssHeight, c.getDotsPerPixel());
            }
        }
        return fallback.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    private ReplacedElement chart(String name, int cssWidth, int cssHeight) {
        ChartSpec spec = charts.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("the report refers to chart \"" + name + "\", which it does not have; it has "
                    + charts.keySet().stream().sorted().toList());
        }
        int w = cssWidth > 0 ? cssWidth : cssHeight > 0 ? Math.round(cssHeight / DEFAULT_ASPECT)
                : Math.round(DEFAULT_WIDTH_PT * dotsPerPoint);
        int h = cssHeight > 0 ? cssHeight : Math.round(w * DEFAULT_ASPECT);
        return new ChartElement(spec, w, h, fonts);
    }

    private ReplacedElement image(String name, int cssWidth, int cssHeight, int dotsPerPixel) {
        byte[] bytes = images.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("the report refers to picture \"" + name + "\", which it does not have; it has "
                    + images.keySet().stream().sorted().toList());
        }
        Image image = pictures.get(name);
        if (image == null) {
            try {
                image = Pictures.read(bytes);
            } catch (BadElementException | IOException e) {
                throw new IllegalArgumentException("picture \"" + name + "\" is not a readable PNG or JPEG: " + e.getMessage(), e);
            }
            pictures.put(name, image);
        }
        float iw = image.getPlainWidth();
        float ih = image.getPlainHeight();
        float scale;
        if (cssWidth > 0 && cssHeight > 0) {
            scale = Math.min(cssWidth / iw, cssHeight / ih);     // fit inside the box, keep the aspect
        } else if (cssWidth > 0) {
            scale = cssWidth / iw;
        } else if (cssHeight > 0) {
            scale = cssHeight / ih;
        } else {
            scale = dotsPerPixel;
        }
        int w = Math.max(1, Math.round(iw * scale));
        int h = Math.max(1, Math.round(ih * scale));
        return new ITextImageElement(new ITextFSImage(image).scale(w, h));
    }

    @Override
    public void reset() {
        fallback.reset();
    }

    @Override
    public void remove(Element e) {
        fallback.remove(e);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        fallback.setFormSubmissionListener(listener);
    }
}
