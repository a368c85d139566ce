package dev.pcf.template;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 说明 Guide sheet, laid out from {@code guide.txt}: {@code = } a title, {@code # } a section
 * heading, {@code |! } a table header row, {@code | } a table row (trailing empty cells merge
 * into the last filled one), {@code @legend} the colour legend, any other line a paragraph over
 * the full width, a blank line a gap.
 */
final class GuideSheet {
    private GuideSheet() {}

    private static final int[] WIDTHS = {30, 34, 34, 34, 34, 34};
    private static final int LAST_COL = WIDTHS.length - 1;
    private static final float LINE_POINTS = 15f;

    static void write(XSSFSheet sheet, TemplateStyles styles) {
        for (int i = 0; i < WIDTHS.length; i++) sheet.setColumnWidth(i, 256 * WIDTHS[i]);
        int row = 0;
        for (String line : lines()) {
            if (line.isBlank()) {
                row++;
            } else if (line.startsWith("= ")) {
                paragraph(sheet, row++, line.substring(2), styles.title, 26f);
            } else if (line.startsWith("# ")) {
                paragraph(sheet, row++, line.substring(2), styles.heading, 20f);
            } else if (line.equals("@legend")) {
                row = legend(sheet, styles, row);
            } else if (line.startsWith("|")) {
                boolean head = line.startsWith("|!");
                table(sheet, row++, line.substring(head ? 2 : 1), head ? styles.tableHeader : styles.tableCell);
            } else {
                int total = Arrays.stream(WIDTHS).sum();
                paragraph(sheet, row++, line, styles.text, LINE_POINTS * Cells.lines(line, total - 6) + 3);
            }
        }
        sheet.setDisplayGridlines(false);
    }

    private static void paragraph(XSSFSheet sheet, int row, String text, XSSFCellStyle style, float height) {
        Cells.put(sheet, row, 0, text, style);
        for (int c = 1; c <= LAST_COL; c++) Cells.cell(sheet, row, c).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, LAST_COL));
        sheet.getRow(row).setHeightInPoints(height);
    }

    private static void table(XSSFSheet sheet, int row, String body, XSSFCellStyle style) {
        List<String> cells = new ArrayList<>(Arrays.stream(body.split("\\|", -1)).map(String::strip).toList());
        while (!cells.isEmpty() && cells.getLast().isEmpty()) cells.removeLast();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            boolean last = c == cells.size() - 1;
            int width = 0;
            for (int k = c; k <= (last ? LAST_COL : c); k++) width += WIDTHS[k];
            Cells.put(sheet, row, c, cells.get(c), style);
            lines = Math.max(lines, Cells.lines(cells.get(c), width - 2));
            if (last) {
                for (int k = c + 1; k <= LAST_COL; k++) Cells.cell(sheet, row, k).setCellStyle(style);
                if (c < LAST_COL) sheet.addMergedRegion(new CellRangeAddress(row, row, c, LAST_COL));
            }
        }
        sheet.getRow(row).setHeightInPoints(LINE_POINTS * lines + 3);
    }

    private static int legend(XSSFSheet sheet, TemplateStyles styles, int row) {
        Object[][] legend = {
                {styles.legendRequired, "★ 必填列的表头：有数据的行必须填写。 Header of a required column: every row with data must fill it."},
                {styles.legendOptional, "可选列的表头。 Header of an optional column."},
                {styles.legendInput, "待填写的单元格。 A cell to fill in."},
                {styles.legendPrefilled, "模板预填的内容（标准阶段、因子库）：请核对，可修改。 Prefilled by the template (standard stages, factor library): check it, edit it if needed."},
        };
        for (Object[] l : legend) {
            table(sheet, row, " | " + l[1], styles.text);
            Cells.put(sheet, row, 0, null, (XSSFCellStyle) l[0]);
            row++;
        }
        return row;
    }

    private static List<String> lines() {
        try (InputStream in = GuideSheet.class.getResourceAsStream("guide.txt")) {
            if (in == null) throw new IllegalStateException("missing resource guide.txt");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
