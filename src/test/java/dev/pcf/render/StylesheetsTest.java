package dev.pcf.render;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StylesheetsTest {

    @Test
    void prunesTheDocumentsStyleAndTheUserAgentSheetToItsElementsAndClasses() {
        Document d = Xhtml.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style type=\"text/css\">"
                + "p.note, p.absent { color: red } table.data td { padding: 0 } .statement { page-break-after: always }"
                + "</style></head><body><p class=\" x  note\">a</p><table class=\"data\"><tr><td>1</td></tr></table>"
                + "</body></html>");
        StylesheetInfo ua = Stylesheets.prune(d).getDefaultStylesheet().orElseThrow();
        assertEquals("p.note { color: red }\ntable.data td { padding: 0 }\n",
                d.getElementsByTagNameNS("*", "style").item(0).getTextContent());
        String css = ua.getContent().orElseThrow();
        assertEquals(StylesheetInfo.Origin.USER_AGENT, ua.getOrigin());
        assertTrue(ua.appliesToMedia("print"));
        // Flying Saucer's own rules for what the document has stay, those for what it lacks go
        assertTrue(css.contains("table {"), css);
        assertTrue(css.contains("td {"), css);
        assertTrue(css.contains("@page"), css);
        assertTrue(css.startsWith("html, body, p {"), css);
        assertFalse(css.contains("ul"), css);
        assertFalse(css.contains("caption"), css);
    }
}
