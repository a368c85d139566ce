package dev.pcf.render;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.Set;

/**
 * Removes from the report's DOM the whitespace-only text that the templates' indentation leaves between block
 * elements, before Flying Saucer sees it. CSS 2.1 (9.2.2.1, 16.6.1) removes that whitespace anyway wherever
 * {@code white-space} collapses it (the report's stylesheets never set {@code pre}, {@code pre-wrap} or
 * {@code pre-line}), but Flying Saucer first gives every such text node an anonymous inline box with a style of
 * its own and runs its regular expressions over it (≈ 10 % of a report's layout). So the pages are the same.
 *
 * <p>Only text between two block-level elements (or a block-level element and the start or end of its
 * parent) inside a block-level or table element goes: whitespace beside an inline element ({@code span},
 * {@code a}, {@code img}) or inside one can be a visible space, and stays. Block-level means by tag name, as the
 * user-agent stylesheet and {@code report.css} display them (no rule there makes one of these elements inline).
 */
final class Whitespace {

    /** Elements displayed as blocks, tables or table parts (or not at all) by the report's stylesheets. */
    private static final Set<String> BLOCKS = Set.of("html", "head", "title", "meta", "style", "body", "div", "p",
            "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
            "bookmarks", "bookmark");

    private Whitespace() {}

    /** Removes the inter-block whitespace below {@code element} (see the class comment). */
    static void strip(Element element) {
        boolean block = isBlock(element);
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                strip((Element) child);
            } else if (block && child.getNodeType() == Node.TEXT_NODE && isBlank(child.getNodeValue())
                    && isBlockOrNone(child, false) && isBlockOrNone(child, true)) {
                element.removeChild(child);
            }
            child = next;
        }
    }

    /**
     * Whether the nearest sibling before (or after) {@code text} that makes a box — skipping comments and other
     * blank text — is a block-level element, or there is none.
     */
    private static boolean isBlockOrNone(Node text, boolean after) {
        Node n = after ? text.getNextSibling() : text.getPreviousSibling();
        while (n != null && (n.getNodeType() == Node.COMMENT_NODE
                || n.getNodeType() == Node.TEXT_NODE && isBlank(n.getNodeValue()))) {
            n = after ? n.getNextSibling() : n.getPreviousSibling();
        }
        return n == null || n.getNodeType() == Node.ELEMENT_NODE && isBlock((Element) n);
    }

    private static boolean isBlock(Element e) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        return BLOCKS.contains(name);
    }

    /** Only the whitespace characters CSS collapses (space, tab, line feed, carriage return). */
    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
