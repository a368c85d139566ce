package dev.pcf.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops from a stylesheet the selectors that cannot match any element of one document: those naming an element
 * type or a class that no element there has. Flying Saucer's matcher tests every selector of every stylesheet
 * (its user-agent sheet included) against every element, so a report paid for the rules of the verified
 * report, the comparison and the 60 user-agent selectors of HTML elements it never uses. A dropped selector
 * matched nothing, and the others keep their order, so every element gets the same style.
 *
 * <p>The test only ever keeps too much: what is inside brackets or parentheses ({@code [type=x]},
 * {@code :not(.a)}) and ids are not looked at, a rule whose selectors use anything else than type, class, id,
 * attribute and pseudo-class or -element selectors and the four combinators is kept whole, and at-rules
 * ({@code @page}, {@code @media}, …) are copied unchanged. Comments are dropped.
 */
final class CssPruner {
    private final String css;
    private final Set<String> elements;
    private final Set<String> classes;
    private int pos;

    private CssPruner(String css, Set<String> elements, Set<String> classes) {
        this.css = css;
        this.elements = elements;
        this.classes = classes;
    }

    /**
     * The stylesheet without the selectors that cannot match.
     *
     * @param elements the document's element names, lower case
     * @param classes  the document's class names (the class attributes split at whitespace), lower case
     */
    static String prune(String css, Set<String> elements, Set<String> classes) {
        return new CssPruner(css, elements, classes).run();
    }

    private String run() {
        StringBuilder out = new StringBuilder(css.length());
        while (true) {
            skipSpaceAndComments();
            if (pos >= css.length()) {
                return out.toString();
            }
            int start = pos;
            String prelude = scanTo(css.charAt(pos) == '@' ? ";{" : "{");
            if (pos >= css.length() || css.charAt(pos) == ';') {
                pos = Math.min(pos + 1, css.length());
                out.append(css, start, pos).append('\n');
                continue;
            }
            int blockStart = pos;
            skipBlock();
            if (prelude.startsWith("@")) {
                out.append(css, start, pos).append('\n');
                continue;
            }
            List<String> kept = keptSelectors(prelude);
            if (!kept.isEmpty()) {
                out.append(String.join(", ", kept)).append(' ').append(css, blockStart, pos).append('\n');
            }
        }
    }

    private List<String> keptSelectors(String prelude) {
        List<String> selectors = Selectors.split(prelude);
        List<String> kept = new ArrayList<>(selectors.size());
        for (String s : selectors) {
            Selectors.Names names = Selectors.names(s);
            if (names == null) {
                return List.of(prelude.strip()); // syntax this test does not know: the rule stays whole
            }
            if (elements.containsAll(lower(names.types())) && classes.containsAll(lower(names.classes()))) {
                kept.add(s.strip());
            }
        }
        return kept;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    /** Reads up to (not past) the first of {@code stops} outside strings and comments; comments are dropped. */
    private String scanTo(String stops) {
        StringBuilder b = new StringBuilder();
        while (pos < css.length() && stops.indexOf(css.charAt(pos)) < 0) {
            if (css.startsWith("/*", pos)) {
                skipComment();
                b.append(' ');
            } else {
                int from = pos;
                skipStringOrChar();
                b.append(css, from, pos);
            }
        }
        return b.toString();
    }

    /** At an opening brace: moves past its matching closing brace. */
    private void skipBlock() {
        int depth = 0;
        while (pos < css.length()) {
            char c = css.charAt(pos);
            if (css.startsWith("/*", pos)) {
                skipComment();
                continue;
            }
            skipStringOrChar();
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return;
            }
        }
    }

    private void skipStringOrChar() {
        char c = css.charAt(pos);
        if (c == '"' || c == '\'') {
            pos = Math.min(Selectors.closingQuote(css, pos) + 1, css.length());
        } else {
            pos = Math.min(pos + (c == '\\' ? 2 : 1), css.length());
        }
    }

    private void skipComment() {
        int end = css.indexOf("*/", pos + 2);
        pos = end < 0 ? css.length() : end + 2;
    }

    private void skipSpaceAndComments() {
        while (pos < css.length()) {
            if (Character.isWhitespace(css.charAt(pos))) {
                pos++;
            } else if (css.startsWith("/*", pos)) {
                skipComment();
            } else {
                return;
            }
        }
    }
}
