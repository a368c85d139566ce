package dev.pcf.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

import java.util.Optional;

/**
 * Flying Saucer's XHTML namespace handler for one document, with two changes that leave the layout as it was:
 * the user-agent stylesheet is the one pruned for the document ({@link Stylesheets}), and the language of an
 * element without a {@code lang} attribute — the document's {@code Content-Language}, which Flying Saucer
 * asks for every piece of text it breaks into lines and finds by reading the {@code <head>}'s {@code <meta>}
 * elements into a new map each time — is read once.
 */
final class ReportNamespace extends XhtmlNamespaceHandler {
    private final StylesheetInfo userAgent;
    private Document document;
    private String documentLang;

    /** @param userAgent the user-agent stylesheet to lay the document out with */
    ReportNamespace(StylesheetInfo userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public Optional<StylesheetInfo> getDefaultStylesheet() {
        return Optional.of(userAgent);
    }

    /** As Flying Saucer's: the element's {@code lang}, else the document's {@code Content-Language}, else "". */
    @Override
    public String getLang(Element e) {
        if (e == null) {
            return "";
        }
        String lang = e.getAttribute("lang");
        if (!lang.isEmpty()) {
            return lang;
        }
        if (documentLang == null || document != e.getOwnerDocument()) {
            document = e.getOwnerDocument();
            documentLang = super.getLang(e);
        }
        return documentLang;
    }
}
