package dev.pcf.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the element types and classes a CSS selector requires ({@link CssPruner}): {@code table.data th} needs
 * an element {@code table} with class {@code data} and an element {@code th}. Brackets, parentheses, ids and
 * pseudo-classes are stepped over (they only narrow a selector down further).
 */
final class Selectors {

    /** What a selector requires to be in a document for it to match anything there. */
    record Names(List<String> types, List<String> classes) {}

    private Selectors() {}

    /** The selectors of a comma-separated list (commas inside brackets, parentheses or strings do not split). */
    static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '"' || c == '\'') {
                i = closingQuote(list, i);
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(list.substring(start, i));
                start = i + 1;
            }
        }
        out.add(list.substring(start));
        return out;
    }

    /**
     * The element types and classes {@code selector} names outside brackets and parentheses, or null if it
     * holds anything else than type, universal, class, id, attribute and pseudo selectors and the combinators
     * whitespace, {@code >}, {@code +} and {@code ~} (an escape, a namespace prefix, a stray character).
     */
    static Names names(String selector) {
        List<String> types = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        int i = 0;
        int n = selector.length();
        while (i < n) {
            char c = selector.charAt(i);
            if (Character.isWhitespace(c) || c == '>' || c == '+' || c == '~' || c == '*') {
                i++;
            } else if (c == '[' || c == '(') {
                i = skipGroup(selector, i);
                if (i < 0) {
                    return null;
                }
            } else if (c == '.' || c == '#' || c == ':') {
                int start = c == ':' && i + 1 < n && selector.charAt(i + 1) == ':' ? i + 2 : i + 1;
                int end = identEnd(selector, start);
                if (end == start) {
                    return null;
                }
                if (c == '.') {
                    classes.add(selector.substring(start, end));
                }
                i = end;
            } else if (isIdentChar(c)) {
                int end = identEnd(selector, i);
                types.add(selector.substring(i, end));
                i = end;
            } else {
                return null;
            }
        }
        return new Names(types, classes);
    }

    /** At an opening bracket or parenthesis: the index after its match (strings skipped), or -1. */
    private static int skipGroup(String s, int i) {
        int depth = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                i = closingQuote(s, i);
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** At a quote: the index of the quote that closes it (escaped characters skipped), or the end. */
    static int closingQuote(String s, int i) {
        char quote = s.charAt(i);
        for (i++; i < s.length() && s.charAt(i) != quote; i++) {
            if (s.charAt(i) == '\\') {
                i++;
            }
        }
        return i;
    }

    private static int identEnd(String s, int i) {
        while (i < s.length() && isIdentChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isIdentChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                || c >= 0x80;
    }
}
