package dev.pcf;

import dev.pcf.calc.Calculator;
import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import dev.pcf.reader.Reading;
import dev.pcf.workbook.Schema;
import dev.pcf.reader.WorkbookReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What a facade shows the user: the reader's problems plus {@link Calculator#check} on the workbook the
 * reader returned. A problem either stage finds must appear once, at its cell — the calculator does not
 * repeat what the reader already reported (the reader leaves rows in error out, and reports zero amounts).
 */
class ProblemUnionTest {

    /** The reader's problems followed by the calculator's, as the user reads them. */
    static List<String> union(byte[] xlsx) {
        Reading r = WorkbookReader.read(xlsx, "broken.xlsx");
        List<Problem> all = new ArrayList<>(r.problems());
        if (r.workbook() != null) all.addAll(Calculator.check(r.workbook()));
        return all.stream().map(Problem::toString).toList();
    }

    /** JX0317-D30 with one of each kind of problem; rows as in Excel. */
    static byte[] brokenJx() throws IOException {
        try (InputStream in = Files.newInputStream(GoldenExamplesTest.example("JX0317-D30"));
             Workbook wb = new XSSFWorkbook(in)) {
            Sheet a = wb.getSheet(Schema.ACTIVITY.title());
            set(a, 2, Activity.UNIT, "kg");               // electricity in kg: cannot become the factor's kWh
            set(a, 3, Activity.FACTOR_ID, "EF-NOPE");     // unknown factor
            set(a, 4, Activity.STAGE, "PACK");            // unknown stage
            set(a, 5, Activity.AMOUNT, "abc");            // text in a number cell
            set(a, 6, Activity.AMOUNT, -2.5);             // negative amount
            set(a, 7, Activity.ITEM_ZH, "");              // required field missing, the rest of the row filled
            line(a, 8, "RAW", 10.0, "kWh", "EF-ELEC-CN-2024");
            set(a, 8, Activity.BASIS, "annual");          // annual, and the Report gives no annual production
            line(a, 9, "PRODUCTION", 0.0, "kWh", "EF-ELEC-CN-2024"); // zero amount: a warning
            line(a, 10, "USE", 1.0, "kWh", "EF-ELEC-CN-2024");       // USE is marked not included in JX0317-D30
            line(a, 11, "RAW", 1.0, "kWh", "EF-NEG");                // a factor in error: reported at the factor only
            clearAnnualProduction(wb.getSheet(Schema.REPORT.title()));
            Sheet f = wb.getSheet(Schema.FACTORS.title());
            int last = 1;                                 // the first empty row below the factors (0-based)
            while (f.getRow(last) != null && f.getRow(last).getCell(0) != null
                    && !f.getRow(last).getCell(0).toString().isBlank()) last++;
            Row dup = f.getRow(last) == null ? f.createRow(last) : f.getRow(last);
            dup.createCell(col(Schema.FACTOR_COLUMNS, Factor.ID)).setCellValue("EF-NG-CN");
            dup.createCell(col(Schema.FACTOR_COLUMNS, Factor.NAME_ZH)).setCellValue("天然气（重复）");
            dup.createCell(col(Schema.FACTOR_COLUMNS, Factor.NAME_EN)).setCellValue("Natural gas (repeated)");
            dup.createCell(col(Schema.FACTOR_COLUMNS, Factor.VALUE)).setCellValue(2.16);
            dup.createCell(col(Schema.FACTOR_COLUMNS, Factor.UNIT)).setCellValue("kgCO2/m3");
            Row negative = f.getRow(last + 1) == null ? f.createRow(last + 1) : f.getRow(last + 1);
            negative.createCell(col(Schema.FACTOR_COLUMNS, Factor.ID)).setCellValue("EF-NEG");
            negative.createCell(col(Schema.FACTOR_COLUMNS, Factor.NAME_ZH)).setCellValue("负因子");
            negative.createCell(col(Schema.FACTOR_COLUMNS, Factor.NAME_EN)).setCellValue("Negative factor");
            negative.createCell(col(Schema.FACTOR_COLUMNS, Factor.VALUE)).setCellValue(-0.5);
            negative.createCell(col(Schema.FACTOR_COLUMNS, Factor.UNIT)).setCellValue("kgCO2e/kWh");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Empties the value of the Report's 年产量 / Annual production row (JX0317-D30 gives 7500). */
    static void clearAnnualProduction(Sheet report) {
        for (Row row : report) {
            Cell label = row.getCell(0);
            if (label != null && label.toString().contains("Annual production")) {
                row.getCell(1).setBlank();
                return;
            }
        }
        throw new AssertionError("no Annual production row");
    }

    static int col(List<Schema.Column> columns, String field) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).field().equals(field)) return i;
        throw new AssertionError(field);
    }

    static void set(Sheet s, int excelRow, String field, Object value) {
        Row row = s.getRow(excelRow - 1) == null ? s.createRow(excelRow - 1) : s.getRow(excelRow - 1);
        int c = col(Schema.ACTIVITY_COLUMNS, field);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        switch (value) {
            case String t when t.isEmpty() -> cell.setBlank();
            case String t -> cell.setCellValue(t);
            case Double d -> cell.setCellValue(d);
            default -> throw new AssertionError(value);
        }
    }

    static void line(Sheet s, int excelRow, String stage, double amount, String unit, String factor) {
        set(s, excelRow, Activity.STAGE, stage);
        set(s, excelRow, Activity.ITEM_ZH, "电力");
        set(s, excelRow, Activity.ITEM_EN, "Electricity");
        set(s, excelRow, Activity.AMOUNT, amount);
        set(s, excelRow, Activity.UNIT, unit);
        set(s, excelRow, Activity.FACTOR_ID, factor);
    }

    @Test
    void eachProblemAppearsOnceAtItsCell() throws IOException {
        List<String> expected = List.of(
                // reader: Factors, then Activity in row order
                "'排放因子 Factors'!A24: 因子编号 Factor ID \"EF-NG-CN\" repeats the factor at '排放因子 Factors'!A23",
                "'排放因子 Factors'!D25: 数值 Value must be ≥ 0, found -0.5 (only carbon origin biogenic-removal takes"
                        + " negative values)", // and not again at A11, the row that uses it, nor by the calculator
                "'活动数据 Activity'!H3: 因子编号 Factor ID \"EF-NOPE\" is not a Factor ID of the Factors sheet",
                "'活动数据 Activity'!A4: 阶段代码 Stage code \"PACK\" is not a stage code of the Stages sheet"
                        + " (RAW, RAW_TRANSPORT, PRODUCTION, DISTRIBUTION, USE, EOL)",
                "'活动数据 Activity'!D5: 数量 Amount must be a number, found \"abc\"",
                "'活动数据 Activity'!D6: 数量 Amount must be ≥ 0, found -2.5",
                "'活动数据 Activity'!B7: 项目（中文） Item (Chinese) is required but empty",
                "'活动数据 Activity'!F8: 数量基准 Basis is annual, but 年产量 Annual production ('报告信息 Report'!B29)"
                        + " is empty: give the annual production or use basis unit",
                "'活动数据 Activity'!D9: 数量 Amount is 0: the line adds nothing to the footprint",
                "'活动数据 Activity'!A10: 阶段代码 Stage code \"USE\" is a stage marked not included"
                        + " ('生命周期阶段 Stages'!D6); include the stage or remove the row",
                // calculator: only what the reader cannot know, the unit conversion
                "'活动数据 Activity'!E2: 单位 Unit \"kg\" (a mass) cannot be converted to the reference unit \"kWh\" (an energy) of factor"
                        + " EF-ELEC-CN-2024 ('排放因子 Factors'!E2) without its 低位发热量 NCV ('排放因子 Factors'!H2),"
                        + " which is empty");
        List<String> all = union(brokenJx());
        for (String p : expected) {
            assertEquals(1, all.stream().filter(p::equals).count(), () -> "once: " + p + "\nin " + String.join("\n", all));
        }
        assertEquals(expected, all);
        // one problem per cell: nothing is said twice in other words
        Map<String, Long> perCell = all.stream().collect(java.util.stream.Collectors.groupingBy(
                p -> p.substring(0, p.indexOf(": ")), java.util.stream.Collectors.counting()));
        perCell.forEach((cell, n) -> assertEquals(1L, n, cell));
    }

    @Test
    void zeroAmountIsReportedOnceAndStillCalculated() throws IOException {
        byte[] xlsx;
        try (InputStream in = Files.newInputStream(GoldenExamplesTest.example("JX0317-D30"));
             Workbook wb = new XSSFWorkbook(in)) {
            // EOL electricity 2.5 kWh → 0 (a row with pedigree scores; an explicit lognormal would be an error)
            set(wb.getSheet(Schema.ACTIVITY.title()), 6, Activity.AMOUNT, 0.0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        assertEquals(List.of("'活动数据 Activity'!D6: 数量 Amount is 0: the line adds nothing to the footprint"),
                union(xlsx));
        Reading r = WorkbookReader.read(xlsx, "zero.xlsx");
        var fp = Calculator.calculate(r.workbook());
        assertEquals(List.of(), fp.warnings());
        // 113.38583360595013 − 2.5 × 0.5777 (1.44425) = 111.94158360595013
        assertEquals(111.94158360595013, fp.total(), 112 * 1e-12);
        assertEquals(0.0, fp.lines().get(4).kgco2e(), 0);
    }

    @Test
    void annualProductionInErrorIsReportedOnce() throws IOException {
        Map<Object, String> expected = Map.of(
                0.0, "'报告信息 Report'!B29: 年产量 Annual production must be greater than 0, found 0",
                -5.0, "'报告信息 Report'!B29: 年产量 Annual production must be greater than 0, found -5",
                "many", "'报告信息 Report'!B29: 年产量 Annual production must be a number, found \"many\"");
        for (var e : expected.entrySet()) {
            byte[] xlsx;
            try (InputStream in = Files.newInputStream(GoldenExamplesTest.example("JX0317-D30"));
                 Workbook wb = new XSSFWorkbook(in)) {
                Sheet a = wb.getSheet(Schema.ACTIVITY.title());
                line(a, 8, "RAW", 10.0, "kWh", "EF-ELEC-CN-2024");
                set(a, 8, Activity.BASIS, "annual");
                setAnnualProduction(wb.getSheet(Schema.REPORT.title()), e.getKey());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                xlsx = out.toByteArray();
            }
            // once, at the Report cell; not again at the annual row's basis (F8) as "not given"
            assertEquals(List.of(e.getValue()), union(xlsx));
            Reading r = WorkbookReader.read(xlsx, "annual.xlsx");
            assertThrows(InputException.class, () -> Calculator.calculate(r.workbook()),
                    "the calculation alone still refuses the annual row");
        }
    }

    @Test
    void factorProblemsAppearOnce() throws IOException {
        byte[] xlsx;
        try (InputStream in = Files.newInputStream(GoldenExamplesTest.example("JX0317-D30"));
             Workbook wb = new XSSFWorkbook(in)) {
            Sheet f = wb.getSheet(Schema.FACTORS.title());
            int r = 1;
            while (f.getRow(r) != null && f.getRow(r).getCell(0) != null && !f.getRow(r).getCell(0).toString().isBlank()) r++;
            factor(f, r, "EF-BANANA", 1.0, "kgCO2e/banana", null);
            factor(f, r + 1, "EF-EMPTY", null, "kgCO2/kg", null);
            factor(f, r + 2, "EF-OF-ZERO", null, "kgCO2/kg", 0.0);
            factor(f, r + 3, "EF-OF-150", null, "kgCO2/kg", 150.0);
            Sheet a = wb.getSheet(Schema.ACTIVITY.title());
            line(a, 8, "RAW", 1.0, "kg", "EF-BANANA");
            line(a, 9, "RAW", 1.0, "kg", "EF-EMPTY");
            line(a, 10, "RAW", 1.0, "kg", "EF-OF-ZERO");
            line(a, 11, "RAW", 1.0, "kg", "EF-OF-150");
            line(a, 12, "RAW", 1.0, "bananas", "EF-ELEC-CN-2024");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        List<String> all = union(xlsx);
        // the reader's (value, oxidation over 100 %), then the calculator's (units, oxidation 0); the rows
        // using these factors (A8–A11) are not reported again
        assertEquals(List.of(
                "'排放因子 Factors'!D25: 数值 Value is empty: give the factor, or 单位热值含碳量 Carbon content and"
                        + " 碳氧化率 Oxidation rate",
                "'排放因子 Factors'!K27: 碳氧化率 Oxidation rate must be a fraction 0–1 or a percent up to 100, found 150",
                "'排放因子 Factors'!K26: 碳氧化率 Oxidation rate must be a fraction above 0 and at most 1, such as 0.98"
                        + " or 98%, found 0",
                "'排放因子 Factors'!E24: 单位 Unit \"kgCO2e/banana\": the reference unit \"banana\" is not a known unit;"
                        + " expected e.g. kWh, MJ, GJ, kg, t, m3, Nm3, L, t·km, km, pcs, or a unit of one's own written"
                        + " identically in the activity rows that use the factor",
                "'活动数据 Activity'!E12: 单位 Unit \"bananas\" is not a known unit; expected e.g. kWh, MJ, GJ, kg, t, m3,"
                        + " Nm3, L, t·km, km, pcs"), all);
        Map<String, Long> perCell = all.stream().collect(java.util.stream.Collectors.groupingBy(
                p -> p.substring(0, p.indexOf(": ")), java.util.stream.Collectors.counting()));
        perCell.forEach((cell, n) -> assertEquals(1L, n, cell));
    }

    /** A factor row with a carbon content of 20.2 tC/TJ and an NCV of 42.652 GJ/t when the value is null. */
    static void factor(Sheet f, int r, String id, Double value, String unit, Double oxidation) {
        Row row = f.getRow(r) == null ? f.createRow(r) : f.getRow(r);
        row.createCell(col(Schema.FACTOR_COLUMNS, Factor.ID)).setCellValue(id);
        row.createCell(col(Schema.FACTOR_COLUMNS, Factor.NAME_ZH)).setCellValue(id);
        row.createCell(col(Schema.FACTOR_COLUMNS, Factor.NAME_EN)).setCellValue(id);
        if (value != null) row.createCell(col(Schema.FACTOR_COLUMNS, Factor.VALUE)).setCellValue(value);
        row.createCell(col(Schema.FACTOR_COLUMNS, Factor.UNIT)).setCellValue(unit);
        if (oxidation != null) {
            row.createCell(col(Schema.FACTOR_COLUMNS, Factor.NCV)).setCellValue(42.652);
            row.createCell(col(Schema.FACTOR_COLUMNS, Factor.NCV_UNIT)).setCellValue("GJ/t");
            row.createCell(col(Schema.FACTOR_COLUMNS, Factor.CARBON_CONTENT)).setCellValue(20.2);
            row.createCell(col(Schema.FACTOR_COLUMNS, Factor.OXIDATION_RATE)).setCellValue(oxidation);
        }
    }

    static void setAnnualProduction(Sheet report, Object value) {
        for (Row row : report) {
            Cell label = row.getCell(0);
            if (label != null && label.toString().contains("Annual production")) {
                if (value instanceof Double d) row.getCell(1).setCellValue(d);
                else row.getCell(1).setCellValue((String) value);
                return;
            }
        }
        throw new AssertionError("no Annual production row");
    }
}
