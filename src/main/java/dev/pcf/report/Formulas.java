package dev.pcf.report;

/**
 * Chemical formulas as a reader expects them in running text, headings and captions: CO₂, CH₄, N₂O,
 * SF₆, NF₃ with subscript digits (Unicode U+2080–U+2089, in the embedded fonts), also inside units
 * such as kgCO₂e, but not inside an identifier such as EF-N2O. Table cells keep the ASCII spelling the workbook and the JSON use, except the gas
 * column of the by-gas table.
 *
 * <p>A formula is one of the five not preceded by an upper-case letter, a digit, {@code _} or {@code -} and not
 * followed by a digit (ASCII), as the regular expression {@code (?<![A-Z0-9_-])(CO2|CH4|N2O|SF6|NF3)(?![0-9])}
 * says; it is looked for by hand, since that expression's look-behind at every character cost ≈ 3 ms of CPU per
 * report under C1.
 */
final class Formulas {
    private static final String[] FORMULAS = {"CO2", "CH4", "N2O", "SF6", "NF3"};

    private Formulas() {}

    /** The text with every CO2, CH4, N2O, SF6 and NF3 written with subscripts; null stays null. */
    static String chemical(String text) {
        if (text == null || text.indexOf('2') < 0 && text.indexOf('4') < 0 && text.indexOf('6') < 0
                && text.indexOf('3') < 0) {
            return text;
        }
        StringBuilder sb = null;
        int copied = 0;
        for (int i = 0; i + 3 <= text.length(); i++) {
            String f = formulaAt(text, i);
            if (f != null) {
                if (sb == null) sb = new StringBuilder(text.length());
                sb.append(text, copied, i).append(subscript(f));
                copied = i + 3;
                i += 2;
            }
        }
        return sb == null ? text : sb.append(text, copied, text.length()).toString();
    }

    /** The formula starting at {@code i} with a boundary before and after it, or null. */
    private static String formulaAt(String text, int i) {
        char c = text.charAt(i);
        if (c != 'C' && c != 'N' && c != 'S') return null;
        if (i > 0) {
            char b = text.charAt(i - 1);
            if (b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-') return null;
        }
        if (i + 3 < text.length() && text.charAt(i + 3) >= '0' && text.charAt(i + 3) <= '9') return null;
        for (String f : FORMULAS) {
            if (text.startsWith(f, i)) return f;
        }
        return null;
    }

    private static String subscript(String formula) {
        StringBuilder sb = new StringBuilder(formula.length());
        for (char c : formula.toCharArray()) sb.append(Character.isDigit(c) ? (char) ('\u2080' + (c - '0')) : c);
        return sb.toString();
    }
}
