package dev.pcf.render;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;

import javax.imageio.ImageIO;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * A workbook picture as an OpenPDF image. The common PNG — opaque 8-bit RGB, not interlaced, no ICC
 * profile — goes into the PDF still compressed ({@link PngStream}), never decoded. Any other opaque 8-bit
 * sRGB PNG (an interlaced one, say) is decoded by ImageIO and its raster's bytes, which are the 8-bit R, G,
 * B samples OpenPDF would make pixel by pixel through AWT's pixel grabber, are copied in one call: the
 * same raw RGB image, no mask. Every other picture (alpha, grey, palette, 16-bit, an ICC profile, JPEG)
 * goes through OpenPDF unchanged.
 */
final class Pictures {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Pictures() {}

    /**
     * The image of picture bytes (PNG or JPEG).
     *
     * @throws BadElementException when OpenPDF cannot make an image of them
     * @throws IOException         when they cannot be decoded
     */
    static Image read(byte[] bytes) throws BadElementException, IOException {
        if (isPng(bytes)) {
            Image undecoded = PngStream.image(bytes);
            if (undecoded != null) return undecoded;
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            byte[] rgb = decoded == null ? null : opaqueRgb(decoded);
            if (rgb != null) return Image.getInstance(decoded.getWidth(), decoded.getHeight(), 3, 8, rgb, null);
        }
        return Image.getInstance(bytes);
    }

    /** The 8-bit R, G, B samples of an opaque sRGB image, row by row; null for any other kind of image. */
    static byte[] opaqueRgb(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        if (!(cm instanceof ComponentColorModel) || cm.hasAlpha() || cm.getNumComponents() != 3
                || cm.getColorSpace().getType() != ColorSpace.TYPE_RGB || !cm.getColorSpace().isCS_sRGB()
                || raster.getTransferType() != DataBuffer.TYPE_BYTE || raster.getNumDataElements() != 3) {
            return null;
        }
        for (int c = 0; c < 3; c++) {
            if (cm.getComponentSize(c) != 8) return null;
        }
        // one pixel's data elements are its samples in band order, the colour model's R, G, B
        return (byte[]) raster.getDataElements(raster.getMinX(), raster.getMinY(), image.getWidth(), image.getHeight(), null);
    }

    private static boolean isPng(byte[] bytes) {
        if (bytes.length < PNG_SIGNATURE.length) return false;
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (bytes[i] != PNG_SIGNATURE[i]) return false;
        }
        return true;
    }
}
