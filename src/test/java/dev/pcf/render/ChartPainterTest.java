package dev.pcf.render;

import dev.pcf.report.ChartSpec;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartPainterTest {

    /** Share of non-white pixels after drawing the chart on a 453 × 255 pt (160 × 90 mm) white canvas. */
    private static double inked(ChartSpec spec) {
        BufferedImage img = new BufferedImage(453, 255, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 453, 255);
        ChartPainter.draw(spec, g, new Rectangle2D.Double(0, 0, 453, 255));
        g.dispose();
        int ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                ink += (img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
        }
        return ink / (double) (img.getWidth() * img.getHeight());
    }

    @Test
    void drawsEveryKindOfTheSample() {
        for (var e : Sample.charts().entrySet()) {
            double ink = inked(e.getValue());
            assertTrue(ink > 0.01 && ink < 0.6, e.getKey() + ": " + ink);
        }
    }

    @Test
    void survivesDegenerateData() {
        // all-zero pie (no slice can be drawn: a dash instead), a histogram of one bin with the markers outside it,
        // a boundary with nothing included: each still draws something (axes, labels, boxes) and does not fail
        assertTrue(inked(new ChartSpec.Pie("", List.of("a", "b"), new double[]{0, 0})) > 0);
        assertTrue(inked(new ChartSpec.Histogram("", 5, 1, new long[]{10}, 1, 9, 12, "x", "n", "95 %", "d")) > 0.01);
        assertTrue(inked(new ChartSpec.Boundary("", "边界", List.of(new ChartSpec.Boundary.Box("使用\nUse", false)),
                "包含", "不包含")) > 0.005);
    }

    @Test
    void bilingualLabelsBreakBetweenChineseAndEnglish() {
        assertEquals("废弃处置\nEnd of life", BoundaryDiagram.bilingualLines("废弃处置 End of life"));
        assertEquals("CO2 排放\nemissions", BoundaryDiagram.bilingualLines("CO2 排放 emissions"));
        assertEquals("Use", BoundaryDiagram.bilingualLines("Use"));
        assertEquals("使用 阶段", BoundaryDiagram.bilingualLines("使用 阶段"));
    }
}
