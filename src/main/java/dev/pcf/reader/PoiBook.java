package dev.pcf.reader;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.PictureData;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Shape;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Book} over POI's in-memory model ({@code .xls}, and {@code .xlsx} the {@link Grid} cannot
 * represent exactly, such as one with formulas): formulas are evaluated by POI's evaluator.
 */
final class PoiBook implements Book {
    private final Workbook wb;
    private final List<Page> pages = new ArrayList<>();

    PoiBook(Workbook wb) {
        this.wb = wb;
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        for (Sheet s : wb) pages.add(new PoiPage(s, evaluator));
    }

    @Override
    public List<Page> pages() {
        return pages;
    }

    @Override
    public void close() {
        try {
            wb.close();
        } catch (IOException | RuntimeException ignored) {
            // read from memory: nothing to release beyond the heap
        }
    }

    /** One POI sheet. */
    private record PoiPage(Sheet sheet, FormulaEvaluator evaluator) implements Page {

        @Override
        public String name() {
            return sheet.getSheetName();
        }

        @Override
        public int lastRow() {
            return sheet.getLastRowNum();
        }

        @Override
        public boolean hasRow(int row) {
            return sheet.getRow(row) != null;
        }

        @Override
        public int[] columns(int row) {
            Row r = sheet.getRow(row);
            if (r == null) return new int[0];
            List<Integer> cols = new ArrayList<>();
            for (Cell c : r) cols.add(c.getColumnIndex());
            return cols.stream().mapToInt(Integer::intValue).toArray();
        }

        private Cell cell(int row, int column) {
            Row r = sheet.getRow(row);
            return r == null ? null : r.getCell(column);
        }

        @Override
        public boolean hasCell(int row, int column) {
            return cell(row, column) != null;
        }

        @Override
        public String headerText(int row, int column) {
            Cell cell = cell(row, column);
            if (cell == null) return "";
            return switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue().strip();
                case NUMERIC -> CellValue.plain(cell.getNumericCellValue());
                case FORMULA -> cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
                default -> "";
            };
        }

        @Override
        public CellValue value(int row, int column) {
            return CellValue.of(cell(row, column), evaluator);
        }

        @Override
        public List<CellRangeAddress> merged() {
            return sheet.getMergedRegions();
        }

        @Override
        public List<Pic> pictures() {
            List<Pic> pictures = new ArrayList<>();
            Drawing<?> drawing = sheet.getDrawingPatriarch();
            if (drawing == null) return pictures;
            for (Shape s : drawing) {
                // pictures inside a group carry child anchors, not cell anchors: only top-level ones are read
                if (!(s instanceof Picture p)) continue;
                ClientAnchor anchor = p.getClientAnchor();
                PictureData data = p.getPictureData();
                pictures.add(new Pic(anchor.getRow1(), anchor.getCol1(), data == null ? null : data.getData(),
                        data == null ? null : data.getMimeType()));
            }
            return pictures;
        }
    }
}
