package dev.pcf.batch;

import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import dev.pcf.model.Progress;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A batch of 50 generated .xlsx workbooks (two of them broken) through the runner with a worker
 * that really opens each file with POI and sums amount × factor over its rows; the summary must
 * hold every total. Throughput is measured by {@code bench/BatchBench.java} (bench/README.md), not here.
 */
class BatchOfFiftyIT {
    @TempDir
    Path tmp;

    /** Workbook k (1..50) has 20 rows of amount k and factor 0.5: total 20 × k × 0.5 = 10k kg CO2e. */
    private static void generate(Path file, int k) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("活动数据 Activity");
            s.createRow(0).createCell(0).setCellValue("数量 Amount");
            for (int r = 1; r <= 20; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(k);
                row.createCell(1).setCellValue(0.5);
            }
            wb.write(out);
        }
    }

    private static final Function<Path, BatchItem> READ_AND_SUM = p -> {
        try (Workbook wb = WorkbookFactory.create(p.toFile(), null, true)) {
            Sheet s = wb.getSheet("活动数据 Activity");
            if (s == null) throw new InputException(Problem.error(null, "sheet 活动数据 Activity is missing"));
            double total = 0;
            for (Row r : s) {
                if (r.getRowNum() == 0) continue;
                total += r.getCell(0).getNumericCellValue() * r.getCell(1).getNumericCellValue();
            }
            return BatchItem.ok(p, total, total * 0.95, total * 1.05);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    @Test
    void fiftyWorkbooksGiveACorrectSummary() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        for (int k = 1; k <= 48; k++) generate(dir.resolve(String.format(Locale.ROOT, "wb%02d.xlsx", k)), k);
        Files.write(dir.resolve("wb49.xlsx"), "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("wb50.xlsx"))) {
            wb.createSheet("其他 Other");
            wb.write(out);
        }
        BatchSummary s = BatchRunner.run(dir, tmp.resolve("out"), 0, READ_AND_SUM, Progress.NONE);
        assertEquals(50, s.items().size());
        for (int k = 1; k <= 48; k++) {
            BatchItem i = s.items().get(k - 1);
            assertEquals(String.format(Locale.ROOT, "wb%02d.xlsx", k), i.file().getFileName().toString());
            assertEquals(10.0 * k, i.total(), 1e-12, "20 rows × " + k + " × 0.5");
        }
        assertEquals(BatchItem.Status.ERROR, s.items().get(48).status());
        assertEquals(List.of("sheet 活动数据 Activity is missing"), s.items().get(49).problems());
        List<String> csv = Files.readAllLines(s.csv());
        assertEquals(51, csv.size());
        assertEquals("wb07.xlsx,ok,70,66.5,73.5,", csv.get(7));
    }
}
