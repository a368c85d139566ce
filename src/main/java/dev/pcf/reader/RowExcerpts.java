package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.model.RowValues;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows that problems point at, with the header of each column, for display beside the
 * problems. Opens the file as safely as the reader does ({@link SafeOpen}); formulas are never
 * evaluated (a formula is shown as typed). Bounded: at most {@value #MAX_ROWS} rows,
 * {@value #MAX_COLUMNS} columns per row and {@value #MAX_TEXT} characters per value.
 */
public final class RowExcerpts {
    private RowExcerpts() {}

    static final int MAX_ROWS = 200;
    static final int MAX_COLUMNS = 30;
    static final int MAX_TEXT = 80;

    /**
     * The rows holding these cells, in the order the cells are given, one entry per row.
     *
     * @param bytes    the workbook file
     * @param fileName its name, for messages only
     * @param cells    cells whose rows to read; cells of sheets the workbook lacks are skipped
     * @return the rows found; empty when the file cannot be opened safely
     */
    public static List<RowValues> rows(byte[] bytes, String fileName, Collection<CellRef> cells) {
        if (cells.isEmpty()) return List.of();
        return Limits.withLargeStack(fileName, () -> read(bytes, fileName, cells));
    }

    private static List<RowValues> read(byte[] bytes, String fileName, Collection<CellRef> cells) {
        SafeOpen.Opened opened = SafeOpen.open(bytes, fileName, true);
        if (opened.workbook() == null) return List.of();
        try (Workbook wb = opened.workbook()) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Map<CellRef, RowValues> rows = new LinkedHashMap<>();
            for (CellRef c : cells) {
                CellRef key = new CellRef(c.sheet(), c.row(), 0);
                if (rows.size() >= MAX_ROWS || rows.containsKey(key)) continue;
                Sheet sheet = wb.getSheet(c.sheet());
                if (sheet == null) continue;
                Row row = sheet.getRow(c.row());
                if (row == null) continue;
                rows.put(key, new RowValues(c.sheet(), c.row(), values(sheet, row, c.column(), formatter)));
            }
            return List.copyOf(rows.values());
        } catch (IOException | RuntimeException e) {
            // only a display aid: a workbook that cannot be read again shows its problems without rows
            return List.of();
        }
    }

    private static List<RowValues.Cell> values(Sheet sheet, Row row, int problemColumn, DataFormatter formatter) {
        Row header = sheet.getRow(0);
        int last = Math.max(row.getLastCellNum() - 1, problemColumn);
        last = Math.min(last, MAX_COLUMNS - 1);
        List<RowValues.Cell> out = new ArrayList<>();
        for (int col = 0; col <= last; col++) {
            String head = header == null || header.getRowNum() == row.getRowNum() ? "" : text(header.getCell(col), formatter);
            out.add(new RowValues.Cell(col, head, text(row.getCell(col), formatter)));
        }
        return out;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) return "";
        String s;
        try {
            // a formula as typed, with its last computed value when there is one: the reader evaluates it afresh
            s = cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula() : formatter.formatCellValue(cell);
        } catch (RuntimeException e) {
            s = "?";
        }
        s = Limits.withoutControls(s).strip();
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s;
    }

}
