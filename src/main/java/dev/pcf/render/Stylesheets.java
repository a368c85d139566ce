package dev.pcf.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The stylesheets of one document, cut to the selectors that can match there ({@link CssPruner}): the
 * document's own {@code <style>} elements are rewritten in its DOM, and Flying Saucer's user-agent stylesheet
 * (read from its jar, as Flying Saucer reads it) comes pruned through the namespace handler this returns. The
 * matcher then tests ≈ 100 selectors per element instead of ≈ 210.
 */
final class Stylesheets {

    /** Where Flying Saucer keeps its user-agent stylesheet (its {@code xr.css.user-agent-default-css}). */
    private static final String USER_AGENT_CSS = "/resources/css/XhtmlNamespaceHandler.css";
    private static final String USER_AGENT = readUserAgentCss();

    private Stylesheets() {}

    /**
     * Prunes the document's stylesheets to what its elements can match.
     *
     * @return the namespace handler to lay the document out with (Flying Saucer's XHTML handler with the pruned
     *         user-agent stylesheet: {@link ReportNamespace})
     */
    static ReportNamespace prune(Document document) {
        Set<String> elements = new HashSet<>();
        Set<String> classes = new HashSet<>();
        collect(document.getDocumentElement(), elements, classes);
        Element html = document.getDocumentElement();
        for (Node n = html.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element head && "head".equals(name(head))) {
                for (Node s = head.getFirstChild(); s != null; s = s.getNextSibling()) {
                    if (s instanceof Element style && "style".equals(name(style))) {
                        style.setTextContent(CssPruner.prune(style.getTextContent(), elements, classes));
                    }
                }
            }
        }
        String userAgent = CssPruner.prune(USER_AGENT, elements, classes);
        StylesheetInfo info = new StylesheetInfo(StylesheetInfo.Origin.USER_AGENT, "pcf:" + USER_AGENT_CSS,
                StylesheetInfo.mediaTypes(""), userAgent);
        return new ReportNamespace(info);
    }

    private static void collect(Element e, Set<String> elements, Set<String> classes) {
        elements.add(name(e).toLowerCase(Locale.ROOT));
        String c = e.getAttribute("class");
        int start = -1;
        for (int i = 0; i <= c.length(); i++) {
            boolean space = i == c.length() || Character.isWhitespace(c.charAt(i));
            if (space && start >= 0) {
                classes.add(c.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                collect(child, elements, classes);
            }
        }
    }

    private static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    }

    private static String readUserAgentCss() {
        try (InputStream in = XhtmlNamespaceHandler.class.getResourceAsStream(USER_AGENT_CSS)) {
            if (in == null) {
                throw new IllegalStateException("Flying Saucer's " + USER_AGENT_CSS + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
