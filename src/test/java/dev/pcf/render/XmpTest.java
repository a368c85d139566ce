package dev.pcf.render;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmpTest {

    private static Document parse(byte[] xmp) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
    }

    @Test
    void escapesMarkupAndSplitsKeywords() throws Exception {
        PdfDocument.Meta meta = new PdfDocument.Meta("A & B <报告>", "\"认证\" Body", "s", "碳足迹, PCF ,ISO 14067", "en",
                LocalDate.of(2024, 2, 29));
        Document xmp = parse(Xmp.packet(meta, "pcf", "p"));
        String dc = "http://purl.org/dc/elements/1.1/";
        String rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        assertEquals("A & B <报告>", xmp.getElementsByTagNameNS(dc, "title").item(0).getTextContent());
        assertEquals("\"认证\" Body", xmp.getElementsByTagNameNS(dc, "creator").item(0).getTextContent());
        var subject = ((org.w3c.dom.Element) xmp.getElementsByTagNameNS(dc, "subject").item(0)).getElementsByTagNameNS(rdf, "li");
        assertEquals(3, subject.getLength());
        assertEquals("PCF", subject.item(1).getTextContent());
        assertEquals("碳足迹, PCF ,ISO 14067",
                xmp.getElementsByTagNameNS("http://ns.adobe.com/pdf/1.3/", "Keywords").item(0).getTextContent());
        assertEquals("2024-02-29T00:00:00Z",
                xmp.getElementsByTagNameNS("http://ns.adobe.com/xap/1.0/", "CreateDate").item(0).getTextContent());
        assertEquals("3", xmp.getElementsByTagNameNS("http://www.aiim.org/pdfa/ns/id/", "part").item(0).getTextContent());
    }

    @Test
    void omitsTheLanguageWhenThereIsNone() throws Exception {
        PdfDocument.Meta meta = new PdfDocument.Meta("t", "a", "s", "", "", LocalDate.of(2025, 1, 1));
        Document xmp = parse(Xmp.packet(meta, "pcf", "p"));
        assertEquals(0, xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "language").getLength());
    }
}
