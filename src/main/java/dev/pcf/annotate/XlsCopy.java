package dev.pcf.annotate;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.HashMap;
import java.util.Map;

/**
 * A legacy .xls copied into a new .xlsx cell by cell, for the {@link Annotator}: values, formulas
 * (their text and cached result, never evaluated), number formats, merged areas and column
 * widths. Fonts, fills and borders are not copied.
 */
final class XlsCopy {
    private XlsCopy() {}

    static XSSFWorkbook copy(HSSFWorkbook src) {
        XSSFWorkbook dst = new XSSFWorkbook();
        Map<String, CellStyle> formats = new HashMap<>();
        for (Sheet s : src) {
            Sheet d = dst.createSheet(s.getSheetName());
            int maxCol = 0;
            for (Row r : s) {
                Row dr = d.createRow(r.getRowNum());
                for (Cell c : r) {
                    Cell dc = dr.createCell(c.getColumnIndex());
                    maxCol = Math.max(maxCol, c.getColumnIndex());
                    copyValue(c, dc);
                    String fmt = c.getCellStyle() == null ? null : c.getCellStyle().getDataFormatString();
                    if (fmt != null && !fmt.equals("General")) {
                        dc.setCellStyle(formats.computeIfAbsent(fmt, f -> {
                            CellStyle st = dst.createCellStyle();
                            st.setDataFormat(dst.createDataFormat().getFormat(f));
                            return st;
                        }));
                    }
                }
            }
            for (int i = 0; i < s.getNumMergedRegions(); i++) d.addMergedRegionUnsafe(s.getMergedRegion(i));
            for (int col = 0; col <= maxCol; col++) d.setColumnWidth(col, Math.min(s.getColumnWidth(col), 255 * 256));
        }
        return dst;
    }

    private static void copyValue(Cell c, Cell dc) {
        switch (c.getCellType()) {
            case STRING -> dc.setCellValue(c.getStringCellValue());
            case NUMERIC -> dc.setCellValue(c.getNumericCellValue());
            case BOOLEAN -> dc.setCellValue(c.getBooleanCellValue());
            case ERROR -> dc.setCellErrorValue(c.getErrorCellValue());
            case FORMULA -> {
                try {
                    dc.setCellFormula(c.getCellFormula());
                } catch (RuntimeException e) {
                    dc.setCellValue("=" + c.getCellFormula());
                    return;
                }
                switch (c.getCachedFormulaResultType()) {
                    case NUMERIC -> dc.setCellValue(c.getNumericCellValue());
                    case STRING -> dc.setCellValue(c.getStringCellValue());
                    case BOOLEAN -> dc.setCellValue(c.getBooleanCellValue());
                    default -> { }
                }
            }
            default -> { }
        }
    }

}
