package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final int NORMALIZED_LIMIT = 4096;
    private static final int NORMALIZED_MAX_LENGTH = 200;
    private static final ConcurrentHashMap<String, String> NORMALIZED = new ConcurrentHashMap<>();

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
        String h = normalized(header);
        if (h.isEmpty()) return false;
        String z = normalized(zh);
        String e = normalized(en);
        return h.equals(z) || h.equals(e) || joins(h, z, "", e) || joins(h, z, "/", e) || joins(h, e, "/", z)
                || joins(h, e, "", z);
    }

    /** Whether {@code h} is {@code a + sep + b}, without building the string. */
    private static boolean joins(String h, String a, String sep, String b) {
        return h.length() == a.length() + sep.length() + b.length() && h.startsWith(a)
                && h.startsWith(sep, a.length()) && h.endsWith(b);
    }

    /**
     * {@link #normalize}, remembered: a workbook's header row is matched against every column's names, and each
     * label of a field sheet against every field's, so the same few hundred strings (the schema's names, the
     * headers) were normalised thousands of times per workbook, a tenth of its reading. The cache is bounded (a
     * workbook's own text passes here too, and a server reads workbook after workbook): at most 4,096 strings of
     * at most 200 characters; any other string is normalised each time, as before.
     */
    private static String normalized(String s) {
        if (s == null) return "";
        String n = NORMALIZED.get(s);
        if (n == null) {
            n = normalize(s);
            if (s.length() <= NORMALIZED_MAX_LENGTH && NORMALIZED.size() < NORMALIZED_LIMIT) NORMALIZED.putIfAbsent(s, n);
        }
        return n;
    }

    /** Whether a sheet name names this sheet: its Chinese or English part, or both. */
    static boolean matchesSheet(String name, Schema.SheetDef sheet) {
        return matches(name, sheet.zh(), sheet.en());
    }
}
