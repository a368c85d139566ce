package dev.pcf.bench;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Generates a folder of workbooks for batch tests and the batch benchmark: copies of the two
 * example workbooks (JX0317-D30 for odd numbers, SC-120 for even ones) whose every activity
 * amount (column D of the Activity sheet) is multiplied by {@link #scale(int)}, plus broken ones at
 * the end: the second-to-last is not a workbook at all, the last is an unscaled copy of its example whose amount in
 * {@link #BAD_CELL} is the text "abc".
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/bench-classpath.txt)
 * dev.pcf.bench.BatchWorkbooks OUTDIR [COUNT=50] [BROKEN=2]} from the repository root.
 */
public final class BatchWorkbooks {
    /** The example workbooks. */
    public static final Path JX = Path.of("workbook-templates/examples/JX0317-D30.xlsx");
    public static final Path SC = Path.of("workbook-templates/examples/SC-120.xlsx");
    /** The Activity sheet and its amount column (D, index 3). */
    public static final String ACTIVITY = "活动数据 Activity";
    public static final int AMOUNT_COLUMN = 3;
    /** The cell made non-numeric in the last broken workbook. */
    public static final String BAD_CELL = "'活动数据 Activity'!D3";

    private BatchWorkbooks() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BatchWorkbooks OUTDIR [COUNT=50] [BROKEN=2]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int broken = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        generate(Path.of(args[0]), count, broken);
        System.out.printf(Locale.ROOT, "wrote %d workbooks (%d broken) to %s%n", count, broken, args[0]);
    }

    /** The factor applied to every amount of good workbook {@code k} (1-based): 0.5 + k/40. */
    public static double scale(int k) {
        return 0.5 + k / 40.0;
    }

    /** The example that workbook {@code k} is a copy of. */
    public static Path source(int k) {
        return k % 2 == 1 ? JX : SC;
    }

    /** File name of workbook {@code k}: {@code wb07-JX0317-D30.xlsx}. */
    public static String name(int k) {
        return String.format(Locale.ROOT, "wb%02d-%s", k, source(k).getFileName());
    }

    /**
     * Writes {@code count} workbooks into {@code dir} (created if missing); the last {@code broken}
     * of them (at most 2) are broken as described above.
     */
    public static void generate(Path dir, int count, int broken) throws IOException {
        Files.createDirectories(dir);
        for (int k = 1; k <= count; k++) {
            Path target = dir.resolve(name(k));
            int fromEnd = count - k; // 0 for the last
            if (fromEnd < broken && fromEnd == 1) {
                Files.write(target, "this is not a workbook".getBytes(StandardCharsets.UTF_8));
            } else if (fromEnd < broken && fromEnd == 0) {
                write(source(k), target, 1.0, true);
            } else {
                write(source(k), target, scale(k), false);
            }
        }
    }

    private static void write(Path src, Path target, double factor, boolean breakIt) throws IOException {
        try (InputStream in = Files.newInputStream(src); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet(ACTIVITY);
            if (s == null) throw new IllegalStateException(src + " has no sheet " + ACTIVITY);
            for (Row r : s) {
                if (r.getRowNum() == 0) continue;
                Cell c = r.getCell(AMOUNT_COLUMN);
                if (c != null && c.getCellType() == CellType.NUMERIC) c.setCellValue(c.getNumericCellValue() * factor);
            }
            if (breakIt) s.getRow(2).getCell(AMOUNT_COLUMN).setCellValue("abc");
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }
}
