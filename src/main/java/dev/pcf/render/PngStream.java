package dev.pcf.render;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.ImgRaw;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * An opaque 8-bit RGB PNG as a PDF image without decoding it: a PNG's image data (its IDAT chunks) is a
 * zlib stream of rows, each led by a filter byte, which is exactly what a PDF {@code /FlateDecode} stream with
 * {@code /DecodeParms <</Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns width>>} holds (PDF 32000-1
 * 7.4.4.4). So the compressed data is copied into the PDF as it is — no inflating into pixels, no
 * unfiltering, no re-compressing 3 bytes a pixel (for a 900 × 500 photograph, 1.35 MB deflated again per
 * report). The picture comes from the workbook, so the data is checked before it is trusted: every chunk's
 * CRC, and the zlib stream inflated (into a small buffer, not kept) to exactly one filter byte of 0–4 and
 * {@code 3 × width} samples per row, nothing more. Any other PNG — alpha or {@code tRNS}, an ICC profile, grey,
 * palette, 16-bit, interlaced, damaged — gives null, and the caller decodes it.
 */
final class PngStream {
    private static final int SIGNATURE_LENGTH = 8;

    private PngStream() {}

    /** The image for {@code png} with its data still deflated, or null when it is not a plain opaque 8-bit RGB PNG. */
    static Image image(byte[] png) throws BadElementException {
        int p = SIGNATURE_LENGTH;
        int width = 0;
        int height = 0;
        boolean header = false;
        boolean ended = false;
        ByteArrayOutputStream idat = new ByteArrayOutputStream(png.length);
        int idatRun = 0; // 0 none yet, 1 inside the IDAT run, 2 after it
        CRC32 crc = new CRC32();
        while (!ended) {
            if (p + 12 > png.length) return null;
            int length = readInt(png, p);
            if (length < 0 || length > png.length - p - 12) return null;
            String type = new String(png, p + 4, 4, StandardCharsets.ISO_8859_1);
            int data = p + 8;
            crc.reset();
            crc.update(png, p + 4, length + 4);
            if ((int) crc.getValue() != readInt(png, data + length)) return null;
            if (!header) {
                if (!type.equals("IHDR") || length != 13) return null;
                width = readInt(png, data);
                height = readInt(png, data + 4);
                // bit depth 8, colour type 2 (RGB), deflate, adaptive filtering, not interlaced
                if (width <= 0 || height <= 0 || png[data + 8] != 8 || png[data + 9] != 2 || png[data + 10] != 0
                        || png[data + 11] != 0 || png[data + 12] != 0) return null;
                header = true;
            } else {
                switch (type) {
                    case "IDAT" -> {
                        if (idatRun == 2) return null;
                        idatRun = 1;
                        idat.write(png, data, length);
                    }
                    case "tRNS", "iCCP" -> {
                        return null; // transparency or a colour profile: decoded by the caller
                    }
                    case "IEND" -> ended = true;
                    default -> {
                        if (idatRun == 1) idatRun = 2;
                    }
                }
            }
            p = data + length + 4;
        }
        byte[] deflated = idat.toByteArray();
        if (!wellFormed(deflated, width, height)) return null;
        Image image = new ImgRaw(width, height, 3, 8, deflated);
        image.setDeflated(true);
        PdfDictionary parms = new PdfDictionary();
        parms.put(PdfName.PREDICTOR, new PdfNumber(15));
        parms.put(PdfName.COLORS, new PdfNumber(3));
        parms.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
        parms.put(PdfName.COLUMNS, new PdfNumber(width));
        PdfDictionary additional = new PdfDictionary();
        additional.put(PdfName.DECODEPARMS, parms);
        image.setAdditional(additional);
        return image;
    }

    /** Whether the zlib stream inflates to exactly {@code height} rows of a filter byte 0–4 and {@code 3 × width} samples. */
    private static boolean wellFormed(byte[] deflated, int width, int height) {
        long rowLength = 1 + 3L * width;
        if (rowLength * height > Integer.MAX_VALUE) return false;
        long total = rowLength * height;
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] buffer = new byte[64 * 1024];
            long at = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) return false;
                for (long row = (at + rowLength - 1) / rowLength * rowLength; row < at + n; row += rowLength) {
                    if (row >= total || (buffer[(int) (row - at)] & 0xff) > 4) return false;
                }
                at += n;
                if (at > total) return false;
            }
            return at == total && inflater.getRemaining() == 0;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    private static int readInt(byte[] b, int p) {
        return (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
    }
}
