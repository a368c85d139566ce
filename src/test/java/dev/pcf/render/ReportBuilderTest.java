package dev.pcf.render;

import dev.pcf.model.ReportLanguage;
import dev.pcf.report.Jx0317;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportBuilderTest {
    @Test
    void embedsTheWorkbookAsSourceAndTheResultsAsData() {
        Jx0317 c = Jx0317.build();
        byte[] json = "{\"total\":113.38583}".getBytes(StandardCharsets.UTF_8);
        PdfDocument d = new ReportBuilder().document(c.wb, c.fp, c.mc, ReportLanguage.ZH_EN, json);
        assertEquals(2, d.attachments().size());
        PdfDocument.Attachment wb = d.attachments().get(0);
        assertEquals("JX0317-D30 碳足迹数据.xlsx", wb.fileName());
        assertEquals("Source", wb.relationship());
        assertArrayEquals(c.wb.source().bytes(), wb.data());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", wb.mimeType());
        PdfDocument.Attachment data = d.attachments().get(1);
        assertEquals("T410267-3-results.json", data.fileName());
        assertEquals("Data", data.relationship());
        assertEquals("application/json", data.mimeType());
        assertArrayEquals(json, data.data());
    }

    @Test
    void describesTheDocumentForItsMetadata() {
        Jx0317 c = Jx0317.build();
        PdfDocument.Meta m = new ReportBuilder().document(c.wb, c.fp, c.mc, ReportLanguage.EN, null).meta();
        assertEquals("Product Carbon Footprint Report Centralised DTU JX0317-D30", m.title());
        assertEquals("Sanxin International Testing and Certification Co., Ltd.", m.author());
        assertEquals("en", m.lang());
        assertEquals(LocalDate.of(2026, 5, 26), m.date());
        assertTrue(m.keywords().contains("ISO 14067:2018"), m.keywords());
        assertEquals("zh-CN", new ReportBuilder().document(c.wb, c.fp, c.mc, ReportLanguage.ZH, null).meta().lang());
    }

    @Test
    void passesChartsAndPicturesByName() {
        Jx0317 c = Jx0317.build();
        PdfDocument d = new ReportBuilder().document(c.wb, c.fp, c.mc, ReportLanguage.ZH_EN, null);
        assertEquals(java.util.Set.of("boundary", "stages", "hotspots", "histogram", "contributions", "convergence"),
                d.charts().keySet());
        assertArrayEquals(c.wb.pictures().get(0).data(), d.images().get("product_photo"));
        assertEquals(0, d.attachments().stream().filter(a -> a.relationship().equals("Data")).count());
    }
}
