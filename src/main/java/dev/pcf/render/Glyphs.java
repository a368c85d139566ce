package dev.pcf.render;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which characters the report's fonts cannot show. Flying Saucer silently drops a character that has no
 * glyph, so validation uses this to warn, naming the cell the text came from.
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
        for (Fonts.Face f : Fonts.faces()) {
            if (!f.bold() && !f.pdf().charExists(cp)) {
                return false;
            }
        }
        return true;
    }
}
