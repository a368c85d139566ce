package dev.pcf.model;

/**
 * A picture from the Images sheet.
 *
 * @param kind     which picture
 * @param data     the image bytes as stored in the workbook
 * @param mimeType e.g. {@code image/png}, {@code image/jpeg}
 * @param anchor   the cell its top-left corner is anchored to
 */
public record Picture(PictureKind kind, byte[] data, String mimeType, CellRef anchor) {}
