package dev.pcf.render;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportNamespaceTest {

    private static Element byId(Document d, String id) {
        var all = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) return e;
        }
        throw new AssertionError(id);
    }

    @Test
    void anElementsLanguageIsItsLangElseTheDocumentsContentLanguage() {
        Document d = Xhtml.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<meta http-equiv=\"Content-Language\" content=\"zh-CN\"/></head>"
                + "<body><p id=\"a\" lang=\"en\">x</p><p id=\"b\">y</p></body></html>");
        Document plain = Xhtml.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p id=\"c\">z</p></body></html>");
        ReportNamespace ns = Stylesheets.prune(d);
        assertEquals("en", ns.getLang(byId(d, "a")));
        assertEquals("zh-CN", ns.getLang(byId(d, "b")));
        assertEquals("zh-CN", ns.getLang(byId(d, "b")));
        assertEquals("", ns.getLang(byId(plain, "c")));
        assertEquals("", ns.getLang(null));
    }
}
