package dev.pcf;

import dev.pcf.calc.Calculator;
import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.StageResult;
import dev.pcf.reader.Reading;
import dev.pcf.workbook.Schema;
import dev.pcf.reader.WorkbookReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 2: "a copy of an example with columns reordered, an extra column, numbers as text and amounts as
 * formulas gives identical results". Each example is rewritten with POI — Activity columns reversed and
 * Factors columns shuffled (whole columns, headers included), a user column of junk inserted, headers renamed
 * to their English-only and {@code 中文 / English} forms, every number of Activity, Factors and Report
 * turned into text ({@code "360,000"}, fractions as {@code "40%"}), each amount turned into a formula
 * ({@code =174.9425*1}, a reference to another sheet {@code +0}, or a {@code SUM} of two halves), the
 * Report sheet's Value column moved behind its Note column — and both copies must read without a problem
 * and give the same footprint. Likewise a copy saved as a legacy {@code .xls}.
 */
class ReshapedExampleIT {

    static final String HELPER = "辅助 Helper";
    static final String JUNK_HEADER = "我的备注 My own column";

    @ParameterizedTest
    @ValueSource(strings = {"JX0317-D30", "SC-120"})
    void reshapedCopyGivesIdenticalResults(String name, @TempDir Path dir) throws IOException {
        Path original = GoldenExamplesTest.example(name);
        Path copy = dir.resolve(name + "-reshaped.xlsx");
        reshape(original, copy);
        assertReshaped(copy);

        Reading a = WorkbookReader.read(original);
        Reading b = WorkbookReader.read(copy);
        assertEquals(List.of(), a.problems(), "original");
        assertEquals(List.of(), b.problems(), "reshaped copy");
        assertSameInput(a.workbook(), b.workbook());
        assertSameFootprint(Calculator.calculate(a.workbook()), Calculator.calculate(b.workbook()));
        assertTrue(Calculator.check(b.workbook()).isEmpty());
        // the copy really was reshaped: the amount column moved
        assertNotEquals(a.workbook().activities().getFirst().cells().cell(dev.pcf.model.Activity.AMOUNT).column(),
                b.workbook().activities().getFirst().cells().cell(dev.pcf.model.Activity.AMOUNT).column());
    }

    /**
     * The copy holds what the test claims: no numeric cell left in Activity, Factors or the Report values
     * except the junk column and dates, every amount a formula or text, and all three amount formula forms.
     */
    static void assertReshaped(Path copy) throws IOException {
        try (InputStream in = Files.newInputStream(copy); Workbook wb = new XSSFWorkbook(in)) {
            List<String> formulas = new ArrayList<>();
            int text = 0;
            for (Schema.SheetDef def : List.of(Schema.ACTIVITY, Schema.FACTORS, Schema.REPORT)) {
                Sheet s = sheet(wb, def);
                Row header = s.getRow(0);
                for (Row row : s) {
                    for (Cell c : row) {
                        String h = header.getCell(c.getColumnIndex()).getStringCellValue();
                        if (h.equals(JUNK_HEADER) || def == Schema.REPORT && c.getColumnIndex() != 3) continue;
                        if (c.getCellType() == CellType.NUMERIC) {
                            assertTrue(def == Schema.REPORT && DateUtil.isCellDateFormatted(c), c.getAddress() + " in " + def.title());
                        }
                        if (h.equals("数量 / Amount") && row.getRowNum() > 0) {
                            if (c.getCellType() == CellType.FORMULA) formulas.add(c.getCellFormula());
                            else if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains(",")) text++;
                            else throw new AssertionError("amount " + c.getAddress() + " neither a formula nor grouped text");
                        }
                    }
                }
            }
            assertTrue(formulas.stream().anyMatch(f -> f.endsWith("*1")), formulas::toString);
            assertTrue(formulas.stream().anyMatch(f -> f.endsWith("+0")), formulas::toString);
            assertTrue(formulas.stream().anyMatch(f -> f.startsWith("SUM(")), formulas::toString);
            assertTrue(copy.toString().contains("JX0317") || text == 2, "SC-120 has 360,000 and 18,000 as text: " + text);
        }
    }

    /** The example saved as a legacy .xls (values, formulas and number formats copied cell by cell) reads the same. */
    @ParameterizedTest
    @ValueSource(strings = {"JX0317-D30", "SC-120"})
    void legacyXlsCopyGivesIdenticalResults(String name, @TempDir Path dir) throws IOException {
        Path original = GoldenExamplesTest.example(name);
        Path copy = dir.resolve(name + ".xls");
        try (InputStream in = Files.newInputStream(original); Workbook from = new XSSFWorkbook(in);
             Workbook to = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            java.util.Map<String, CellStyle> styles = new java.util.HashMap<>();
            for (Sheet s : from) {
                Sheet t = to.createSheet(s.getSheetName());
                for (Row row : s) {
                    Row tr = t.createRow(row.getRowNum());
                    for (Cell c : row) {
                        Cell tc = tr.createCell(c.getColumnIndex());
                        String format = c.getCellStyle().getDataFormatString();
                        tc.setCellStyle(styles.computeIfAbsent(format, f -> {
                            CellStyle st = to.createCellStyle();
                            st.setDataFormat(to.createDataFormat().getFormat(f));
                            return st;
                        }));
                        put(tc, CellData.of(c));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(copy)) {
                to.write(out);
            }
        }
        Reading a = WorkbookReader.read(original);
        Reading b = WorkbookReader.read(copy);
        assertEquals(List.of(), a.problems(), "original");
        assertEquals(List.of(), b.problems(), ".xls copy");
        assertSameInput(a.workbook(), b.workbook());
        assertSameFootprint(Calculator.calculate(a.workbook()), Calculator.calculate(b.workbook()));
    }

    // ---- comparison -------------------------------------------------------------------------------------

    /** Doubles equal exactly, or within 1e-12 relative where text parsing may round differently. */
    static void same(double expected, double actual, String what) {
        if (Double.compare(expected, actual) == 0) return;
        assertEquals(expected, actual, Math.abs(expected) * 1e-12, what);
    }

    /** Every component of a record but its cell positions, which the reshaping moves on purpose. */
    static List<Object> withoutCells(Record r) {
        List<Object> values = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals("cells")) continue;
            try {
                values.add(c.getName() + "=" + c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return values;
    }

    static void assertSameInput(PcfWorkbook a, PcfWorkbook b) {
        assertEquals(a.activities().size(), b.activities().size());
        for (int i = 0; i < a.activities().size(); i++) {
            assertEquals(withoutCells(a.activities().get(i)), withoutCells(b.activities().get(i)), "activity " + i);
        }
        assertEquals(a.factors().size(), b.factors().size());
        for (int i = 0; i < a.factors().size(); i++) {
            assertEquals(withoutCells(a.factors().get(i)), withoutCells(b.factors().get(i)), "factor " + i);
        }
        assertEquals(a.info().annualProduction(), b.info().annualProduction());
        assertEquals(a.info().productMassKg(), b.info().productMassKg());
        assertEquals(a.info().issueDate(), b.info().issueDate());
        assertEquals(a.info().reportNo(), b.info().reportNo());
        assertEquals(a.info().boundary(), b.info().boundary());
    }

    static void assertSameFootprint(Footprint a, Footprint b) {
        assertEquals(a.gwpSet(), b.gwpSet());
        same(a.total(), b.total(), "total");
        assertEquals(a.stages().size(), b.stages().size());
        for (int i = 0; i < a.stages().size(); i++) {
            StageResult x = a.stages().get(i), y = b.stages().get(i);
            assertEquals(x.stage().code(), y.stage().code());
            same(x.kgco2e(), y.kgco2e(), x.stage().code());
            same(x.share(), y.share(), x.stage().code() + " share");
        }
        assertEquals(a.byGas().keySet(), b.byGas().keySet());
        a.byGas().forEach((g, v) -> same(v, b.byGas().get(g), g));
        assertEquals(a.byOrigin().keySet(), b.byOrigin().keySet());
        a.byOrigin().forEach((o, v) -> same(v, b.byOrigin().get(o), o.code()));
        assertEquals(a.lines().size(), b.lines().size());
        for (int i = 0; i < a.lines().size(); i++) {
            LineResult x = a.lines().get(i), y = b.lines().get(i);
            String w = "line " + (i + 1);
            assertEquals(x.activity().index(), y.activity().index(), w);
            assertEquals(x.factor().id(), y.factor().id(), w);
            same(x.amountPerUnit(), y.amountPerUnit(), w + " amount per unit");
            same(x.conversion(), y.conversion(), w + " conversion");
            same(x.factorValue(), y.factorValue(), w + " factor value");
            same(x.gasKgPerUnit(), y.gasKgPerUnit(), w + " gas kg per unit");
            assertEquals(x.gas(), y.gas(), w);
            same(x.gwp(), y.gwp(), w + " GWP");
            assertEquals(x.origin(), y.origin(), w);
            same(x.gasKg(), y.gasKg(), w + " gas kg");
            same(x.kgco2e(), y.kgco2e(), w + " kgCO2e");
        }
        assertEquals(a.cutOff().smallLines().stream().map(l -> l.activity().index()).toList(),
                b.cutOff().smallLines().stream().map(l -> l.activity().index()).toList());
        same(a.cutOff().smallSum(), b.cutOff().smallSum(), "cut-off sum");
        same(a.cutOff().smallShare(), b.cutOff().smallShare(), "cut-off share");
        assertEquals(a.cutOff().passed(), b.cutOff().passed());
        same(a.primaryDataShare(), b.primaryDataShare(), "primary data share");
        assertEquals(List.of(), a.warnings());
        assertEquals(List.of(), b.warnings());
    }

    // ---- the rewriting ----------------------------------------------------------------------------------

    /** A cell's content and style, detached from its position. */
    record CellData(CellType type, Object value, CellStyle style) {
        static CellData of(Cell c) {
            return switch (c.getCellType()) {
                case NUMERIC -> new CellData(CellType.NUMERIC, c.getNumericCellValue(), c.getCellStyle());
                case STRING -> new CellData(CellType.STRING, c.getStringCellValue(), c.getCellStyle());
                case BOOLEAN -> new CellData(CellType.BOOLEAN, c.getBooleanCellValue(), c.getCellStyle());
                case FORMULA -> new CellData(CellType.FORMULA, c.getCellFormula(), c.getCellStyle());
                default -> new CellData(CellType.BLANK, null, c.getCellStyle());
            };
        }

        boolean blank() {
            return type == CellType.BLANK || type == CellType.STRING && ((String) value).isBlank();
        }
    }

    static void reshape(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from); Workbook wb = new XSSFWorkbook(in)) {
            Sheet helper = wb.createSheet(HELPER);
            reshapeTable(wb, sheet(wb, Schema.ACTIVITY), Schema.ACTIVITY_COLUMNS, helper, false);
            reshapeTable(wb, sheet(wb, Schema.FACTORS), Schema.FACTOR_COLUMNS, helper, true);
            reshapeReport(sheet(wb, Schema.REPORT));
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }

    static Sheet sheet(Workbook wb, Schema.SheetDef def) {
        Sheet s = wb.getSheet(def.title());
        assertTrue(s != null, def.title());
        return s;
    }

    /** Snapshot of a sheet's cells, then every cell (and comment) removed. */
    static List<List<CellData>> takeAll(Sheet s) {
        List<List<CellData>> grid = new ArrayList<>();
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            List<CellData> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? new CellData(CellType.BLANK, null, null) : CellData.of(cell));
                }
                List<Cell> all = new ArrayList<>();
                row.forEach(all::add);
                for (Cell cell : all) {
                    if (cell.getCellComment() != null) cell.removeCellComment();
                    row.removeCell(cell);
                }
            }
            grid.add(cells);
        }
        return grid;
    }

    static CellData at(List<List<CellData>> grid, int r, int c) {
        List<CellData> row = grid.get(r);
        return c < row.size() ? row.get(c) : new CellData(CellType.BLANK, null, null);
    }

    /**
     * Rewrites a data sheet: the columns in a new order (reversed, or shuffled with a fixed seed) with a junk
     * column among them, renamed headers, numbers as text, and the amounts (Activity) as formulas.
     */
    static void reshapeTable(Workbook wb, Sheet s, List<Schema.Column> schema, Sheet helper, boolean shuffle) {
        List<List<CellData>> grid = takeAll(s);
        int width = grid.getFirst().size();
        List<Schema.Column> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) columns.add(column(schema, (String) at(grid, 0, c).value()));
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < width; c++) order.add(c);
        order.add(width / 2, -1); // the user's own column
        if (shuffle) Collections.shuffle(order, new Random(20240317L));
        else Collections.reverse(order);
        assertNotEquals(0, order.indexOf(-1));

        for (int r = 0; r < grid.size(); r++) {
            boolean dataRow = r > 0 && grid.get(r).stream().anyMatch(d -> !d.blank());
            if (r > 0 && !dataRow) continue;
            Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
            for (int j = 0; j < order.size(); j++) {
                int c = order.get(j);
                Cell cell = row.createCell(j);
                if (c < 0) {
                    junk(cell, r);
                    continue;
                }
                CellData d = at(grid, r, c);
                if (d.style() != null) cell.setCellStyle(d.style());
                Schema.Column col = columns.get(c);
                if (r == 0) {
                    cell.setCellValue(renamed(col, j));
                } else if (d.type() == CellType.NUMERIC && col.field().equals(dev.pcf.model.Activity.AMOUNT)
                        && schema == Schema.ACTIVITY_COLUMNS) {
                    double amount = (Double) d.value();
                    // large amounts on odd rows stay text with thousands separators (SC-120's "360,000", "18,000")
                    if (amount >= 1000 && r % 2 == 1) cell.setCellValue(grouped(amount));
                    else cell.setCellFormula(amountFormula(helper, r, amount));
                } else if (d.type() == CellType.NUMERIC) {
                    cell.setCellValue(asText((Double) d.value(), col, d.style()));
                } else {
                    put(cell, d);
                }
            }
        }
        wb.setForceFormulaRecalculation(true);
    }

    static Schema.Column column(List<Schema.Column> schema, String header) {
        String h = header.replace("★", "").strip();
        return schema.stream().filter(c -> c.header().equals(h)).findFirst()
                .orElseThrow(() -> new AssertionError("unexpected header " + header));
    }

    /** English only ({@code Uncertainty (±%)}) in even positions, {@code 中文 / English} in odd ones. */
    static String renamed(Schema.Column c, int position) {
        String unit = c.unit().isEmpty() ? "" : " " + c.unit();
        return position % 2 == 0 ? c.en() + unit : c.zh() + c.unit() + " / " + c.en() + unit;
    }

    static void junk(Cell cell, int row) {
        switch (row % 5) {
            case 0 -> cell.setCellValue(row == 0 ? JUNK_HEADER : "随便写写 whatever");
            case 1 -> cell.setCellValue("1,2 (not a number)");
            case 2 -> cell.setCellValue(12345.678);
            case 3 -> cell.setCellValue(true);
            default -> cell.setCellFormula("1/0");
        }
    }

    /**
     * The amount as a formula, cycling through three forms: a literal times 1, a reference to a helper
     * cell plus 0, and the SUM of two helper cells each holding half (halving a double is exact).
     */
    static String amountFormula(Sheet helper, int r, double amount) {
        Row h = helper.getRow(r) == null ? helper.createRow(r) : helper.getRow(r);
        String ref = "'" + HELPER + "'!";
        return switch (r % 3) {
            case 0 -> plain(amount) + "*1";
            case 1 -> {
                h.createCell(1).setCellValue(amount);
                yield ref + "B" + (r + 1) + "+0";
            }
            default -> {
                h.createCell(2).setCellValue(amount / 2);
                h.createCell(3).setCellValue(amount / 2);
                yield "SUM(" + ref + "C" + (r + 1) + ":D" + (r + 1) + ")";
            }
        };
    }

    /** A number as the text a user would type: {@code 360,000}, fractions as {@code 40%}, years bare. */
    static String asText(double v, Schema.Column col, CellStyle style) {
        boolean percentFormat = style != null && style.getDataFormatString().contains("%");
        return switch (col.kind()) {
            case FRACTION -> plain(new BigDecimal(Double.toString(v)).movePointRight(2).doubleValue()) + "%";
            case PERCENT -> (percentFormat ? plain(new BigDecimal(Double.toString(v)).movePointRight(2).doubleValue())
                    : plain(v)) + "%";
            case TEXT, CHOICE -> plain(v);
            default -> grouped(v);
        };
    }

    /** The shortest decimal that reads back as {@code v}, without exponent. */
    static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** {@link #plain} with thousands separators: {@code 1,234.5}. */
    static String grouped(double v) {
        String p = plain(v);
        boolean negative = p.startsWith("-");
        if (negative) p = p.substring(1);
        int dot = p.indexOf('.');
        String intPart = dot < 0 ? p : p.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) sb.append(',');
            sb.append(intPart.charAt(i));
        }
        return (negative ? "-" : "") + sb + (dot < 0 ? "" : p.substring(dot));
    }

    static void put(Cell cell, CellData d) {
        switch (d.type()) {
            case STRING -> cell.setCellValue((String) d.value());
            case BOOLEAN -> cell.setCellValue((Boolean) d.value());
            case FORMULA -> cell.setCellFormula((String) d.value());
            case NUMERIC -> cell.setCellValue((Double) d.value());
            default -> cell.setBlank();
        }
    }

    /**
     * The Report sheet: labels renamed (English only, or Chinese only), the Value column moved from B to D
     * behind the Note column and a junk column, numbers (not dates) as text.
     */
    static void reshapeReport(Sheet s) {
        List<List<CellData>> grid = takeAll(s);
        for (int r = 0; r < grid.size(); r++) {
            CellData label = at(grid, r, 0), value = at(grid, r, 1), note = at(grid, r, 2);
            if (label.blank() && value.blank() && note.blank()) continue;
            Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
            Cell a = row.createCell(0), b = row.createCell(1), c = row.createCell(2), d = row.createCell(3);
            if (label.style() != null) a.setCellStyle(label.style());
            if (note.style() != null) b.setCellStyle(note.style());
            if (value.style() != null) d.setCellStyle(value.style());
            put(b, note);
            if (r == 0) {
                a.setCellValue("Field");
                b.setCellValue("说明 / Note");
                c.setCellValue("备用 Spare");
                d.setCellValue("Value");
                continue;
            }
            a.setCellValue(relabel((String) label.value(), r));
            c.setCellValue(r % 2 == 0 ? "—" : "n/a");
            boolean date = value.type() == CellType.NUMERIC && value.style() != null
                    && DateUtil.isADateFormat(value.style().getDataFormat(), value.style().getDataFormatString());
            if (value.type() == CellType.NUMERIC && !date) d.setCellValue(grouped((Double) value.value()));
            else put(d, value);
        }
    }

    /** {@code ★ 报告编号 / Report No.} → {@code Report No.} on even rows, {@code ★ 报告编号} on odd ones. */
    static String relabel(String label, int r) {
        String bare = label.replace("★", "").strip();
        Schema.Column f = Schema.REPORT_FIELDS.stream().filter(c -> (c.zh() + " / " + c.en()).equals(bare)).findFirst()
                .orElseThrow(() -> new AssertionError("unexpected label " + label));
        return r % 2 == 0 ? f.en() : (label.startsWith("★") ? "★ " : "") + f.zh();
    }
}
