package dev.pcf.render;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.xhtmlrenderer.pdf.ITextFontResolver;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;

/**
 * The report's fonts, loaded once per JVM from the repository's {@code fonts/} folder or the classpath
 * ({@link FontFiles}; built by {@code fonts/build.sh}): Noto Serif CJK SC (Song style, body text) and Noto Sans CJK SC (Hei style,
 * headings), Regular and Bold, as static TrueType fonts.
 *
 * <p>CSS uses them by the family names {@link #SERIF} ({@code "PCF Serif"}) and {@link #SANS}
 * ({@code "PCF Sans"}); {@code font-weight: bold} selects the Bold face. Any other family name falls
 * back to a non-embedded PDF base font, which breaks PDF/A and has no Chinese glyphs.
 */
public final class Fonts {

    /** CSS font-family of the Song/serif face for body text. */
    public static final String SERIF = "PCF Serif";
    /** CSS font-family of the Hei/sans face for headings, tables and charts. */
    public static final String SANS = "PCF Sans";

    private static final String DIR = "fonts/";
    /** File of the regular body (serif) face. */
    static final String SERIF_REGULAR = "NotoSerifSC-Regular.ttf";
    /** File of the regular heading (sans) face. */
    static final String SANS_REGULAR = "NotoSansSC-Regular.ttf";

    /** One face: its CSS family, weight, file and the parsed PDF font; the AWT font (charts only) on first use. */
    static final class Face {
        private final String family;
        private final boolean bold;
        private final String resource;
        private final BaseFont pdf;
        private final byte[] bytes;
        private Font awt;

        Face(String family, boolean bold, String resource, BaseFont pdf, byte[] bytes) {
            this.family = family;
            this.bold = bold;
            this.resource = resource;
            this.pdf = pdf;
            this.bytes = bytes;
        }

        String family() {
            return family;
        }

        boolean bold() {
            return bold;
        }

        String resource() {
            return resource;
        }

        BaseFont pdf() {
            return pdf;
        }

        /** The AWT font, parsed on first use (charts use the sans faces only). */
        synchronized Font awt() {
            if (awt == null) {
                try {
                    awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read font " + resource, e);
                } catch (FontFormatException e) {
                    throw new IllegalStateException("font " + resource + " is not a TrueType font", e);
                }
            }
            return awt;
        }
    }

    private static final class Holder {
        static {
            // charts and font metrics need no display; without this AWT may look for one
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true");
            }
        }

        static final List<Face> FACES = List.of(
                load(SERIF, false, SERIF_REGULAR),
                load(SERIF, true, "NotoSerifSC-Bold.ttf"),
                load(SANS, false, SANS_REGULAR),
                load(SANS, true, "NotoSansSC-Bold.ttf"));
        static final ITextFontResolver RESOLVER = buildResolver();
    }

    private Fonts() {}

    /** The four faces, parsed on first use (about a second: four 12 MB fonts). */
    static List<Face> faces() {
        return Holder.FACES;
    }

    /**
     * The Flying Saucer font resolver with the faces registered under {@link #SERIF} and {@link #SANS}.
     * Shared by all renders: callers serialise rendering (see {@link PdfRenderer}).
     */
    static ITextFontResolver resolver() {
        return Holder.RESOLVER;
    }

    private static ITextFontResolver buildResolver() {
        ITextFontResolver resolver = new ITextFontResolver();
        for (Face f : Holder.FACES) {
            resolver.addFont(f.pdf(), f.resource(), f.family());
        }
        return resolver;
    }

    /** The face for a family and weight. */
    static Face face(String family, boolean bold) {
        for (Face f : faces()) {
            if (f.family().equals(family) && f.bold() == bold) {
                return f;
            }
        }
        throw new IllegalArgumentException("no font " + family + (bold ? " bold" : ""));
    }

    /**
     * Makes the font-subset tags (the six letters before a font name in the PDF) a function of
     * {@code seed}, for byte-identical output.
     */
    static void seedSubsetTags(long seed) {
        for (Face f : faces()) {
            try {
                SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
                random.setSeed(seed ^ f.resource().hashCode());
                f.pdf().setSecureRandom(random);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA1PRNG is a required JDK algorithm", e);
            }
        }
    }

    /** Maps the AWT fonts used in charts to the embedded PDF fonts (so chart text is real, searchable text). */
    static FontMapper chartFontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                boolean serif = font.getFamily(java.util.Locale.ROOT).contains("Serif");
                return face(serif ? SERIF : SANS, font.isBold()).pdf();
            }

            @Override
            public Font pdfToAwt(BaseFont font, int size) {
                for (Face f : faces()) {
                    if (f.pdf() == font) {
                        return f.awt().deriveFont((float) size);
                    }
                }
                return face(SANS, false).awt().deriveFont((float) size);
            }
        };
    }

    /** An AWT font of the sans face (for chart text), {@code size} in points. */
    static Font chartFont(boolean bold, float size) {
        return face(SANS, bold).awt().deriveFont(size);
    }

    private static Face load(String family, boolean bold, String file) {
        String resource = DIR + file;
        try {
            byte[] bytes = FontFiles.read(file);
            BaseFont pdf = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            pdf.setIncludeCidSet(false); // a CIDSet breaks PDF/A-2b/3b validation
            pdf.setSubset(true);
            return new Face(family, bold, resource, pdf, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
