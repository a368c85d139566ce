package dev.pcf.server;

/**
 * Builds HTML text with every value escaped: text and attribute values go through {@link #esc},
 * markup is only ever a literal of this package. No inline script or style is ever written
 * (the Content-Security-Policy forbids them).
 */
final class Html {
    private final StringBuilder sb = new StringBuilder(8192);

    /** Appends literal markup (never user data). */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    Html text(String text) {
        sb.append(esc(text));
        return this;
    }

    /** Appends {@code <tag attrs>text</tag>}, the text escaped; attrs is literal markup. */
    Html el(String tag, String attrs, String text) {
        sb.append('<').append(tag);
        if (!attrs.isEmpty()) sb.append(' ').append(attrs);
        sb.append('>').append(esc(text)).append("</").append(tag).append('>');
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** Escapes text for element content and double-quoted attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An attribute {@code name="value"}, the value escaped. */
    static String attr(String name, String value) {
        return name + "=\"" + esc(value) + "\"";
    }
}
