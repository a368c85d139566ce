package dev.pcf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pcf compare} end to end: differences by hand, exit codes and messages, the JSON's shape, the table. */
class CompareCliTest {
    static final Path JX = CliTest.JX;
    static final Path SC = Path.of("workbook-templates/examples/SC-120.xlsx");
    static final String FACTORS = "排放因子 Factors";
    static final String ACTIVITY = "活动数据 Activity";

    @TempDir
    Path dir;

    /** A copy of {@code src} with one cell (zero-based row and column) set to a number or a text. */
    static Path edited(Path src, Path out, String sheet, int row, int col, Object value) throws IOException {
        try (InputStream in = Files.newInputStream(src); Workbook wb = WorkbookFactory.create(in)) {
            Cell c = wb.getSheet(sheet).getRow(row).getCell(col);
            if (value instanceof Number n) c.setCellValue(n.doubleValue());
            else c.setCellValue((String) value);
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    /** JX0317-D30 with the grid factor EF-ELEC-CN-2024 ('排放因子 Factors'!D2) at the 2023 value 0.6205. */
    Path grid2023() throws IOException {
        return edited(JX, dir.resolve("JX-grid2023.xlsx"), FACTORS, 1, 3, 0.6205);
    }

    @Test
    void differencesToTheFirstAreTheHandComputedOnes() throws Exception {
        CliTest.Run r = CliTest.run("compare", JX.toString(), grid2023().toString(), "--json", "--no-mc");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        // the grid factor's lines use 174.9425 (RAW) + 13.8912 (PRODUCTION) + 2.5 (EOL) = 191.3337 kWh per unit;
        // the factor moves by 0.6205 − 0.5777 = 0.0428 kgCO2e/kWh: Δ = 191.3337 × 0.0428 = 8.18908236 kgCO2e
        JsonNode b = j.get("products").get(1);
        assertEquals(113.38583360, j.get("products").get(0).get("total_kgco2e").asDouble(), 1e-7);
        assertEquals(0.0, j.get("products").get(0).get("delta_kgco2e").asDouble());
        assertEquals(113.38583360 + 8.18908236, b.get("total_kgco2e").asDouble(), 1e-7);
        assertEquals(8.18908236, b.get("delta_kgco2e").asDouble(), 1e-7);
        assertEquals(8.18908236 / 113.38583360 * 100, b.get("delta_pct").asDouble(), 1e-7);
        // per stage: RAW 174.9425 × 0.0428 = 7.487539, PRODUCTION 13.8912 × 0.0428 = 0.59454336,
        // EOL 2.5 × 0.0428 = 0.107; the diesel stages do not move
        double[] deltas = {7.487539, 0, 0.59454336, 0, 0.107};
        for (int s = 0; s < 5; s++) {
            assertEquals(deltas[s], j.get("stages").get(s).get("delta_kgco2e").get(1).asDouble(), 1e-9,
                    j.get("stages").get(s).toString());
        }
        assertTrue(j.get("comparable").asBoolean());
        assertFalse(j.has("paired"), "no paired block with --no-mc");
    }

    @Test
    void theJsonHasTheDocumentedShape() throws Exception {
        CliTest.Run r = CliTest.run("compare", JX.toString(), grid2023().toString(), SC.toString(), "--json",
                "--iterations", "4096", "--seed", "3", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("pcf-compare/1", j.get("schema").asText());
        assertEquals(3, j.get("products").size());
        for (String f : List.of("workbook", "product", "functional_unit", "declared_unit", "gwp_set", "total_kgco2e",
                "gross_emissions_kgco2e", "removals_kgco2e", "stages", "delta_kgco2e", "delta_pct", "uncertainty")) {
            assertTrue(j.get("products").get(0).has(f), f);
        }
        assertFalse(j.get("products").get(0).has("difference"));
        JsonNode diff = j.get("products").get(1).get("difference");
        for (String f : List.of("deterministic", "mean", "median", "sd", "p2_5", "p97_5", "p_lower")) assertTrue(diff.has(f), f);
        assertEquals("1 piece", j.get("products").get(2).get("declared_unit").asText());
        JsonNode p = j.get("paired");
        assertEquals(4096, p.get("iterations").asLong());
        assertEquals(3, p.get("seed").asLong());
        assertFalse(p.get("adaptive").asBoolean());
        // same ID, same definition: diesel and natural gas are shared by all three; the grid factor is not the same in the copy
        assertEquals("[\"EF-DIESEL-CN\",\"EF-ELEC-CN-2024\",\"EF-NG-CN\"]", p.get("shared_factors").toString());
        assertEquals("[\"EF-ELEC-CN-2024\"]", p.get("independent_factors").toString());
        // SC-120's functional unit is another product: warned about, still exit 0
        assertTrue(j.get("warnings").get(0).asText().startsWith("the functional units are worded differently"), j.get("warnings").toString());
        // stages of all products, the first workbook's order first; a stage JX0317 does not include is null there
        assertEquals("RAW", j.get("stages").get(0).get("code").asText());
        boolean nullSeen = false;
        for (JsonNode s : j.get("stages")) nullSeen |= s.get("kgco2e").get(0).isNull();
        assertTrue(nullSeen);
    }

    @Test
    void theSameSeedGivesTheSameJsonForAnyThreadCount() throws Exception {
        Path b = grid2023();
        CliTest.Run one = CliTest.run("compare", JX.toString(), b.toString(), "--json", "--iterations", "6000", "--threads", "1");
        CliTest.Run two = CliTest.run("compare", JX.toString(), b.toString(), "--json", "--iterations", "6000", "--threads", "2");
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), two.out());
    }

    @Test
    void everyWorkbooksProblemsAreListedAtOnceWithTheirFile() throws Exception {
        Path a = edited(JX, dir.resolve("bad-a.xlsx"), ACTIVITY, 2, 3, "abc");
        Path b = edited(SC, dir.resolve("bad-b.xlsx"), FACTORS, 1, 3, "xyz");
        Path pdf = dir.resolve("out.pdf");
        CliTest.Run r = CliTest.run("compare", a.toString(), b.toString(), "-o", pdf.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("error: " + a + ": '活动数据 Activity'!D3: 数量 Amount must be a number, found \"abc\""), r.err());
        assertTrue(r.err().contains("error: " + b + ": '排放因子 Factors'!D2: "), r.err());
        assertTrue(r.err().contains("in the input; nothing was written."), r.err());
        assertFalse(Files.exists(pdf));
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileIsAnInputProblemListedWithTheOthers() throws Exception {
        Path a = edited(JX, dir.resolve("bad-a.xlsx"), ACTIVITY, 2, 3, "abc");
        Path missing = dir.resolve("missing.xlsx");
        CliTest.Run r = CliTest.run("compare", missing.toString(), a.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("error: " + missing + ": no such file"), r.err());
        assertTrue(r.err().contains("error: " + a + ": '活动数据 Activity'!D3"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        CliTest.Run one = CliTest.run("compare", JX.toString());
        assertEquals(2, one.code());
        assertTrue(one.err().contains("Try 'pcf compare --help'."), one.err());
        CliTest.Run lang = CliTest.run("compare", JX.toString(), SC.toString(), "--lang", "fr", "--no-mc");
        assertEquals(2, lang.code());
        assertTrue(lang.err().contains("pcf: --lang must be zh, en or zh+en, found 'fr'"), lang.err());
        assertEquals(2, CliTest.run("compare", JX.toString(), SC.toString(), "--iterations", "0").code());
    }

    @Test
    void theTableIsInTheChosenLanguage() throws Exception {
        Path b = grid2023();
        CliTest.Run en = CliTest.run("compare", JX.toString(), b.toString(), "--lang", "en", "--iterations", "4096");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("Total"), en.out());
        assertTrue(en.out().contains("+8.1891"), en.out());
        assertTrue(en.out().contains("+7.22%"), en.out()); // 8.18908236 / 113.38583360 = 7.2223 %
        assertTrue(en.out().contains("Paired Monte Carlo: 4096 iterations"), en.out());
        // the verdict column is named: every column of the paired table has its header
        assertTrue(en.out().contains("P(< 1)  vs. product 1"), en.out());
        assertFalse(en.out().contains("总计"), en.out());
        CliTest.Run zh = CliTest.run("compare", JX.toString(), b.toString(), "--lang", "zh", "--no-mc");
        assertTrue(zh.out().contains("总计"), zh.out());
        assertFalse(zh.out().contains("Total"), zh.out());
    }

    @Test
    void differentDeclaredUnitsAreWarnedAboutAsNotComparable() throws Exception {
        // the copy declares 1 t of product: another declared unit than "1 台" (a piece)
        Path t = dir.resolve("JX-tonne.xlsx");
        Files.copy(JX, t);
        functionalUnit(t, "1 t 钢材", "1 t steel");
        CliTest.Run r = CliTest.run("compare", JX.toString(), t.toString(), "--json", "--no-mc");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertFalse(j.get("comparable").asBoolean());
        assertEquals("1000 kilogram", j.get("products").get(1).get("declared_unit").asText());
        assertTrue(j.get("warnings").get(0).asText().startsWith("the declared units differ (" + JX + ": 1 piece; " + t
                + ": 1000 kilogram): ISO 14067:2018 compares carbon footprints only on the same functional or declared unit"),
                j.get("warnings").toString());
        assertTrue(r.err().contains("warning: the declared units differ"), r.err());
    }

    /** Sets the functional unit's Chinese and English texts on the Report sheet (found by their label). */
    static Path functionalUnit(Path file, String zh, String en) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            var sheet = wb.getSheet("报告信息 Report");
            for (var row : sheet) {
                Cell label = row.getCell(0);
                if (label == null || label.getCellType() != CellType.STRING) continue;
                String s = label.getStringCellValue();
                if (s.contains("Functional unit") && s.contains("English")) row.getCell(1).setCellValue(en);
                else if (s.contains("Functional unit")) row.getCell(1).setCellValue(zh);
            }
            try (OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
        }
        return file;
    }
}
