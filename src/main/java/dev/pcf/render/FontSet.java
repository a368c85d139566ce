package dev.pcf.render;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.xhtmlrenderer.pdf.ITextFontResolver;

import java.awt.Font;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * One independent copy of the report's four parsed faces with its Flying Saucer resolver. A parsed
 * OpenPDF font is not safe for two documents at once (it reads its glyphs through one file pointer and
 * draws subset tags from one generator), so each render borrows a whole set ({@link #borrow}) and gives it
 * back ({@link #release}): renders run in parallel, one per set. Sets are made on demand, at most one per
 * processor (≈ 65 MB each); the first is {@link Fonts}' own. The subset tags are seeded from the document
 * before each render, so the bytes do not depend on which set rendered it.
 */
final class FontSet {
    private static final int MAX = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final LinkedBlockingDeque<FontSet> IDLE = new LinkedBlockingDeque<>();
    private static int created;

    private final List<Fonts.Face> faces;
    private final ITextFontResolver resolver;

    private FontSet(List<Fonts.Face> faces) {
        this.faces = faces;
        this.resolver = new ITextFontResolver();
        for (Fonts.Face f : faces) resolver.addFont(f.pdf(), f.location(), f.family());
    }

    /** Parses the four faces (about half a second of CPU). */
    static FontSet load() {
        return new FontSet(List.of(
                Fonts.load(Fonts.SERIF, false, Fonts.SERIF_REGULAR),
                Fonts.load(Fonts.SERIF, true, "NotoSerifSC-Bold.ttf"),
                Fonts.load(Fonts.SANS, false, Fonts.SANS_REGULAR),
                Fonts.load(Fonts.SANS, true, "NotoSansSC-Bold.ttf")));
    }

    /** A set for one render: an idle one, a new one while there are fewer than processors, else the next returned. */
    static FontSet borrow() {
        FontSet s = IDLE.pollFirst();
        if (s != null) return s;
        int number = 0;
        synchronized (IDLE) {
            if (created < MAX) number = ++created;
        }
        if (number == 1) return Fonts.primary();
        if (number > 1) return load();
        try {
            return IDLE.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the fonts", e);
        }
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

    /** The face for a family and weight. */
    Fonts.Face face(String family, boolean bold) {
        for (Fonts.Face f : faces) {
            if (f.family().equals(family) && f.bold() == bold) return f;
        }
        throw new IllegalArgumentException("no font " + family + (bold ? " bold" : ""));
    }

    /**
     * Makes the font-subset tags (the six letters before a font name in the PDF) a function of
     * {@code seed}, for byte-identical output.
     */
    void seedSubsetTags(long seed) {
        for (Fonts.Face f : faces) {
            try {
                SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
                random.setSeed(seed ^ f.resource().hashCode());
                f.pdf().setSecureRandom(random);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA1PRNG is a required JDK algorithm", e);
            }
        }
    }

    /**
     * Maps the AWT fonts of the charts to this set's embedded PDF fonts (so chart text is real, searchable
     * text); the AWT side, immutable, is shared ({@link Fonts#chartFont}).
     */
    FontMapper chartFontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                boolean serif = font.getFamily(Locale.ROOT).contains("Serif");
                return face(serif ? Fonts.SERIF : Fonts.SANS, font.isBold()).pdf();
            }

            @Override
            public Font pdfToAwt(BaseFont font, int size) {
                for (Fonts.Face f : faces) {
                    if (f.pdf() == font) return Fonts.primary().face(f.family(), f.bold()).awt().deriveFont((float) size);
                }
                return Fonts.chartFont(false, size);
            }
        };
    }
}
