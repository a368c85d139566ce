package dev.pcf.io;

/**
 * Formula-injection guard (OWASP "CSV injection"): a text that a spreadsheet would take as a
 * formula starts with {@code = + - @}, a tab or a carriage return, or their full-width forms
 * {@code ＝ ＋ － ＠} (which some spreadsheet programs normalise).
 */
public final class SafeText {
    private SafeText() {}

    /** Whether a spreadsheet could read this text as a formula. */
    public static boolean risky(String s) {
        if (s == null || s.isEmpty()) return false;
        return switch (s.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠' -> true;
            default -> false;
        };
    }

    /** The text with a leading apostrophe when it is risky, for CSV and other plain-text cells. */
    public static String neutralised(String s) {
        return risky(s) ? "'" + s : s;
    }
}
