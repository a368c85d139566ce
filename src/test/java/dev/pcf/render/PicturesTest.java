package dev.pcf.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Image;

/** The pictures' images against OpenPDF's own reading of the same bytes (the oracle). */
class PicturesTest {

    private static void sameAsOpenPdf(byte[] png) throws Exception {
        Image ours = Pictures.read(png);
        Image theirs = Image.getInstance(png);
        assertEquals(theirs.getClass(), ours.getClass());
        assertEquals(theirs.getPlainWidth(), ours.getPlainWidth());
        assertEquals(theirs.getPlainHeight(), ours.getPlainHeight());
        assertEquals(theirs.getColorspace(), ours.getColorspace());
        assertEquals(theirs.getBpc(), ours.getBpc());
        assertArrayEquals(theirs.getRawData(), ours.getRawData());
        assertArrayEquals(theirs.getTransparency(), ours.getTransparency());
        assertEquals(theirs.getImageMask() == null, ours.getImageMask() == null);
        if (theirs.getImageMask() != null) assertArrayEquals(theirs.getImageMask().getRawData(), ours.getImageMask().getRawData());
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage noise(int type, int seed) {
        BufferedImage image = new BufferedImage(37, 23, type);
        Random r = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, r.nextInt());
        }
        return image;
    }

    @Test
    void theExamplePhotographsGiveOpenPdfsSamplesByTheShortWay() throws Exception {
        List<byte[]> photos = new ArrayList<>();
        try (ZipFile zip = new ZipFile(Path.of("workbook-templates/examples/JX0317-D30.xlsx").toFile())) {
            zip.stream().filter(e -> e.getName().startsWith("xl/media/") && e.getName().endsWith(".png")).forEach(e -> {
                try (var in = zip.getInputStream(e)) {
                    photos.add(in.readAllBytes());
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        }
        assertEquals(3, photos.size());
        for (byte[] p : photos) {
            assertNotNull(Pictures.opaqueRgb(ImageIO.read(new java.io.ByteArrayInputStream(p))), "opaque RGB: the short way");
            sameAsOpenPdf(p);
        }
    }

    @Test
    void opaqueRgbNoiseIsTheSameImage() throws Exception {
        sameAsOpenPdf(png(noise(BufferedImage.TYPE_INT_RGB, 1)));
        sameAsOpenPdf(png(noise(BufferedImage.TYPE_3BYTE_BGR, 2)));
    }

    @Test
    void otherKindsGoThroughOpenPdf() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_INDEXED,
                BufferedImage.TYPE_USHORT_GRAY}) {
            BufferedImage image = noise(type, type);
            assertNull(Pictures.opaqueRgb(ImageIO.read(new java.io.ByteArrayInputStream(png(image)))), "type " + type);
            sameAsOpenPdf(png(image));
        }
    }
}
