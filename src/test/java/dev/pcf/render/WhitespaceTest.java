package dev.pcf.render;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.ls.DOMImplementationLS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class WhitespaceTest {

    private static String body(String xhtml) {
        Document d = Xhtml.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + xhtml + "</body></html>");
        Node body = d.getDocumentElement().getFirstChild();
        DOMImplementationLS ls = (DOMImplementationLS) d.getImplementation();
        var out = ls.createLSSerializer();
        out.getDomConfig().setParameter("xml-declaration", false);
        StringBuilder b = new StringBuilder();
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) b.append(out.writeToString(n));
        return b.toString().replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", "");
    }

    @Test
    void removesIndentationBetweenBlocksAndInTables() {
        assertEquals("<div><p>a b</p><table><tr><td> x </td></tr></table></div>",
                body("\n  <div>\n    <p>a b</p>\n    <table>\n <tr> <td> x </td>\n</tr></table>\n  </div>\n"));
    }

    @Test
    void skipsCommentsWhenLookingForTheNeighbouringBlock() {
        assertEquals("<!-- note --><div>a</div>", body("\n  <!-- note -->\n  <div>a</div>\n"));
    }

    @Test
    void keepsWhitespaceBesideOrInsideInlineElements() {
        assertEquals("<div><span>a</span> <span>b</span></div>", body("<div><span>a</span> <span>b</span></div>"));
        assertEquals("<div>\n  <span>a</span>\n  <div>b</div></div>", body("<div>\n  <span>a</span>\n  <div>b</div></div>"));
        assertEquals("<div><span> </span></div>", body("<div><span> </span></div>"));
        assertEquals("<p>x <img src=\"chart:a\"/> </p>", body("<p>x <img src=\"chart:a\"/> </p>"));
    }

    @Test
    void keepsNonBreakingAndOtherNonCollapsibleSpace() {
        assertEquals("<div>\u00a0<p>a</p>\u3000</div>", body("<div>\u00a0<p>a</p>\u3000</div>"));
    }

    /** The removal relies on white-space collapsing everywhere: no stylesheet may preserve whitespace. */
    @Test
    void theStylesheetsNeverPreserveWhitespace() throws Exception {
        Pattern preserve = Pattern.compile("white-space\\s*:\\s*pre");
        for (String css : new String[] {"report.css", "compare.css"}) {
            assertFalse(preserve.matcher(Files.readString(Path.of("templates", css))).find(), css);
        }
    }
}
