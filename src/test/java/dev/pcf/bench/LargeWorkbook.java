package dev.pcf.bench;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A large workbook for tests and benchmarks: the JX0317-D30 example with {@code n} activity rows appended.
 * Row {@code i} (1-based) copies the example's activity row {@code (i − 1) mod 6}, so the appended rows cycle
 * over its stages, factors, units, data types and uncertainty columns; its item is named
 * {@code 批量项目 0001} / {@code Bulk item 0001} and its amount is the template's × (1 + (i mod 7) / 10).
 */
public final class LargeWorkbook {
    /** The example the rows are appended to. */
    public static final Path EXAMPLE = Path.of("workbook-templates/examples/JX0317-D30.xlsx");
    /** The activity sheet of the example. */
    public static final String ACTIVITY = "活动数据 Activity";
    /** Activity rows of the example (rows 2–7 of the sheet). */
    public static final int TEMPLATE_ROWS = 6;
    private static final int ITEM_ZH = 1;
    private static final int ITEM_EN = 2;
    private static final int AMOUNT = 3;
    private static final int NOTES = 21;

    private LargeWorkbook() {}

    /**
     * Writes {@code OUT.xlsx} with {@code LINES} activity lines in all (the example's 6 and {@code LINES − 6}
     * appended), for bench/run.sh. Arguments: {@code OUT LINES}.
     *
     * @throws IOException when the example cannot be read or the target written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LargeWorkbook OUT.xlsx LINES");
            System.exit(2);
        }
        write(Path.of(args[0]), Math.max(0, Integer.parseInt(args[1]) - TEMPLATE_ROWS));
    }

    /** The English item name of appended row {@code i} (1-based). */
    public static String itemEn(int i) {
        return String.format(Locale.ROOT, "Bulk item %04d", i);
    }

    /** The Chinese item name of appended row {@code i} (1-based). */
    public static String itemZh(int i) {
        return String.format(Locale.ROOT, "批量项目 %04d", i);
    }

    /**
     * Writes the example with {@code n} appended activity rows to {@code target}.
     *
     * @throws IOException when the example cannot be read or the target written
     */
    public static Path write(Path target, int n) throws IOException {
        try (InputStream in = Files.newInputStream(EXAMPLE); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet(ACTIVITY);
            for (int i = 1; i <= n; i++) {
                Row from = s.getRow(1 + (i - 1) % TEMPLATE_ROWS);
                int r = TEMPLATE_ROWS + i;
                Row to = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
                for (Cell c : from) {
                    Cell d = to.getCell(c.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                    d.setCellStyle(c.getCellStyle());
                    switch (c.getCellType()) {
                        case STRING -> d.setCellValue(c.getStringCellValue());
                        case NUMERIC -> d.setCellValue(c.getNumericCellValue());
                        case BOOLEAN -> d.setCellValue(c.getBooleanCellValue());
                        case FORMULA -> d.setCellFormula(c.getCellFormula());
                        default -> d.setBlank();
                    }
                }
                to.getCell(ITEM_ZH).setCellValue(itemZh(i));
                to.getCell(ITEM_EN).setCellValue(itemEn(i));
                to.getCell(AMOUNT).setCellValue(from.getCell(AMOUNT).getNumericCellValue() * (1 + (i % 7) / 10.0));
                to.getCell(NOTES, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setBlank();
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }
}
