package dev.pcf.render;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which characters the report's fonts cannot show. Flying Saucer silently drops a character that has no
 * glyph, so validation uses this to warn, naming the cell the text came from. It reads only the fonts'
 * cmap tables ({@link Cmap}), not the whole fonts, so validation does not pay for loading them.
 */
public final class Glyphs {

    private Glyphs() {}

    /**
     * The characters of {@code text} that are missing from the body (serif) or heading (sans) font, each
     * once, in order of first appearance. Line breaks, tabs and other control characters are ignored.
     *
     * @param text any text; {@code null} counts as empty
     * @return the missing characters, or an empty string if every character can be printed
     */
    public static String missing(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().forEach(cp -> {
            if (!Character.isISOControl(cp) && !printable(cp)) {
                missing.add(cp);
            }
        });
        StringBuilder b = new StringBuilder();
        missing.forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean printable(int cp) {
        return Coverage.BOTH.get(cp);
    }

    /** The code points both regular faces map (body serif and heading sans), from their cmap tables only. */
    private static final class Coverage {
        static final BitSet BOTH = both();

        private static BitSet both() {
            BitSet set = Cmap.coverage(FontFiles.map(Fonts.SERIF_REGULAR));
            set.and(Cmap.coverage(FontFiles.map(Fonts.SANS_REGULAR)));
            return set;
        }
    }
}
