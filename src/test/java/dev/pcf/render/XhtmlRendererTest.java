package dev.pcf.render;

import dev.pcf.model.ReportLanguage;
import dev.pcf.report.Jx0317;
import dev.pcf.report.Messages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XhtmlRendererTest {
    private static final ReportBuilder BUILDER = new ReportBuilder();
    private static final Messages ZH = Messages.load("zh");
    private static final Messages EN = Messages.load("en");
    private static final List<String> SECTIONS = List.of("sec1.title", "sec2.title", "sec3.title", "sec4.title",
            "sec5.title", "sec6.title", "sec5.results", "sec5.uncertainty", "sec3.cutoff", "app.team",
            "app.uncertainty", "app.trace", "app.refs");

    private static PdfDocument doc(ReportLanguage l) {
        Jx0317 c = Jx0317.build();
        return BUILDER.document(c.wb, c.fp, c.mc, l, "{}".getBytes(StandardCharsets.UTF_8));
    }

    static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }

    private static List<String> texts(Document d, String tag) {
        NodeList n = d.getElementsByTagName(tag);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) out.add(n.item(i).getTextContent());
        return out;
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void isWellFormedWithEverySectionInTheModesLanguages(ReportLanguage l) throws Exception {
        String x = doc(l).xhtml();
        Document d = parse(x);
        assertEquals("http://www.w3.org/1999/xhtml", d.getDocumentElement().getNamespaceURI());
        List<String> headings = new java.util.ArrayList<>(texts(d, "h1"));
        headings.addAll(texts(d, "h2"));
        headings.addAll(texts(d, "h3"));
        String all = String.join("\n", headings);
        for (String key : SECTIONS) {
            if (l.hasZh()) assertTrue(all.contains(ZH.get(key)), l + " lacks " + ZH.get(key));
            if (l.hasEn()) assertTrue(all.contains(EN.get(key)), l + " lacks " + EN.get(key));
            if (!l.hasEn()) assertFalse(all.contains(EN.get(key)), l + " has English " + EN.get(key));
        }
        assertFalse(x.contains("null"), "a null leaked into the XHTML");
        assertFalse(x.contains("${"), "an unprocessed expression");
        assertFalse(java.util.regex.Pattern.compile("\\sth:[a-z]+=").matcher(x).find(), "a Thymeleaf attribute survived");
        assertEquals(l == ReportLanguage.EN ? "en" : "zh-CN", d.getDocumentElement().getAttribute("lang"));
    }

    @Test
    void containsTheKeyNumbers() throws Exception {
        String body = parse(doc(ReportLanguage.ZH_EN).xhtml()).getDocumentElement().getTextContent();
        // 113.38583 total, 174.9425 × 0.5777 = 101.06428 RAW, 101.06428 / 113.38584 = 89.13 %
        for (String n : List.of("113.3858", "101.0643", "89.13%", "3.0959 kgCO2/kg", "0.5777 kgCO2e/kWh",
                "2026年05月26日", "26 May 2026", "T410267-3", "2024-CCAA-GHG1-1251115")) {
            assertTrue(body.contains(n), "missing " + n);
        }
        // the reference report's errors must not come back
        assertFalse(body.contains("IPCC AR5 (2021)"));
        assertFalse(body.contains("三相多表位"));
        assertFalse(body.contains("0.0726"));
    }

    @Test
    void everyTocEntryAndImageResolves() throws Exception {
        PdfDocument p = doc(ReportLanguage.ZH_EN);
        Document d = parse(p.xhtml());
        Set<String> ids = new HashSet<>();
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) assertTrue(ids.add(id), "duplicate id " + id);
        }
        NodeList links = d.getElementsByTagName("a");
        assertTrue(links.getLength() > 30, "a table of contents: " + links.getLength());
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            assertTrue(ids.contains(href.substring(1)), "dangling " + href);
        }
        NodeList imgs = d.getElementsByTagName("img");
        for (int i = 0; i < imgs.getLength(); i++) {
            String src = ((Element) imgs.item(i)).getAttribute("src");
            if (src.startsWith("chart:")) assertTrue(p.charts().containsKey(src.substring(6)), src);
            else if (src.startsWith("image:")) assertTrue(p.images().containsKey(src.substring(6)), src);
            else throw new AssertionError("unexpected src " + src);
        }
    }

    @Test
    void rendersFromATemplatesDirectoryToo() throws Exception {
        Jx0317 c = Jx0317.build();
        ReportBuilder fromDir = new ReportBuilder(new XhtmlRenderer(Path.of("templates")),
                Messages.load(Path.of("templates"), "zh"), Messages.load(Path.of("templates"), "en"));
        String x = fromDir.document(c.wb, c.fp, null, ReportLanguage.ZH, null).xhtml();
        assertTrue(parse(x).getDocumentElement().getTextContent().contains(ZH.get("mc.notRun")));
    }
}
