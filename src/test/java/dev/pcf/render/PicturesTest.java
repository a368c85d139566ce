package dev.pcf.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipFile;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;

/**
 * The pictures' images: those that keep their PNG data against ImageIO's decoding of the same file (the data
 * inflated and unfiltered here, by the PNG specification's filters), the decoded ones against OpenPDF's own reading.
 */
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

    /** The RGB samples a deflated PNG-predicted image holds, inflated and unfiltered here (PNG spec, section 9). */
    private static byte[] unfiltered(Image image) throws Exception {
        int w = (int) image.getPlainWidth();
        int h = (int) image.getPlainHeight();
        int stride = 3 * w;
        byte[] rows = new byte[h * (stride + 1)];
        Inflater inflater = new Inflater();
        inflater.setInput(image.getRawData());
        assertEquals(rows.length, inflater.inflate(rows));
        assertTrue(inflater.finished());
        inflater.end();
        byte[] out = new byte[h * stride];
        for (int y = 0; y < h; y++) {
            int filter = rows[y * (stride + 1)];
            for (int i = 0; i < stride; i++) {
                int x = rows[y * (stride + 1) + 1 + i] & 0xff;
                int a = i >= 3 ? out[y * stride + i - 3] & 0xff : 0;
                int b = y > 0 ? out[(y - 1) * stride + i] & 0xff : 0;
                int c = i >= 3 && y > 0 ? out[(y - 1) * stride + i - 3] & 0xff : 0;
                int predicted = switch (filter) {
                    case 0 -> 0;
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> (a + b) / 2;
                    case 4 -> {
                        int pa = Math.abs(b - c);
                        int pb = Math.abs(a - c);
                        int pc = Math.abs(a + b - 2 * c);
                        yield pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                    }
                    default -> throw new AssertionError("filter " + filter);
                };
                out[y * stride + i] = (byte) (x + predicted);
            }
        }
        return out;
    }

    /** The image keeps the PNG's data, marked as such, and it decodes to ImageIO's pixels. */
    private static void keptAsPng(byte[] png) throws Exception {
        Image image = Pictures.read(png);
        assertTrue(image.isDeflated(), "kept deflated");
        BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(decoded.getWidth(), image.getPlainWidth());
        assertEquals(decoded.getHeight(), image.getPlainHeight());
        assertEquals(3, image.getColorspace());
        assertEquals(8, image.getBpc());
        PdfDictionary parms = image.getAdditional().getAsDict(PdfName.DECODEPARMS);
        assertEquals(15, ((PdfNumber) parms.get(PdfName.PREDICTOR)).intValue());
        assertEquals(3, ((PdfNumber) parms.get(PdfName.COLORS)).intValue());
        assertEquals(8, ((PdfNumber) parms.get(PdfName.BITSPERCOMPONENT)).intValue());
        assertEquals(decoded.getWidth(), ((PdfNumber) parms.get(PdfName.COLUMNS)).intValue());
        byte[] samples = unfiltered(image);
        for (int y = 0; y < decoded.getHeight(); y++) {
            for (int x = 0; x < decoded.getWidth(); x++) {
                int i = 3 * (y * decoded.getWidth() + x);
                int rgb = (samples[i] & 0xff) << 16 | (samples[i + 1] & 0xff) << 8 | samples[i + 2] & 0xff;
                assertEquals(decoded.getRGB(x, y) & 0xffffff, rgb, "pixel " + x + "," + y);
            }
        }
    }

    private static byte[] interlacedPng(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT); // Adam7
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Offset of the first chunk of {@code type}. */
    private static int chunk(byte[] png, String type) {
        for (int p = 8; p + 8 <= png.length; ) {
            int length = java.nio.ByteBuffer.wrap(png, p, 4).getInt();
            if (new String(png, p + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals(type)) return p;
            p += 12 + length;
        }
        throw new AssertionError("no " + type);
    }

    /** {@code png} with the data of its first IDAT chunk replaced (CRC recomputed). */
    private static byte[] withIdat(byte[] png, byte[] data) {
        int p = chunk(png, "IDAT");
        int length = java.nio.ByteBuffer.wrap(png, p, 4).getInt();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(png.length - length + data.length);
        b.put(png, 0, p).putInt(data.length).put("IDAT".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(png, p + 4, 4);
        crc.update(data);
        b.putInt((int) crc.getValue()).put(png, p + 12 + length, png.length - p - 12 - length);
        return b.array();
    }

    private static byte[] deflate(byte[] raw) {
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(raw);
        d.finish();
        byte[] out = new byte[raw.length + 64];
        int n = d.deflate(out);
        d.end();
        return java.util.Arrays.copyOf(out, n);
    }

    @Test
    void theExamplePhotographsKeepTheirPngData() throws Exception {
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
        for (byte[] p : photos) keptAsPng(p);
    }

    @Test
    void opaqueRgbNoiseKeepsItsPngData() throws Exception {
        keptAsPng(png(noise(BufferedImage.TYPE_INT_RGB, 1)));
        keptAsPng(png(noise(BufferedImage.TYPE_3BYTE_BGR, 2)));
        keptAsPng(Sample.photo());
    }

    @Test
    void interlacedOpaqueRgbIsDecodedToOpenPdfsSamplesByTheShortWay() throws Exception {
        byte[] png = interlacedPng(noise(BufferedImage.TYPE_INT_RGB, 3));
        assertNull(PngStream.image(png), "interlaced: decoded");
        assertNotNull(Pictures.opaqueRgb(ImageIO.read(new java.io.ByteArrayInputStream(png))), "opaque RGB: the short way");
        sameAsOpenPdf(png);
    }

    @Test
    void damagedPngDataIsNeverCopiedIntoThePdf() throws Exception {
        BufferedImage image = noise(BufferedImage.TYPE_INT_RGB, 4);
        byte[] good = png(image);
        assertNotNull(PngStream.image(good));
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rows = new byte[h * (1 + 3 * w)];
        byte[] badFilter = rows.clone();
        badFilter[(1 + 3 * w) * 5] = 5;                              // row 5: filter type 5 does not exist
        byte[] oneRowMore = new byte[rows.length + 1 + 3 * w];
        byte[] oneByteShort = java.util.Arrays.copyOf(rows, rows.length - 1);
        byte[] deflated = deflate(rows);
        byte[] truncated = java.util.Arrays.copyOf(deflated, deflated.length - 6);
        byte[] trailing = java.util.Arrays.copyOf(deflated, deflated.length + 3);
        assertNotNull(PngStream.image(withIdat(good, deflated)), "all-zero rows are a good image");
        for (byte[] idat : List.of(deflate(badFilter), deflate(oneRowMore), deflate(oneByteShort), truncated, trailing,
                new byte[] {1, 2, 3, 4})) {
            assertNull(PngStream.image(withIdat(good, idat)));
        }
        byte[] badCrc = good.clone();
        badCrc[chunk(good, "IDAT") + 12] ^= 1;
        assertNull(PngStream.image(badCrc));
        assertNull(PngStream.image(java.util.Arrays.copyOf(good, good.length - 12)), "no IEND");
        assertThrows(IOException.class, () -> Pictures.read(withIdat(good, new byte[] {1, 2, 3, 4})),
                "ImageIO then refuses it");
    }

    @Test
    void otherKindsGoThroughOpenPdf() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_INDEXED,
                BufferedImage.TYPE_USHORT_GRAY}) {
            BufferedImage image = noise(type, type);
            assertNull(PngStream.image(png(image)), "type " + type);
            assertNull(Pictures.opaqueRgb(ImageIO.read(new java.io.ByteArrayInputStream(png(image)))), "type " + type);
            sameAsOpenPdf(png(image));
        }
    }
}
