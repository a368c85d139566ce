package dev.pcf.sign;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The visible appearance of a signature in its field: the seal image (when given) on the left,
 * fitted to the field's height, and beside it who signed, when, why and where, in an embedded
 * subset of the report's sans-serif font (PDF/A needs every font embedded).
 */
final class SealAppearance {
    private SealAppearance() {}

    /** The report's sans-serif font, on the class path. */
    static final String FONT = "/fonts/NotoSansSC-Regular.ttf";
    private static final float FONT_SIZE = 6.5f;
    private static final float PAD = 2f;

    /**
     * The appearance dictionary for a field of {@code rect}'s size.
     *
     * @param image the seal (PNG or JPEG bytes), or null
     * @param lines the text lines, first one set in bold weight by size
     */
    static PDAppearanceDictionary create(PDDocument doc, PDRectangle rect, byte[] image, List<String> lines)
            throws IOException {
        float w = rect.getWidth();
        float h = rect.getHeight();
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(w, h));
        stream.setResources(new PDResources());
        PDType0Font font;
        try (InputStream in = SealAppearance.class.getResourceAsStream(FONT)) {
            if (in == null) throw new IllegalStateException("missing font resource " + FONT);
            font = PDType0Font.load(doc, in, true);
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
            float textX = PAD;
            if (image != null) {
                PDImageXObject img = PDImageXObject.createFromByteArray(doc, image, "seal");
                float scale = Math.min((h - 2 * PAD) / img.getHeight(), (w * 0.45f) / img.getWidth());
                float iw = img.getWidth() * scale;
                float ih = img.getHeight() * scale;
                cs.drawImage(img, PAD, (h - ih) / 2, iw, ih);
                textX = PAD + iw + 2 * PAD;
            }
            float maxWidth = w - textX - PAD;
            List<String> fitted = new ArrayList<>();
            for (String l : lines) fitted.addAll(wrap(font, l, maxWidth));
            float leading = FONT_SIZE * 1.3f;
            float y = Math.min(h - PAD - FONT_SIZE, (h + leading * fitted.size()) / 2 - FONT_SIZE);
            cs.setNonStrokingColor(0.1f, 0.1f, 0.35f);
            for (String line : fitted) {
                if (y < PAD) break;
                cs.beginText();
                cs.setFont(font, FONT_SIZE);
                cs.newLineAtOffset(textX, y);
                cs.showText(line);
                cs.endText();
                y -= leading;
            }
        }
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(stream);
        return ap;
    }

    /** Whether the font has a glyph for the character (a missing one is shown as ?). */
    private static boolean canShow(PDType0Font font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Splits a line into pieces no wider than {@code max} points (at any character: CJK has no spaces). */
    private static List<String> wrap(PDType0Font font, String text, float max) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            String glyph = canShow(font, ch) ? ch : "?";
            if (!line.isEmpty() && font.getStringWidth(line + glyph) / 1000 * FONT_SIZE > max) {
                // break after the last space when there is one (Latin words stay whole), else here (CJK)
                int space = line.lastIndexOf(" ");
                String rest = space > 0 ? line.substring(space + 1) : "";
                out.add(space > 0 ? line.substring(0, space) : line.toString());
                line.setLength(0);
                line.append(rest);
            }
            line.append(glyph);
            i += Character.charCount(cp);
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }
}
