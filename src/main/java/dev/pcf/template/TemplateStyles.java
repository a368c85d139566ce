package dev.pcf.template;

import dev.pcf.model.FieldKind;

import dev.pcf.workbook.Schema;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.EnumMap;
import java.util.Map;

/**
 * The cell styles of the standard workbook, created once per workbook. The colour legend on the
 * Guide sheet describes them: orange header = required (★), blue header = optional, light yellow
 * = a cell to fill in, light green = prefilled by the template (check and edit).
 */
final class TemplateStyles {
    static final byte[] REQUIRED_HEADER = rgb(0xF4, 0xB0, 0x84);
    static final byte[] OPTIONAL_HEADER = rgb(0xBD, 0xD7, 0xEE);
    static final byte[] INPUT = rgb(0xFF, 0xF8, 0xDC);
    static final byte[] PREFILLED = rgb(0xE2, 0xF0, 0xD9);
    static final byte[] HEADING = rgb(0x1F, 0x4E, 0x79);
    static final byte[] TABLE_HEADER = rgb(0xD9, 0xD9, 0xD9);

    final XSSFCellStyle requiredHeader;
    final XSSFCellStyle optionalHeader;
    final XSSFCellStyle label;
    final XSSFCellStyle note;
    final XSSFCellStyle title;
    final XSSFCellStyle heading;
    final XSSFCellStyle text;
    final XSSFCellStyle tableHeader;
    final XSSFCellStyle tableCell;
    final XSSFCellStyle legendRequired;
    final XSSFCellStyle legendOptional;
    final XSSFCellStyle legendInput;
    final XSSFCellStyle legendPrefilled;
    private final Map<FieldKind, XSSFCellStyle> input = new EnumMap<>(FieldKind.class);
    private final Map<FieldKind, XSSFCellStyle> prefilled = new EnumMap<>(FieldKind.class);

    TemplateStyles(XSSFWorkbook wb) {
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFFont titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        titleFont.setColor(new XSSFColor(HEADING, new DefaultIndexedColorMap()));
        XSSFFont headingFont = wb.createFont();
        headingFont.setBold(true);
        headingFont.setFontHeightInPoints((short) 12);
        headingFont.setColor(new XSSFColor(rgb(0xFF, 0xFF, 0xFF), new DefaultIndexedColorMap()));

        requiredHeader = header(wb, bold, REQUIRED_HEADER);
        optionalHeader = header(wb, bold, OPTIONAL_HEADER);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setWrapText(true);
        thinBorder(label);
        note = wb.createCellStyle();
        note.setVerticalAlignment(VerticalAlignment.TOP);
        note.setWrapText(true);
        thinBorder(note);
        title = wb.createCellStyle();
        title.setFont(titleFont);
        heading = filled(wb, HEADING);
        heading.setFont(headingFont);
        text = wb.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        tableHeader = filled(wb, TABLE_HEADER);
        tableHeader.setFont(bold);
        tableHeader.setWrapText(true);
        tableHeader.setVerticalAlignment(VerticalAlignment.TOP);
        thinBorder(tableHeader);
        tableCell = wb.createCellStyle();
        tableCell.setWrapText(true);
        tableCell.setVerticalAlignment(VerticalAlignment.TOP);
        thinBorder(tableCell);
        legendRequired = legend(wb, REQUIRED_HEADER);
        legendOptional = legend(wb, OPTIONAL_HEADER);
        legendInput = legend(wb, INPUT);
        legendPrefilled = legend(wb, PREFILLED);
        for (FieldKind kind : FieldKind.values()) {
            input.put(kind, data(wb, kind, INPUT));
            prefilled.put(kind, data(wb, kind, PREFILLED));
        }
    }

    /** The style of an empty input cell holding {@code kind}. */
    XSSFCellStyle input(FieldKind kind) {
        return input.get(kind);
    }

    /** The style of a cell the template prefilled (library factors, standard stages). */
    XSSFCellStyle prefilled(FieldKind kind) {
        return prefilled.get(kind);
    }

    private static XSSFCellStyle data(XSSFWorkbook wb, FieldKind kind, byte[] fill) {
        XSSFCellStyle s = filled(wb, fill);
        thinBorder(s);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        var format = wb.createDataFormat();
        switch (kind) {
            case TEXT, CHOICE -> s.setDataFormat(format.getFormat("@"));
            case LONG_TEXT -> {
                s.setDataFormat(format.getFormat("@"));
                s.setWrapText(true);
            }
            case NUMBER -> s.setDataFormat(format.getFormat("General"));
            case PERCENT -> s.setDataFormat(format.getFormat("0.0"));
            case FRACTION -> s.setDataFormat(format.getFormat("0.0%"));
            case INTEGER -> s.setDataFormat(format.getFormat("0"));
            case DATE -> {
                s.setDataFormat(format.getFormat("yyyy-mm-dd"));
                s.setAlignment(HorizontalAlignment.LEFT);
            }
        }
        return s;
    }

    private static XSSFCellStyle header(XSSFWorkbook wb, XSSFFont font, byte[] fill) {
        XSSFCellStyle s = filled(wb, fill);
        s.setFont(font);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setAlignment(HorizontalAlignment.CENTER);
        thinBorder(s);
        return s;
    }

    private static XSSFCellStyle legend(XSSFWorkbook wb, byte[] fill) {
        XSSFCellStyle s = filled(wb, fill);
        thinBorder(s);
        return s;
    }

    private static XSSFCellStyle filled(XSSFWorkbook wb, byte[] fill) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFillForegroundColor(new XSSFColor(fill, new DefaultIndexedColorMap()));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    private static void thinBorder(XSSFCellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        XSSFColor grey = new XSSFColor(rgb(0xBF, 0xBF, 0xBF), new DefaultIndexedColorMap());
        s.setTopBorderColor(grey);
        s.setBottomBorderColor(grey);
        s.setLeftBorderColor(grey);
        s.setRightBorderColor(grey);
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
