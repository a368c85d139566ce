package dev.pcf.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 500-row table: the header row repeats on every page it spans, and no row is lost or split. */
class LongTableTest {

    @Test
    void headerRepeatsOnEveryTablePage() throws IOException {
        byte[] pdf = PdfRenderer.render(Sample.document(500));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int first = -1;
            int last = -1;
            int rowsSeen = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                int rows = text.split("Aluminium housing \\d+", -1).length - 1;
                if (rows > 0) {
                    first = first < 0 ? p : first;
                    last = p;
                    rowsSeen += rows;
                    assertTrue(text.contains("序号 No. 阶段 Stage 项目 Item 数量 Amount 单位 Unit"), "page " + p + ":\n" + text);
                }
            }
            assertEquals(500, rowsSeen);
            // a row is at least 16.5 pt high (9 pt × line-height 1.5 + 2 × 1.5 pt padding) and a page has
            // 297 − 22 − 20 = 255 mm = 723 pt for content: at most 43 rows a page, so 500 rows span ≥ 12 pages
            assertTrue(last - first + 1 >= 12, first + ".." + last);
        }
    }
}
