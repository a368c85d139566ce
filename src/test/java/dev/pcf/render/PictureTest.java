package dev.pcf.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Workbook pictures are scaled into their CSS box keeping their aspect ratio. */
class PictureTest {

    private static PdfDocument doc(String style, byte[] picture) {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body{font-family:\"PCF Serif\"}</style></head>"
                + "<body><img src=\"image:photo\" style=\"display:block;" + style + "\"/></body></html>";
        return new PdfDocument(xhtml, Map.of(), Map.of("photo", picture), Sample.META, List.of());
    }

    /** Width and height in points with which the page draws its one image (the "cm" before "Do"). */
    private static double[] drawnSize(String style) throws IOException {
        byte[] pdf = PdfRenderer.render(doc(style, Sample.photo()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Object> operands = new ArrayList<>();
            double[] cm = null;
            for (Object token : new PDFStreamParser(doc.getPage(0)).parse()) {
                if (token instanceof Operator op) {
                    if (op.getName().equals("cm")) {
                        cm = new double[]{((COSNumber) operands.get(0)).floatValue(), ((COSNumber) operands.get(3)).floatValue()};
                    } else if (op.getName().equals("Do")) {
                        return cm;
                    }
                    operands.clear();
                } else {
                    operands.add(token);
                }
            }
        }
        throw new AssertionError("no image drawn");
    }

    @Test
    void fitsIntoASquareBoxKeepingFourToThree() throws IOException {
        // the photo is 400 × 300 px; an 80 mm square box holds it at 80 mm × 60 mm = 226.77 pt × 170.08 pt
        double[] size = drawnSize("width:80mm;height:80mm");
        assertEquals(80 * 72 / 25.4, size[0], 0.5);
        assertEquals(60 * 72 / 25.4, Math.abs(size[1]), 0.5);
    }

    @Test
    void widthAloneSetsTheHeightByTheAspect() throws IOException {
        // 120 mm wide → 90 mm high
        double[] size = drawnSize("width:120mm");
        assertEquals(120 * 72 / 25.4, size[0], 0.5);
        assertEquals(90 * 72 / 25.4, Math.abs(size[1]), 0.5);
    }

    @Test
    void anOpaquePngKeptCompressedShowsItsOwnPixelsAndStaysPdfA() throws Exception {
        byte[] png = Sample.photo();
        byte[] pdf = PdfRenderer.render(doc("width:80mm", png));
        BufferedImage expected = ImageIO.read(new java.io.ByteArrayInputStream(png));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            COSName name = resources.getXObjectNames().iterator().next();
            PDImageXObject image = (PDImageXObject) resources.getXObject(name);
            assertEquals(List.of(COSName.FLATE_DECODE), image.getStream().getFilters());
            BufferedImage shown = image.getImage();
            assertEquals(expected.getWidth(), shown.getWidth());
            assertEquals(expected.getHeight(), shown.getHeight());
            for (int y = 0; y < expected.getHeight(); y++) {
                for (int x = 0; x < expected.getWidth(); x++) {
                    assertEquals(expected.getRGB(x, y), shown.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    @Test
    void pngWithTransparencyAndJpegStayPdfA() throws Exception {
        BufferedImage argb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        g.setColor(new Color(0x80, 0x20, 0x20, 0x80));
        g.fillOval(5, 5, 30, 20);
        g.dispose();
        assertEquals(List.of(), VeraPdf.failures(PdfRenderer.render(doc("width:40mm", encode(argb, "png")))));
        BufferedImage rgb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        assertEquals(List.of(), VeraPdf.failures(PdfRenderer.render(doc("width:40mm", encode(rgb, "jpg")))));
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
