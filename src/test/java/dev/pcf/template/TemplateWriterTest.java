package dev.pcf.template;

import dev.pcf.model.FieldKind;

import dev.pcf.examples.Regenerate;
import dev.pcf.examples.WorkbookSnapshot;
import dev.pcf.reader.Headers;
import dev.pcf.workbook.Schema;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.Stage;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateWriterTest {
    private static byte[] bytes;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void generate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(out);
        bytes = out.toByteArray();
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void committedTemplateEqualsGenerated() throws IOException {
        WorkbookSnapshot.updateIfAsked(WorkbookSnapshot.repoRoot());
        Path committed = WorkbookSnapshot.repoRoot().resolve(Regenerate.TEMPLATE_PATH);
        assertTrue(Files.exists(committed), committed + " is missing; " + WorkbookSnapshot.REGENERATE);
        List<String> diffs = WorkbookSnapshot.diff(WorkbookSnapshot.of(Files.readAllBytes(committed)), WorkbookSnapshot.of(bytes));
        assertTrue(diffs.isEmpty(), () -> WorkbookSnapshot.message(Regenerate.TEMPLATE_PATH, diffs));
    }

    @Test
    void writesTheSameBytesTwice() throws IOException {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        TemplateWriter.write(again);
        assertArrayEquals(bytes, again.toByteArray());
    }

    @Test
    void sheetsFollowSchemaOrderAndTitles() {
        List<String> names = new ArrayList<>();
        for (Sheet s : wb) names.add(s.getSheetName());
        assertEquals(List.of("说明 Guide", "报告信息 Report", "生命周期阶段 Stages", "排放因子 Factors",
                "活动数据 Activity", "评价组 Team", "改进建议 Improvements", "图片 Images"), names);
    }

    @Test
    void everySchemaColumnHasAMatchingStarredHeaderWithBilingualComment() {
        Map<Schema.SheetDef, List<Schema.Column>> sheets = Map.of(
                Schema.STAGES, Schema.STAGE_COLUMNS, Schema.FACTORS, Schema.FACTOR_COLUMNS,
                Schema.ACTIVITY, Schema.ACTIVITY_COLUMNS, Schema.TEAM, Schema.TEAM_COLUMNS,
                Schema.IMPROVEMENTS, Schema.IMPROVEMENT_COLUMNS,
                Schema.REPORT, List.of(Schema.FIELD_LABEL, Schema.FIELD_VALUE, Schema.FIELD_NOTE));
        sheets.forEach((def, cols) -> {
            Row header = wb.getSheet(def.title()).getRow(0);
            for (int i = 0; i < cols.size(); i++) {
                Schema.Column c = cols.get(i);
                String text = header.getCell(i).getStringCellValue();
                assertEquals(c.required(), text.startsWith("★ "), def.title() + " " + text);
                assertTrue(Headers.matches(text, c.zh(), c.en()), "the reader must find " + text);
                var comment = header.getCell(i).getCellComment();
                assertNotNull(comment, def.title() + " " + text + " has no comment");
                String body = comment.getString().getString();
                assertTrue(body.contains(c.helpZh()) && body.contains(c.helpEn()), body);
            }
        });
        // the Activity sheet's required columns: stage, item (zh), amount, unit, factor ID — contract ★
        Row a = wb.getSheet(Schema.ACTIVITY.title()).getRow(0);
        List<String> starred = new ArrayList<>();
        a.forEach(c -> { if (c.getStringCellValue().startsWith("★")) starred.add(c.getStringCellValue()); });
        assertEquals(List.of("★ 阶段代码 Stage code", "★ 项目（中文） Item (Chinese)", "★ 数量 Amount", "★ 单位 Unit",
                "★ 因子编号 Factor ID"), starred);
    }

    @Test
    void reportSheetHasOneLabelledRowPerFieldWithNote() {
        Sheet s = wb.getSheet(Schema.REPORT.title());
        for (int i = 0; i < Schema.REPORT_FIELDS.size(); i++) {
            Schema.Column f = Schema.REPORT_FIELDS.get(i);
            Row r = s.getRow(i + 1);
            String label = r.getCell(0).getStringCellValue();
            assertTrue(Headers.matches(label, f.zh(), f.en()), label);
            assertEquals(f.required(), label.startsWith("★"), label);
            assertTrue(r.getCell(2).getStringCellValue().contains(f.helpEn()));
            if (f.kind() == FieldKind.DATE) assertEquals("yyyy-mm-dd", r.getCell(1).getCellStyle().getDataFormatString());
        }
        assertEquals("★ 报告编号 / Report No.", s.getRow(1).getCell(0).getStringCellValue());
    }

    @Test
    void dropdownsReferToStagesAndFactorsAndWarnOnly() {
        Map<String, String> byColumn = validations(wb.getSheet(Schema.ACTIVITY.title()));
        assertEquals("'生命周期阶段 Stages'!$A$2:$A$51", byColumn.get("A2:A201"));
        assertEquals("'排放因子 Factors'!$A$2:$A$201", byColumn.get("H2:H201"));
        assertTrue(byColumn.get("E2:E201").startsWith("kWh,MWh"), byColumn.get("E2:E201"));
        assertEquals("unit,annual", byColumn.get("F2:F201"));
        assertEquals("primary,secondary", byColumn.get("I2:I201"));
        assertEquals("none,normal,lognormal,triangular,uniform", byColumn.get("K2:K201"));
        assertEquals("1,2,3,4,5", byColumn.get("Q2:Q201"));
        for (DataValidation dv : wb.getSheet(Schema.ACTIVITY.title()).getDataValidations()) {
            assertEquals(DataValidation.ErrorStyle.WARNING, dv.getErrorStyle());
        }
        assertEquals("是 yes,否 no", validations(wb.getSheet(Schema.STAGES.title())).get("D2:D51"));
        Map<String, String> factors = validations(wb.getSheet(Schema.FACTORS.title()));
        assertEquals("fossil,biogenic,biogenic-removal,dLUC,aircraft", factors.get("G2:G201"));
        assertEquals("编制 Author,组长 Team leader,组员 Member,审核 Reviewer", validations(wb.getSheet(Schema.TEAM.title())).get("B2:B31"));
        Map<String, String> report = validations(wb.getSheet(Schema.REPORT.title()));
        assertEquals("zh+en,zh,en", report.get("B4"));
        assertEquals("cradle-to-grave,cradle-to-gate,gate-to-gate", report.get("B" + (2 + fieldIndex("boundary"))));
        assertEquals("AR6,AR5,AR4", report.get("B" + (2 + fieldIndex("gwpSet"))));
    }

    private static int fieldIndex(String field) {
        for (int i = 0; i < Schema.REPORT_FIELDS.size(); i++) if (Schema.REPORT_FIELDS.get(i).field().equals(field)) return i;
        throw new AssertionError(field);
    }

    static Map<String, String> validations(XSSFSheet sheet) {
        Map<String, String> m = new HashMap<>();
        for (DataValidation dv : sheet.getDataValidations()) {
            var c = dv.getValidationConstraint();
            m.put(dv.getRegions().getCellRangeAddress(0).formatAsString(),
                    c.getExplicitListValues() != null ? String.join(",", c.getExplicitListValues()) : c.getFormula1());
        }
        return m;
    }

    @Test
    void stagesArePrefilledAndIncluded() {
        Sheet s = wb.getSheet(Schema.STAGES.title());
        List<String> rows = new ArrayList<>();
        for (int r = 1; r <= 6; r++) {
            Row row = s.getRow(r);
            rows.add(row.getCell(Cells.col(Schema.STAGE_COLUMNS, Stage.CODE)).getStringCellValue() + " "
                    + row.getCell(Cells.col(Schema.STAGE_COLUMNS, Stage.NAME_ZH)).getStringCellValue() + " "
                    + row.getCell(Cells.col(Schema.STAGE_COLUMNS, Stage.NAME_EN)).getStringCellValue() + " "
                    + row.getCell(Cells.col(Schema.STAGE_COLUMNS, Stage.INCLUDED)).getStringCellValue());
        }
        assertEquals(List.of("RAW 原材料获取 Raw material acquisition 是 yes", "RAW_TRANSPORT 原材料运输 Raw material transport 是 yes",
                "PRODUCTION 产品生产 Production 是 yes", "DISTRIBUTION 成品运输 Distribution 是 yes",
                "USE 产品使用 Use 是 yes", "EOL 产品处置 End of life 是 yes"), rows);
    }

    @Test
    void guideExplainsPedigreeMatrixAndLegend() {
        Sheet g = wb.getSheet(Schema.GUIDE.title());
        StringBuilder all = new StringBuilder();
        g.forEach(r -> r.forEach(c -> all.append(c.getStringCellValue()).append('|')));
        String text = all.toString();
        // reference-data.md §4, rows of the variance table
        assertTrue(text.contains("可靠性 Reliability|0|0.0006|0.002|0.008|0.04|"), "reliability variances");
        assertTrue(text.contains("技术相关性 Technological|0|0.0006|0.008|0.04|0.12|"), "technological variances");
        assertTrue(text.contains("地理相关性 Geographical|0|0.000025|0.0001|0.0006|0.002|"), "geographical variances");
        for (String must : List.of("千瓦时", "CC × OF × 44/12", "biogenic-removal", "triangular", "annual", "GSD²", "primary", "'活动数据 Activity'!D7")) {
            assertTrue(text.contains(must), "Guide mentions " + must);
        }
    }

    /** Library rows by factor ID, as field → cell. */
    @Test
    void fuelRowsReproduceTheReferenceFactorsFromNcvCarbonContentAndOxidation() {
        Map<String, Row> rows = WorkbookSnapshot.factorRows(wb);
        // reference-data.md §2, last column: kgCO2 per kg (per Nm3 for natural gas), printed to 4 decimals
        Map<String, Double> expected = Map.of("EF-COAL-CN", 1.9003, "EF-COKE-CN", 2.8604, "EF-CRUDE-CN", 3.0202,
                "EF-FUELOIL-CN", 3.1705, "EF-GASOLINE-CN", 2.9251, "EF-DIESEL-CN", 3.0959, "EF-LPG-CN", 3.1013,
                "EF-REFGAS-CN", 3.0119, "EF-NG-CN", 2.1622);
        expected.forEach((id, kg) -> {
            Row r = rows.get(id);
            assertNotNull(r, id);
            assertTrue(WorkbookSnapshot.text(r, Factor.VALUE).isEmpty(), id + " value must be empty: the tool computes it");
            double ncv = WorkbookSnapshot.num(r, Factor.NCV);
            String ncvUnit = WorkbookSnapshot.text(r, Factor.NCV_UNIT);
            // GJ/t → TJ per kg: /1e6;  GJ/10^4Nm3 → TJ per m3: /1e7;  tCO2 → kgCO2: ×1000
            double tjPerUnit = ncvUnit.equals("GJ/t") ? ncv / 1e6 : ncv / 1e7;
            double perUnit = tjPerUnit * WorkbookSnapshot.num(r, Factor.CARBON_CONTENT) * WorkbookSnapshot.num(r, Factor.OXIDATION_RATE) * 44 / 12 * 1000;
            assertEquals(kg, perUnit, 0.00006, id);
            assertEquals(id.equals("EF-NG-CN") ? "kgCO2/m3" : "kgCO2/kg", WorkbookSnapshot.text(r, Factor.UNIT));
            assertTrue(WorkbookSnapshot.text(r, Factor.SOURCE).contains("工业其他行业企业温室气体排放核算方法与报告指南"), id);
        });
        // diesel by hand: 42.652 GJ/t × 20.20 tC/TJ × 0.98 × 44/12 / 1000 = 3.09591 kgCO2/kg
        Row d = rows.get("EF-DIESEL-CN");
        assertEquals(42.652, WorkbookSnapshot.num(d, Factor.NCV));
        assertEquals(20.20, WorkbookSnapshot.num(d, Factor.CARBON_CONTENT));
        assertEquals(0.98, WorkbookSnapshot.num(d, Factor.OXIDATION_RATE));
    }

    @Test
    void electricityRowsCarryTheOfficialValues() {
        Map<String, Row> rows = WorkbookSnapshot.factorRows(wb);
        // reference-data.md §3
        assertEquals(0.5777, WorkbookSnapshot.num(rows.get("EF-ELEC-CN-2024"), Factor.VALUE));
        assertEquals(0.6205, WorkbookSnapshot.num(rows.get("EF-ELEC-CN-2023"), Factor.VALUE));
        assertEquals("kgCO2e/kWh", WorkbookSnapshot.text(rows.get("EF-ELEC-CN-2024"), Factor.UNIT));
        assertTrue(WorkbookSnapshot.text(rows.get("EF-ELEC-CN-2023"), Factor.SOURCE).contains("2025年第3号"));
        assertTrue(WorkbookSnapshot.text(rows.get("EF-ELEC-CN-2024"), Factor.SOURCE).contains("2025-10-23"));
        Map<String, Double> seriesB = Map.of("EF-ELEC-CO2-CN-2023", 0.5306, "EF-ELEC-CO2-CN-XNF-2023", 0.6096,
                "EF-ELEC-CO2-CN-FOSSIL-2023", 0.8273, "EF-ELEC-CO2-NORTH-2023", 0.6361, "EF-ELEC-CO2-NORTHEAST-2023", 0.5122,
                "EF-ELEC-CO2-EAST-2023", 0.5500, "EF-ELEC-CO2-CENTRAL-2023", 0.5271, "EF-ELEC-CO2-NORTHWEST-2023", 0.5543,
                "EF-ELEC-CO2-SOUTH-2023", 0.4042, "EF-ELEC-CO2-SOUTHWEST-2023", 0.2472);
        seriesB.forEach((id, v) -> {
            assertEquals(v, WorkbookSnapshot.num(rows.get(id), Factor.VALUE), id);
            assertEquals("kgCO2/kWh", WorkbookSnapshot.text(rows.get(id), Factor.UNIT), id);
            assertTrue(WorkbookSnapshot.text(rows.get(id), Factor.NOTES).contains("organisational accounting"), id);
        });
        assertEquals(0.5366, WorkbookSnapshot.num(rows.get("EF-ELEC-CO2-CN-2022"), Factor.VALUE));
        assertEquals(22, rows.size(), "2 series-A + 11 series-B + 9 fuels");
    }

    @Test
    void inputCellsAreStyledAndHeaderFrozen() {
        XSSFSheet a = wb.getSheet(Schema.ACTIVITY.title());
        int amount = Cells.col(Schema.ACTIVITY_COLUMNS, Activity.AMOUNT);
        assertNotNull(a.getRow(TemplateWriter.INPUT_ROWS).getCell(amount), "input styled down to row 201");
        assertEquals(a.getRow(1).getCell(amount).getCellStyle().getFillForegroundColorColor(),
                a.getRow(200).getCell(amount).getCellStyle().getFillForegroundColorColor());
        assertEquals(1, a.getPaneInformation().getHorizontalSplitPosition());
    }
}
