package dev.pcf.examples;

import dev.pcf.template.Cells;
import dev.pcf.template.TemplateWriter;
import dev.pcf.workbook.Schema;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExamplesTest {

    static List<String> names() {
        return Examples.names();
    }

    private static final Map<String, byte[]> GENERATED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The example as the code writes it now, generated once per test run. */
    private static byte[] generate(String name) throws IOException {
        byte[] cached = GENERATED.get(name);
        if (cached != null) return cached;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Examples.write(name, out);
        GENERATED.put(name, out.toByteArray());
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("names")
    void committedExampleEqualsGenerated(String name) throws IOException {
        WorkbookSnapshot.updateIfAsked(WorkbookSnapshot.repoRoot());
        Path committed = WorkbookSnapshot.repoRoot().resolve(Regenerate.examplePath(name));
        assertTrue(Files.exists(committed), committed + " is missing; " + WorkbookSnapshot.REGENERATE);
        List<String> diffs = WorkbookSnapshot.diff(WorkbookSnapshot.of(Files.readAllBytes(committed)),
                WorkbookSnapshot.of(generate(name)));
        assertTrue(diffs.isEmpty(), () -> WorkbookSnapshot.message(Regenerate.examplePath(name), diffs));
    }

    @ParameterizedTest
    @MethodSource("names")
    void exampleKeepsTheTemplateStructureAndHasExpectedResults(String name) throws IOException {
        Map<String, String> template = WorkbookSnapshot.of(templateBytes());
        Map<String, String> example = WorkbookSnapshot.of(generate(name));
        for (Schema.SheetDef def : Schema.SHEETS) {
            String headerA1 = "'" + def.title() + "'!A1";
            assertEquals(template.get(headerA1), example.get(headerA1), headerA1);
        }
        // the same dropdowns as the template: copied, not rebuilt
        assertEquals(template.get("'活动数据 Activity' validations"), example.get("'活动数据 Activity' validations"));
        assertTrue(Files.exists(WorkbookSnapshot.repoRoot().resolve("src/test/resources/dev/pcf/examples/" + name + ".expected.md")),
                name + ".expected.md");
    }

    private static byte[] templateBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(out);
        return out.toByteArray();
    }

    @Test
    void unknownExampleIsRejectedWithTheList() {
        var e = assertThrows(IllegalArgumentException.class, () -> Examples.write("NOPE", new ByteArrayOutputStream()));
        assertEquals("unknown example \"NOPE\"; the examples are [JX0317-D30, SC-120]", e.getMessage());
    }

    @Test
    void jx0317HasPicturesTeamAndReferenceReportFields() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(generate("JX0317-D30")))) {
            // product photo (row 2), process flow (row 3), plant layout (row 4), each in column B of its row
            assertEquals(List.of("B2:C3 image/png", "B4:C5 image/png", "B3:C4 image/png"),
                    WorkbookSnapshot.pictures(wb.getSheet(Schema.IMAGES.title())));
            Sheet report = wb.getSheet(Schema.REPORT.title());
            assertEquals("T410267-3", report.getRow(1).getCell(1).getStringCellValue());
            assertEquals(LocalDate.of(2026, 5, 26), report.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(3, wb.getSheet(Schema.TEAM.title()).getLastRowNum() - countBlankRows(wb.getSheet(Schema.TEAM.title())));
        }
    }

    private static int countBlankRows(Sheet s) {
        int blank = 0;
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() == CellType.BLANK) blank++;
        }
        return blank;
    }

    /**
     * Recomputes the JX0317-D30 footprint from the example's own cells, with the unit handling
     * written out for its three factor kinds, and checks it against the hand-worked total in
     * JX0317-D30.expected.md: 113.38583 kgCO2e (101.0643 + 0.3004 + 8.0249 + 2.2817 + 1.7145).
     */
    @Test
    void jx0317CellsGiveTheReferenceTotal() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(generate("JX0317-D30")))) {
            Map<String, Row> factors = WorkbookSnapshot.factorRows(wb);
            Sheet a = wb.getSheet(Schema.ACTIVITY.title());
            List<Double> lines = new ArrayList<>();
            for (int r = 1; r <= a.getLastRowNum(); r++) {
                Cell amountCell = a.getRow(r).getCell(Cells.col(Schema.ACTIVITY_COLUMNS, Activity.AMOUNT));
                if (amountCell == null || amountCell.getCellType() != CellType.NUMERIC) continue;
                double amount = amountCell.getNumericCellValue();
                String unit = a.getRow(r).getCell(Cells.col(Schema.ACTIVITY_COLUMNS, Activity.UNIT)).getStringCellValue();
                Row f = factors.get(a.getRow(r).getCell(Cells.col(Schema.ACTIVITY_COLUMNS, Activity.FACTOR_ID)).getStringCellValue());
                double factor = switch (unit) {
                    case "kWh" -> WorkbookSnapshot.num(f, Factor.VALUE);
                    // kg × (GJ/t ÷ 1e6 = TJ/kg) × tC/TJ × OF × 44/12 × 1000 kg/t
                    case "kg" -> WorkbookSnapshot.num(f, Factor.NCV) / 1e6 * WorkbookSnapshot.num(f, Factor.CARBON_CONTENT)
                            * WorkbookSnapshot.num(f, Factor.OXIDATION_RATE) * 44 / 12 * 1000;
                    // m3 × (GJ/10^4Nm3 ÷ 1e7 = TJ/m3) × ...
                    case "m3" -> WorkbookSnapshot.num(f, Factor.NCV) / 1e7 * WorkbookSnapshot.num(f, Factor.CARBON_CONTENT)
                            * WorkbookSnapshot.num(f, Factor.OXIDATION_RATE) * 44 / 12 * 1000;
                    default -> throw new AssertionError(unit);
                };
                lines.add(amount * factor);
            }
            assertEquals(6, lines.size());
            assertEquals(101.06428225, lines.get(0), 1e-8); // 174.9425 × 0.5777
            assertEquals(0.30039611, lines.get(1), 1e-8);   // 0.09703 × 3.0959096373
            assertEquals(8.02494624, lines.get(2), 1e-8);   // 13.8912 × 0.5777
            assertEquals(2.28168540, lines.get(3), 1e-8);   // 0.7370 × 3.0959096373
            assertEquals(1.71452360, lines.get(4) + lines.get(5), 1e-8); // 2.5 × 0.5777 + 0.125 × 2.162188809
            assertEquals(113.38583361, lines.stream().mapToDouble(Double::doubleValue).sum(), 1e-7);
        }
    }

    @Test
    void sc120UsesEveryDistributionAndACustomStage() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(generate("SC-120")))) {
            Sheet a = wb.getSheet(Schema.ACTIVITY.title());
            int dist = Cells.col(Schema.ACTIVITY_COLUMNS, Activity.DISTRIBUTION);
            int gsd2 = Cells.col(Schema.ACTIVITY_COLUMNS, Activity.GSD2);
            int reliability = Cells.col(Schema.ACTIVITY_COLUMNS, Activity.RELIABILITY);
            List<String> kinds = new ArrayList<>();
            for (int r = 1; r <= a.getLastRowNum(); r++) {
                Row row = a.getRow(r);
                Cell d = row.getCell(dist);
                String k = d == null || d.getCellType() == CellType.BLANK ? "" : d.getStringCellValue();
                if (k.equals("lognormal") && row.getCell(gsd2).getCellType() == CellType.NUMERIC) k = "lognormal-gsd2";
                if (k.isEmpty() && row.getCell(reliability).getCellType() == CellType.NUMERIC) k = "pedigree";
                kinds.add(k);
            }
            for (String k : List.of("none", "normal", "lognormal", "lognormal-gsd2", "triangular", "uniform", "pedigree")) {
                assertTrue(kinds.contains(k), "SC-120 has a " + k + " row: " + kinds);
            }
            Sheet stages = wb.getSheet(Schema.STAGES.title());
            assertEquals("PACKAGING", stages.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2, WorkbookSnapshot.pictures(wb.getSheet(Schema.IMAGES.title())).size());
        }
    }

    /**
     * Recomputes SC-120 from its own cells and checks the hand-worked total of SC-120.expected.md
     * (2573.73173586146 kgCO2e). Each factor unit's conversion is written out here, independently
     * of the calculator: per TJ through the row's NCV, annual rows ÷ 12 000 × allocation, and the
     * AR6 GWPs of reference-data.md §1 (CH4 fossil 29.8, non-fossil 27.0, N2O 273, HFC-134a 1530).
     */
    @Test
    void sc120CellsGiveTheHandWorkedTotal() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(generate("SC-120")))) {
            Map<String, Row> factors = WorkbookSnapshot.factorRows(wb);
            Sheet a = wb.getSheet(Schema.ACTIVITY.title());
            Map<String, Double> byStage = new java.util.LinkedHashMap<>();
            double total = 0;
            for (int r = 1; r <= a.getLastRowNum(); r++) {
                Row row = a.getRow(r);
                Cell amountCell = row.getCell(Cells.col(Schema.ACTIVITY_COLUMNS, Activity.AMOUNT));
                if (amountCell == null || amountCell.getCellType() != CellType.NUMERIC) continue;
                double amount = amountCell.getNumericCellValue();
                Cell basis = row.getCell(Cells.col(Schema.ACTIVITY_COLUMNS, Activity.BASIS));
                if (basis != null && basis.getCellType() == CellType.STRING && basis.getStringCellValue().equals("annual")) {
                    amount = amount / 12000 * row.getCell(Cells.col(Schema.ACTIVITY_COLUMNS, Activity.ALLOCATION)).getNumericCellValue();
                }
                String unit = row.getCell(Cells.col(Schema.ACTIVITY_COLUMNS, Activity.UNIT)).getStringCellValue();
                Row f = factors.get(row.getCell(Cells.col(Schema.ACTIVITY_COLUMNS, Activity.FACTOR_ID)).getStringCellValue());
                String fUnit = WorkbookSnapshot.text(f, Factor.UNIT);
                String gas = WorkbookSnapshot.text(f, Factor.GAS);
                String origin = WorkbookSnapshot.text(f, Factor.ORIGIN);
                double gwp = switch (gas) {
                    case "CO2e", "CO2" -> 1;
                    case "CH4" -> origin.equals("biogenic") ? 27.0 : 29.8;
                    case "N2O" -> 273;
                    case "HFC-134a" -> 1530;
                    default -> throw new AssertionError(gas);
                };
                double perUnit = switch (fUnit) {
                    // same reference unit as the activity (千克 = kg, 吨公里 = t·km)
                    case "kgCO2e/kg", "kgCO2e/t·km", "kgCO2e/kWh", "kg/kg" -> WorkbookSnapshot.num(f, Factor.VALUE);
                    // value computed from CC × OF × 44/12 (tCO2/TJ) through the NCV in GJ/10^4Nm3 (÷ 1e7 → TJ/m3), t → kg
                    case "kgCO2/m3" -> WorkbookSnapshot.num(f, Factor.NCV) / 1e7 * WorkbookSnapshot.num(f, Factor.CARBON_CONTENT)
                            * WorkbookSnapshot.num(f, Factor.OXIDATION_RATE) * 44 / 12 * 1000;
                    // kg of gas per TJ through the NCV in GJ/10^4Nm3
                    case "kgCH4/TJ", "kgN2O/TJ" -> WorkbookSnapshot.num(f, Factor.NCV) / 1e7 * WorkbookSnapshot.num(f, Factor.VALUE);
                    // tCO2/TJ with the activity in t and the NCV in GJ/t (÷ 1e3 → TJ/t), t → kg
                    case "tCO2/TJ" -> WorkbookSnapshot.num(f, Factor.NCV) / 1e3 * WorkbookSnapshot.num(f, Factor.VALUE) * 1000;
                    // per kg with the activity in t
                    case "kgCH4/kg" -> WorkbookSnapshot.num(f, Factor.VALUE) * (unit.equals("t") ? 1000 : 1);
                    default -> throw new AssertionError(fUnit);
                };
                double line = amount * perUnit * gwp;
                byStage.merge(row.getCell(Cells.col(Schema.ACTIVITY_COLUMNS, Activity.STAGE)).getStringCellValue(), line, Double::sum);
                total += line;
            }
            // SC-120.expected.md, Stages table
            assertEquals(161.195, byStage.get("RAW"), 1e-9);
            assertEquals(2.47, byStage.get("PACKAGING"), 1e-9);
            assertEquals(1.57014, byStage.get("RAW_TRANSPORT"), 1e-9);
            assertEquals(9.63891586146, byStage.get("PRODUCTION"), 1e-9);
            assertEquals(5.34378, byStage.get("DISTRIBUTION"), 1e-9);
            assertEquals(2365.3655, byStage.get("USE"), 1e-9);
            assertEquals(28.1484, byStage.get("EOL"), 1e-9);
            assertEquals(2573.73173586146, total, 1e-8);
        }
    }

    @Test
    void picturesAreDeterministicPngs() {
        var label = new ExamplePictures.Label("集中式 DTU", "Centralised DTU");
        byte[] first = ExamplePictures.dtuCabinet(label);
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, ExamplePictures.dtuCabinet(label));
        // PNG signature 89 50 4E 47
        assertEquals(List.of(0x89, 0x50, 0x4E, 0x47), List.of(first[0] & 0xFF, first[1] & 0xFF, first[2] & 0xFF, first[3] & 0xFF));
        var steps = List.of(new ExamplePictures.Label("来料", "In"), new ExamplePictures.Label("装配", "Assemble"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(ExamplePictures.flowChart(label, steps), ExamplePictures.flowChart(label, steps));
    }
}
