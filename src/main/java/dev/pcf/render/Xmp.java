package dev.pcf.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The XMP metadata packet of the report: PDF/A-3b identification and the same title, author, subject,
 * keywords, tools and dates as the document information dictionary (PDF/A requires them to agree).
 */
final class Xmp {

    private Xmp() {}

    /** The packet as UTF-8 bytes. */
    static byte[] packet(PdfDocument.Meta meta, String creatorTool, String producer) {
        String date = meta.date() + "T00:00:00Z";
        List<String> keywords = Arrays.stream(nz(meta.keywords()).split(","))
                .map(String::strip).filter(k -> !k.isEmpty()).toList();
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
         .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
         .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
         .append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
         .append("   <pdfaid:part>3</pdfaid:part>\n")
         .append("   <pdfaid:conformance>B</pdfaid:conformance>\n")
         .append("  </rdf:Description>\n")
         .append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
         .append("   <dc:format>application/pdf</dc:format>\n")
         .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(meta.title()))
         .append("</rdf:li></rdf:Alt></dc:title>\n")
         .append("   <dc:creator><rdf:Seq><rdf:li>").append(esc(meta.author())).append("</rdf:li></rdf:Seq></dc:creator>\n")
         .append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(meta.subject()))
         .append("</rdf:li></rdf:Alt></dc:description>\n")
         .append("   <dc:subject><rdf:Bag>");
        for (String k : keywords) {
            x.append("<rdf:li>").append(esc(k)).append("</rdf:li>");
        }
        x.append("</rdf:Bag></dc:subject>\n")
         .append(nz(meta.lang()).isBlank() ? ""
                 : "   <dc:language><rdf:Bag><rdf:li>" + esc(meta.lang()) + "</rdf:li></rdf:Bag></dc:language>\n")
         .append("  </rdf:Description>\n")
         .append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
         .append("   <pdf:Producer>").append(esc(producer)).append("</pdf:Producer>\n")
         .append("   <pdf:Keywords>").append(esc(meta.keywords())).append("</pdf:Keywords>\n")
         .append("  </rdf:Description>\n")
         .append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
         .append("   <xmp:CreatorTool>").append(esc(creatorTool)).append("</xmp:CreatorTool>\n")
         .append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
         .append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
         .append("   <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
         .append("  </rdf:Description>\n")
         .append(" </rdf:RDF>\n")
         .append("</x:xmpmeta>\n")
         .append("<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String esc(String s) {
        return nz(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
