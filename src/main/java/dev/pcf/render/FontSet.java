package dev.pcf.render;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

import java.awt.Font;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * A Flying Saucer font resolver over the report's four faces, for one render at a time. The parsed faces
 * themselves ({@link Fonts#faces}, ≈ 65 MB) are parsed once per process and shared by every render at once:
 * what a document changes while it is written — the glyphs it uses, its subset fonts — lives in that
 * document's writer, and a subset reads the font's bytes through a reader of its own; only the subset tags
 * come from the font, and those are drawn per thread ({@link SubsetTags}). The resolver is not safe for two
 * documents at once (it caches resolved fonts in a plain map), so each render borrows a set ({@link #borrow})
 * and gives it back ({@link #release}); a set is made whenever none is idle, so renders never wait for one.
 * The subset tags are seeded from the document before each render, so the bytes depend neither on the set
 * nor on the thread.
 */
final class FontSet {
    private static final LinkedBlockingDeque<FontSet> IDLE = new LinkedBlockingDeque<>();

    private final List<Fonts.Face> faces;
    private final ITextFontResolver resolver;

    private FontSet(List<Fonts.Face> faces) {
        this.faces = faces;
        this.resolver = new ITextFontResolver() {
            /**
             * No base-14 fonts: Flying Saucer parses the AFM metrics of all fourteen for every resolver (about 0.1 s
             * of CPU per process, interpreted), and a PDF/A file may not use them anyway (they are not embedded).
             */
            @Override
            protected Map<String, FontFamily> loadFonts() {
                return new HashMap<>();
            }
        };
        for (Fonts.Face f : faces) resolver.addFont(f.pdf(), f.location(), f.family());
    }

    /** A set for one render: an idle one, else a new one over the shared faces. */
    static FontSet borrow() {
        FontSet s = IDLE.pollFirst();
        return s != null ? s : new FontSet(Fonts.faces());
    }

    /** Gives a borrowed set back. */
    static void release(FontSet set) {
        IDLE.addFirst(set);
    }

    List<Fonts.Face> faces() {
        return faces;
    }

    ITextFontResolver resolver() {
        return resolver;
    }


    /**
     * Makes the font-subset tags (the six letters before a font name in the PDF) of this thread's next document
     * a function of {@code seed}, for byte-identical output; {@link #clearSubsetTags} after it.
     */
    void seedSubsetTags(long seed) {
        for (Fonts.Face f : faces) f.tags().seed(seed ^ f.resource().hashCode());
    }

    /** Forgets this thread's subset-tag generators. */
    void clearSubsetTags() {
        for (Fonts.Face f : faces) f.tags().clear();
    }

    /**
     * Maps the AWT fonts of the charts to the embedded PDF fonts (so chart text is real, searchable text); the
     * AWT side, immutable, is shared ({@link Fonts#chartFont}).
     */
    FontMapper chartFontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                boolean serif = font.getFamily(Locale.ROOT).contains("Serif");
                return Fonts.face(serif ? Fonts.SERIF : Fonts.SANS, font.isBold()).pdf();
            }

            @Override
            public Font pdfToAwt(BaseFont font, int size) {
                for (Fonts.Face f : faces) {
                    if (f.pdf() == font) return f.awt().deriveFont((float) size);
                }
                return Fonts.chartFont(false, size);
            }
        };
    }
}
