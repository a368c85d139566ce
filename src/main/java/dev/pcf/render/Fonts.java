package dev.pcf.render;

import org.openpdf.text.pdf.BaseFont;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        private final String location;
        private final BaseFont pdf;
        private final byte[] bytes;
        private final SubsetTags tags;
        private Font awt;

        Face(String family, boolean bold, String resource, String location, BaseFont pdf, byte[] bytes, SubsetTags tags) {
            this.location = location;
            this.family = family;
            this.bold = bold;
            this.resource = resource;
            this.pdf = pdf;
            this.bytes = bytes;
            this.tags = tags;
        }

        String family() {
            return family;
        }

        boolean bold() {
            return bold;
        }

        /** The font's name as a classpath resource, {@code fonts/NAME.ttf}: the same wherever the file is. */
        String resource() {
            return resource;
        }

        /**
         * Where Flying Saucer reads the font's description: the absolute path of the file, or the classpath
         * resource when the fonts are on the classpath.
         */
        String location() {
            return location;
        }

        /** The parsed PDF font, shared by every render at once (see {@link FontSet}). */
        BaseFont pdf() {
            return pdf;
        }

        /** The source of the font's subset tags, seeded per render and thread. */
        SubsetTags tags() {
            return tags;
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

        static final List<Face> FACES = loadAll();
    }

    /**
     * The four faces, parsed at once: the first render of a process waits for them (about 0.6 s of mostly
     * interpreted CPU on one thread), and the machine's other cores are often idle then. Their order is fixed.
     * (The threads run this class's code, not {@link Holder}'s, which is still being initialised.)
     */
    private static List<Face> loadAll() {
        record Spec(String family, boolean bold, String file) {}
        Spec[] specs = {new Spec(SERIF, false, SERIF_REGULAR), new Spec(SERIF, true, "NotoSerifSC-Bold.ttf"),
                new Spec(SANS, false, SANS_REGULAR), new Spec(SANS, true, "NotoSansSC-Bold.ttf")};
        Face[] faces = new Face[specs.length];
        Throwable[] failed = new Throwable[specs.length];
        Thread[] threads = new Thread[specs.length];
        for (int i = 0; i < specs.length; i++) {
            int k = i;
            threads[i] = Thread.ofPlatform().daemon().name("pcf-font-" + k).start(() -> {
                try {
                    faces[k] = load(specs[k].family(), specs[k].bold(), specs[k].file());
                } catch (RuntimeException | Error e) {
                    // handed to the caller as it is (an OutOfMemoryError too, for the command's one-line message):
                    // a thread of its own would print it with a stack trace
                    failed[k] = e;
                }
            });
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the fonts were loading", e);
            }
        }
        for (Throwable f : failed) {
            if (f instanceof RuntimeException e) throw e;
            if (f instanceof Error e) throw e;
        }
        return List.of(faces);
    }

    private Fonts() {}

    /**
     * The four faces, parsed on first use (about half a second of CPU: four 9–13 MB fonts) and shared by every
     * render of the process; renders borrow a resolver over them from {@link FontSet}.
     */
    static List<Face> faces() {
        return Holder.FACES;
    }

    /** The face for a family and weight. */
    static Face face(String family, boolean bold) {
        for (Face f : faces()) {
            if (f.family().equals(family) && f.bold() == bold) return f;
        }
        throw new IllegalArgumentException("no font " + family + (bold ? " bold" : ""));
    }

    /** An AWT font of the sans face (for chart text), {@code size} in points. */
    static Font chartFont(boolean bold, float size) {
        return face(SANS, bold).awt().deriveFont(size);
    }

    /** Reads and parses one face. */
    static Face load(String family, boolean bold, String file) {
        String resource = DIR + file;
        try {
            byte[] bytes = FontFiles.read(file);
            BaseFont pdf = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            pdf.setIncludeCidSet(false); // a CIDSet breaks PDF/A-2b/3b validation
            pdf.setSubset(true);
            pdf.setCompressionLevel(PdfRenderer.DEFLATE_LEVEL);
            SubsetTags tags = new SubsetTags();
            pdf.setSecureRandom(tags);
            java.nio.file.Path path = FontFiles.file(file);
            return new Face(family, bold, resource, path != null ? path.toAbsolutePath().toString() : resource, pdf, bytes, tags);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    /**
     * The report's sans-serif CJK font file (Noto Sans CJK SC Regular, SIL OFL), whole, from the fonts folder
     * or the classpath as the report reads it ({@link FontFiles}); the web page serves it to browsers that
     * have no Chinese font of their own.
     */
    public static byte[] sansRegularFile() {
        return FontFiles.read(SANS_REGULAR);
    }
}
