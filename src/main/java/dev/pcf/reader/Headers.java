package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching of header text and sheet names per the workbook contract: a header reads
 * {@code 中文 English} or {@code 中文 / English}; it matches a column when the Chinese or the
 * English part matches, ignoring case, spaces, a leading ★ and a bracketed unit such as
 * {@code (±%)}. Language qualifiers ({@code （中文）}, {@code (English)}…) are part of the name.
 */
public final class Headers {
    private Headers() {}

    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    /** Lower case, no spaces, half-width brackets, no ★, no bracketed units (language qualifiers kept). */
    public static String normalize(String s) {
        if (s == null) return "";
        String t = s.replace('（', '(').replace('）', ')').replace('／', '/').replace('²', '2')
                .replace("★", "").replace("*", "");
        t = SPACES.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        var m = BRACKETED.matcher(t);
        int last = 0;
        while (m.find()) {
            out.append(t, last, m.start());
            String inner = m.group(1);
            if (isQualifier(inner)) out.append('(').append(inner).append(')');
            last = m.end();
        }
        out.append(t.substring(last));
        return out.toString();
    }

    private static boolean isQualifier(String inner) {
        return inner.equals("中文") || inner.equals("英文") || inner.equals("chinese") || inner.equals("english");
    }

    /** Whether a header cell's text names the column with these Chinese and English names. */
    public static boolean matches(String header, String zh, String en) {
        String h = normalize(header);
        if (h.isEmpty()) return false;
        String z = normalize(zh);
        String e = normalize(en);
        return h.equals(z) || h.equals(e) || h.equals(z + e) || h.equals(z + "/" + e) || h.equals(e + "/" + z)
                || h.equals(e + z);
    }

    /** Whether a sheet name names this sheet: its Chinese or English part, or both. */
    static boolean matchesSheet(String name, Schema.SheetDef sheet) {
        return matches(name, sheet.zh(), sheet.en());
    }
}
