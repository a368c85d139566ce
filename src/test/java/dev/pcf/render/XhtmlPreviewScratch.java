package dev.pcf.render;

import dev.pcf.model.ReportLanguage;
import dev.pcf.report.Jx0317;

import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.pdf.ITextRenderer;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scratch: writes the JX0317 report as XHTML and a plain Flying Saucer PDF to target/preview (-Dpreview=true). */
class XhtmlPreviewScratch {
    @Test
    void writePreview() throws Exception {
        if (!Boolean.getBoolean("preview")) return;
        Jx0317 c = Jx0317.build();
        Path dir = Path.of("target/preview");
        Files.createDirectories(dir);
        ReportBuilder b = new ReportBuilder();
        for (ReportLanguage l : ReportLanguage.values()) {
            PdfDocument d = b.document(c.wb, c.fp, c.mc, l, "{}".getBytes(StandardCharsets.UTF_8));
            String name = l.code().replace('+', '_');
            Files.writeString(dir.resolve(name + ".xhtml"), d.xhtml());
            String x = d.xhtml().replaceAll("src=\"(chart|image):[a-z_]+\"", "src=\"\"");
            ITextRenderer r = new ITextRenderer();
            r.getFontResolver().addFont("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "Identity-H", true);
            r.getFontResolver().addFont("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Identity-H", true);
            r.setDocumentFromString(x.replace("\"PCF Serif\"", "\"Noto Serif CJK SC\"").replace("\"PCF Sans\"", "\"Noto Sans CJK SC\""));
            r.layout();
            try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".pdf"))) {
                r.createPDF(out);
            }
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve(name + ".pdf").toFile())) {
                var outline = pdf.getDocumentCatalog().getDocumentOutline();
                int n = 0;
                if (outline != null) for (var i : outline.children()) n++;
                System.out.println("PREVIEW " + name + " pages " + pdf.getNumberOfPages() + " top-level bookmarks " + n);
            }
        }
    }
}
