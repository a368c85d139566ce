package dev.pcf.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfRendererErrorsTest {

    private static PdfDocument doc(String body) {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body{font-family:\"PCF Serif\"}</style></head><body>"
                + body + "</body></html>";
        return new PdfDocument(xhtml, Sample.charts(), Map.of("photo", Sample.photo()), Sample.META, List.of());
    }

    @Test
    void rejectsAnUnknownChart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PdfRenderer.render(doc("<img src=\"chart:nope\"/>")));
        assertTrue(e.getMessage().contains("the report refers to chart \"nope\", which it does not have; it has "
                + "[boundary, convergence, histogram, hotspots, share, stages]"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownPicture() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PdfRenderer.render(doc("<img src=\"image:plant\"/>")));
        assertTrue(e.getMessage().contains("the report refers to picture \"plant\", which it does not have; it has [photo]"),
                e.getMessage());
    }

    @Test
    void rejectsXhtmlThatIsNotWellFormed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PdfRenderer.render(doc("<p>unclosed")));
        assertTrue(e.getMessage().startsWith("cannot render the report XHTML: the XHTML is not well-formed: line 1, column "),
                e.getMessage());
    }

    @Test
    void writesTheXhtmlForPreview() throws Exception {
        Path file = Files.createTempFile("pcf", ".xhtml");
        try {
            PdfDocument d = doc("<p>预览 preview</p>");
            PdfRenderer.writeHtml(d, file);
            assertEquals(d.xhtml(), Files.readString(file, StandardCharsets.UTF_8));
        } finally {
            Files.delete(file);
        }
    }
}
