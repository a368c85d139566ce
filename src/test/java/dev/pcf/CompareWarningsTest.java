package dev.pcf;

import static dev.pcf.ProblemUnionTest.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pcf.model.Activity;
import dev.pcf.model.Comparison;
import dev.pcf.model.Problem;
import dev.pcf.model.Progress;
import dev.pcf.workbook.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The uncertainty warnings that only a calculated footprint reveals (a factor computed from its carbon content,
 * whose uniform bounds do not contain the computed value) reach {@code pcf compare}'s problems, naming the file.
 */
class CompareWarningsTest {
    @TempDir
    Path dir;

    @Test
    void aComputedFactorOutsideItsBoundsIsReportedWithItsFile() throws IOException {
        Path jx = GoldenExamplesTest.example("JX0317-D30");
        Path b = dir.resolve("B.xlsx");
        int factorRow;   // zero-based
        try (InputStream in = Files.newInputStream(jx); Workbook wb = new XSSFWorkbook(in)) {
            Sheet f = wb.getSheet(Schema.FACTORS.title());
            factorRow = 1;
            while (f.getRow(factorRow) != null && f.getRow(factorRow).getCell(0) != null
                    && !f.getRow(factorRow).getCell(0).toString().isBlank()) factorRow++;
            // 20.2 tC/TJ × 1 × 44/12 × 42.652 GJ/t = 3.1590 kgCO2/kg, outside the uniform 1–2
            ProblemUnionTest.factor(f, factorRow, "EF-CC", null, "kgCO2/kg", 1.0);
            Row r = f.getRow(factorRow);
            r.createCell(col(Schema.FACTOR_COLUMNS, Activity.DISTRIBUTION)).setCellValue("uniform");
            r.createCell(col(Schema.FACTOR_COLUMNS, Activity.MIN)).setCellValue(1.0);
            r.createCell(col(Schema.FACTOR_COLUMNS, Activity.MAX)).setCellValue(2.0);
            ProblemUnionTest.line(wb.getSheet(Schema.ACTIVITY.title()), 8, "RAW", 1.0, "kg", "EF-CC");
            try (OutputStream out = Files.newOutputStream(b)) {
                wb.write(out);
            }
        }
        Comparison c = Pcf.compare(List.of(jx, b), new Pcf.Options(1L, 2000L, 1, true), Progress.NONE);
        String cell = "'排放因子 Factors'!" + (char) ('A' + col(Schema.FACTOR_COLUMNS, Activity.MIN)) + (factorRow + 1);
        List<String> mine = c.warnings().stream().map(Problem::toString).filter(p -> p.contains("EF-CC") || p.contains(cell))
                .toList();
        assertEquals(1, mine.size(), c.warnings().toString());
        String p = mine.get(0);
        assertEquals(true, p.startsWith(b + ": " + cell + ": the range 最小值 Min to 最大值 Max (1 to 2) does not contain"), p);
        assertEquals(true, p.contains("3.159"), p);
    }
}
