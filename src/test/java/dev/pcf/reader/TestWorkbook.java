package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.Stage;
import dev.pcf.workbook.Schema.Column;
import dev.pcf.workbook.Schema.SheetDef;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds standard workbooks in code for the reader's tests: a minimal valid workbook whose cells a
 * test may set or clear, whose columns it may reorder, rename or drop, written as .xlsx or .xls.
 * Rows are numbered as in Excel (the first data row is 2).
 */
final class TestWorkbook {

    /** A formula cell, without the leading '='. */
    record Formula(String formula) {}

    /** A numeric cell shown with a percent format, e.g. 0.05 shown as 5%. */
    record Percent(double value) {}

    /** An error cell such as #DIV/0!. */
    record Error(FormulaError error) {}

    /** A data sheet: its column fields in sheet order, header texts, rows of field → value. */
    private static final class Data {
        final List<String> fields = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<Map<String, Object>> rows = new ArrayList<>();
    }

    private record PictureSpec(int row, byte[] png) {}

    private final Map<SheetDef, String> sheetNames = new LinkedHashMap<>();
    private final Map<SheetDef, Data> data = new LinkedHashMap<>();
    private final Map<String, Object> report = new LinkedHashMap<>();
    private final Map<Integer, String> imageLabels = new LinkedHashMap<>();
    private final List<PictureSpec> pictures = new ArrayList<>();
    private final List<String[]> extraSheets = new ArrayList<>();

    private TestWorkbook() {
        for (SheetDef d : Schema.SHEETS) sheetNames.put(d, d.title());
        sheetNames.remove(Schema.GUIDE);
        sheetNames.remove(Schema.IMAGES);
        sheetNames.remove(Schema.SCENARIOS); // optional (v1.1): written once a test adds a row to it
        data.put(Schema.STAGES, data(Schema.STAGE_COLUMNS));
        data.put(Schema.FACTORS, data(Schema.FACTOR_COLUMNS));
        data.put(Schema.ACTIVITY, data(Schema.ACTIVITY_COLUMNS));
        data.put(Schema.SCENARIOS, data(Schema.SCENARIO_COLUMNS));
        data.put(Schema.TEAM, data(Schema.TEAM_COLUMNS));
        data.put(Schema.IMPROVEMENTS, data(Schema.IMPROVEMENT_COLUMNS));
    }

    private static Data data(List<Column> columns) {
        Data d = new Data();
        for (Column c : columns) {
            d.fields.add(c.field());
            d.headers.put(c.field(), c.header());
        }
        return d;
    }

    /**
     * The minimal valid workbook: Report fields, two stages (RAW, PRODUCTION), two factors
     * (EF-ELEC 0.5703 kgCO2e/kWh, EF-STEEL 2.1 kgCO2e/kg) and two activity rows (row 2: RAW 钢材
     * 12.5 kg on EF-STEEL; row 3: PRODUCTION 电力 1500 kWh annual on EF-ELEC).
     */
    static TestWorkbook minimal() {
        TestWorkbook t = reportAndStages();
        t.row(Schema.FACTORS, Map.of(Factor.ID, "EF-ELEC", Factor.NAME_ZH, "华东电网电力", Factor.NAME_EN, "East China grid electricity",
                Factor.VALUE, 0.5703, Factor.UNIT, "kgCO2e/kWh", Factor.SOURCE, "生态环境部 2022"));
        t.row(Schema.FACTORS, Map.of(Factor.ID, "EF-STEEL", Factor.NAME_ZH, "钢材", Factor.NAME_EN, "Steel",
                Factor.VALUE, 2.1, Factor.UNIT, "kgCO2e/kg"));
        t.row(Schema.ACTIVITY, Map.of(Activity.STAGE, "RAW", Activity.ITEM_ZH, "钢材", Activity.ITEM_EN, "Steel",
                Activity.AMOUNT, 12.5, Activity.UNIT, "kg", Activity.FACTOR_ID, "EF-STEEL"));
        t.row(Schema.ACTIVITY, Map.of(Activity.STAGE, "PRODUCTION", Activity.ITEM_ZH, "电力", Activity.ITEM_EN, "Electricity",
                Activity.AMOUNT, 1500.0, Activity.UNIT, "kWh", Activity.BASIS, "annual", Activity.FACTOR_ID, "EF-ELEC",
                Activity.DATA_TYPE, "primary"));
        return t;
    }

    /** The Report and the two stages of {@link #minimal()}, without factor or activity rows. */
    static TestWorkbook reportAndStages() {
        TestWorkbook t = reportAndRawStage();
        t.row(Schema.STAGES, Map.of(Stage.CODE, "PRODUCTION", Stage.NAME_ZH, "产品生产", Stage.NAME_EN, "Production",
                Stage.INCLUDED, "是 yes"));
        return t;
    }

    /**
     * The Report of {@link #minimal()} and its RAW stage only, without factor or activity rows: for a workbook
     * whose lines are all raw materials (an included stage without lines is a warning).
     */
    static TestWorkbook reportAndRawStage() {
        TestWorkbook t = new TestWorkbook();
        t.report("reportNo", "T410267-3").report("issueDate", LocalDate.of(2024, 5, 20))
                .report("language", "zh+en").report("verificationBody", "测试认证有限公司")
                .report("productName", "集中式 DTU").report("productNameEn", "Centralised DTU")
                .report("model", "JX0317-D30").report("manufacturer", "测试电子有限公司")
                .report("manufacturerEn", "Test Electronics Co., Ltd.")
                .report("functionalUnit", "1 台集中式 DTU").report("functionalUnitEn", "1 centralised DTU")
                .report("boundary", "cradle-to-gate").report("periodStart", LocalDate.of(2023, 1, 1))
                .report("periodEnd", LocalDate.of(2023, 12, 31)).report("annualProduction", 1000.0);
        t.row(Schema.STAGES, Map.of(Stage.CODE, "RAW", Stage.NAME_ZH, "原材料获取", Stage.NAME_EN, "Raw material acquisition",
                Stage.INCLUDED, "是 yes"));
        return t;
    }

    /** Sets (or with null clears) a Report field's value. */
    TestWorkbook report(String field, Object value) {
        report.put(field, value);
        return this;
    }

    /** Removes a Report field's row. */
    TestWorkbook dropReportField(String field) {
        report.remove(field);
        return this;
    }

    /** Appends a data row. */
    TestWorkbook row(SheetDef sheet, Map<String, Object> values) {
        if (sheet == Schema.SCENARIOS) sheetNames.putIfAbsent(sheet, sheet.title());
        data.get(sheet).rows.add(new LinkedHashMap<>(values));
        return this;
    }

    /** Sets (or with null clears) a cell of a data sheet; {@code excelRow} 2 is the first data row. */
    TestWorkbook set(SheetDef sheet, int excelRow, String field, Object value) {
        List<Map<String, Object>> rows = data.get(sheet).rows;
        while (rows.size() < excelRow - 1) rows.add(new LinkedHashMap<>());
        rows.get(excelRow - 2).put(field, value);
        return this;
    }

    /** Puts a column at a new position (0 = column A). */
    TestWorkbook moveColumn(SheetDef sheet, String field, int position) {
        Data d = data.get(sheet);
        d.fields.remove(field);
        d.fields.add(position, field);
        return this;
    }

    /** Writes a column's header as given instead of the template's header. */
    TestWorkbook header(SheetDef sheet, String field, String header) {
        data.get(sheet).headers.put(field, header);
        return this;
    }

    /** Drops a column. */
    TestWorkbook dropColumn(SheetDef sheet, String field) {
        data.get(sheet).fields.remove(field);
        return this;
    }

    /** Adds a user's own column with this header at a position; its cells hold "x". */
    TestWorkbook extraColumn(SheetDef sheet, String header, int position) {
        Data d = data.get(sheet);
        String key = "extra:" + header;
        d.fields.add(position, key);
        d.headers.put(key, header);
        for (Map<String, Object> r : d.rows) r.put(key, "x");
        return this;
    }

    /** Renames a sheet. */
    TestWorkbook sheetName(SheetDef sheet, String name) {
        sheetNames.put(sheet, name);
        return this;
    }

    /** Leaves a sheet out. */
    TestWorkbook dropSheet(SheetDef sheet) {
        sheetNames.remove(sheet);
        return this;
    }

    /** Adds an unrelated sheet with one text cell. */
    TestWorkbook extraSheet(String name) {
        extraSheets.add(new String[] {name});
        return this;
    }

    /** Writes a label in column A of the Images sheet (Excel row number). */
    TestWorkbook imageLabel(int excelRow, String label) {
        sheetNames.put(Schema.IMAGES, Schema.IMAGES.title());
        imageLabels.put(excelRow, label);
        return this;
    }

    /** Anchors a PNG picture at column B of an Images row (Excel row number). */
    TestWorkbook picture(int excelRow, byte[] png) {
        sheetNames.put(Schema.IMAGES, Schema.IMAGES.title());
        pictures.add(new PictureSpec(excelRow, png));
        return this;
    }

    byte[] xlsx() {
        return write(new XSSFWorkbook());
    }

    byte[] xls() {
        return write(new HSSFWorkbook());
    }

    Reading readXlsx() {
        return WorkbookReader.read(xlsx(), "test.xlsx");
    }

    Reading readXls() {
        return WorkbookReader.read(xls(), "test.xls");
    }

    private byte[] write(Workbook wb) {
        try (wb) {
            Styles styles = new Styles(wb);
            for (var e : sheetNames.entrySet()) {
                SheetDef def = e.getKey();
                Sheet sheet = wb.createSheet(e.getValue());
                if (def == Schema.REPORT) writeReport(sheet, styles);
                else if (def == Schema.IMAGES) writeImages(wb, sheet);
                else if (data.containsKey(def)) writeData(sheet, data.get(def), styles);
            }
            for (String[] extra : extraSheets) wb.createSheet(extra[0]).createRow(0).createCell(0).setCellValue("note");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle date, CellStyle percent) {
        Styles(Workbook wb) {
            this(wb.createCellStyle(), wb.createCellStyle());
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            percent.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0%"));
        }
    }

    private void writeReport(Sheet sheet, Styles styles) {
        Row h = sheet.createRow(0);
        h.createCell(0).setCellValue(Schema.FIELD_LABEL.header());
        h.createCell(1).setCellValue(Schema.FIELD_VALUE.header());
        h.createCell(2).setCellValue(Schema.FIELD_NOTE.header());
        int r = 1;
        for (var e : report.entrySet()) {
            Row row = sheet.createRow(r++);
            Column c = Schema.REPORT_FIELDS.stream().filter(f -> f.field().equals(e.getKey())).findFirst().orElseThrow();
            row.createCell(0).setCellValue((c.required() ? "★ " : "") + c.header());
            put(row.createCell(1), e.getValue(), styles);
        }
    }

    private void writeData(Sheet sheet, Data d, Styles styles) {
        Row h = sheet.createRow(0);
        for (int c = 0; c < d.fields.size(); c++) h.createCell(c).setCellValue(d.headers.get(d.fields.get(c)));
        for (int r = 0; r < d.rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < d.fields.size(); c++) {
                Object v = d.rows.get(r).get(d.fields.get(c));
                if (v != null) put(row.createCell(c), v, styles);
            }
        }
    }

    private void writeImages(Workbook wb, Sheet sheet) {
        for (var e : imageLabels.entrySet()) {
            Row row = sheet.getRow(e.getKey() - 1) == null ? sheet.createRow(e.getKey() - 1) : sheet.getRow(e.getKey() - 1);
            row.createCell(0).setCellValue(e.getValue());
        }
        if (pictures.isEmpty()) return;
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (PictureSpec p : pictures) {
            int index = wb.addPicture(p.png(), Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setRow1(p.row() - 1);
            anchor.setCol1(1);
            anchor.setRow2(p.row());
            anchor.setCol2(3);
            drawing.createPicture(anchor, index);
        }
    }

    private static void put(Cell cell, Object v, Styles styles) {
        if (v == null) return;
        switch (v) {
            case String s -> cell.setCellValue(s);
            case Double d -> cell.setCellValue(d);
            case Integer i -> cell.setCellValue(i);
            case Long l -> cell.setCellValue(l);
            case Boolean b -> cell.setCellValue(b);
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date());
            }
            case Percent p -> {
                cell.setCellValue(p.value());
                cell.setCellStyle(styles.percent());
            }
            case Formula f -> cell.setCellFormula(f.formula());
            case Error e -> cell.setCellErrorValue(e.error().getCode());
            default -> throw new IllegalArgumentException("unsupported test value " + v);
        }
    }

    /** Opens written .xlsx bytes, lets a test change what the builder cannot express, writes them again. */
    static byte[] edit(byte[] xlsx, java.util.function.Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- comparison helpers: records without their cell positions

    static Activity withoutCells(Activity a) {
        return new Activity(a.index(), a.stage(), a.item(), a.amount(), a.unit(), a.basis(), a.allocation(), a.factorId(),
                a.dataType(), a.dataSource(), a.uncertainty(), a.notes(), null);
    }

    static Factor withoutCells(Factor f) {
        return new Factor(f.index(), f.id(), f.name(), f.value(), f.unit(), f.gas(), f.origin(), f.ncv(), f.ncvUnit(),
                f.carbonContent(), f.oxidationRate(), f.source(), f.year(), f.uncertainty(), f.notes(), null);
    }

    static Stage withoutCells(Stage s) {
        return new Stage(s.code(), s.name(), s.included(), s.includedProcesses(), s.excludedProcesses(), null);
    }

    static ReportInfo withoutCells(ReportInfo i) {
        return new ReportInfo(i.reportNo(), i.issueDate(), i.language(), i.verificationBody(), i.productName(), i.model(),
                i.manufacturer(), i.address(), i.legalRepresentative(), i.contactPerson(), i.contactPhone(),
                i.companyProfile(), i.productFunction(), i.processDescription(), i.standard(), i.functionalUnit(),
                i.boundary(), i.periodStart(), i.periodEnd(), i.annualProduction(), i.productMassKg(),
                i.productionRegion(), i.packagingIncluded(), i.pcr(), i.decimals(), i.gwpSet(), i.purpose(),
                i.cutOffRule(), i.allocationRule(), i.assumptions(), i.mcIterations(), i.seed(), Map.of());
    }

    /** The workbook's content without positions, for comparing two layouts of the same data. */
    static List<Object> content(PcfWorkbook w) {
        List<Object> all = new ArrayList<>();
        all.add(withoutCells(w.info()));
        w.stages().forEach(s -> all.add(withoutCells(s)));
        w.factors().forEach(f -> all.add(withoutCells(f)));
        w.activities().forEach(a -> all.add(withoutCells(a)));
        return all;
    }
}
