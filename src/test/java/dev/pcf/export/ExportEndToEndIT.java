package dev.pcf.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pcf.cli.Main;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6 end to end through the command line ({@link Main#execute}): the PACT JSON of both
 * example workbooks validates against the official schema and carries the numbers of
 * {@code pcf calc --json}; the results workbook re-reads with POI to those numbers.
 */
class ExportEndToEndIT {
    static final Path JX = Path.of("workbook-templates/examples/JX0317-D30.xlsx");
    static final Path SC = Path.of("workbook-templates/examples/SC-120.xlsx");
    /** The SC-120 example's product mass ('报告信息 Report', 产品质量 Product mass): 78 kg per cabinet. */
    static final double SC_MASS_KG = 78;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static JsonNode json(Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return PactSchema.JSON.readTree(r.out());
    }

    /** A PACT decimal (a JSON string or number) as a double. */
    private static double num(JsonNode n) {
        assertTrue(n != null && !n.isNull(), "field present");
        return new BigDecimal(n.asText()).doubleValue();
    }

    /** Equal within 1e-12 relative: the exporter's division and ours may round the last bit differently. */
    private static void near(double expected, JsonNode actual, String what) {
        assertEquals(expected, num(actual), 1e-12 * Math.max(1, Math.abs(expected)), what);
    }

    /** Σ kgco2e of calc's lines whose origin is biogenic and gas is not CO2 (biogenic non-CO2 emissions). */
    private static double biogenicNonCo2(JsonNode calc) {
        double sum = 0;
        for (JsonNode l : calc.get("lines")) {
            if (l.get("origin").asText().equals("biogenic") && !l.get("gas").asText().equals("CO2")) sum += l.get("kgco2e").asDouble();
        }
        return sum;
    }

    @Test
    void pactV3OfBothExamplesValidatesAndCarriesTheCalcNumbers() throws Exception {
        for (Path wb : List.of(JX, SC)) {
            JsonNode calc = json(run("calc", wb.toString(), "--json", "--no-mc"));
            Run r = run("export", wb.toString(), "--pact", "--no-mc");
            JsonNode pf = json(r);
            assertEquals(List.of(), PactSchema.of(3).violations(pf), wb + " v3");
            JsonNode pcf = pf.get("pcf");
            double total = calc.get("total_kgco2e").asDouble();
            JsonNode o = calc.get("by_origin");
            // the origins partition the total (calc's own consistency, so the mapping below is complete)
            double parts = o.get("fossil").asDouble() + o.get("biogenic").asDouble() + o.get("biogenic_removal").asDouble()
                    + o.get("dluc").asDouble() + o.get("aircraft").asDouble();
            assertEquals(total, parts, 1e-9 * total, wb + " origins sum to the total");
            // declared unit = the functional unit (1 piece), so per declared unit = per functional unit
            assertEquals("1", pcf.get("declaredUnitAmount").asText());
            near(total, pcf.get("pcfIncludingBiogenicUptake"), wb + " pcfIncludingBiogenicUptake = total");
            near(total - o.get("biogenic_removal").asDouble(), pcf.get("pcfExcludingBiogenicUptake"), wb + " excluding uptake = total − removals");
            near(o.get("fossil").asDouble() + o.get("aircraft").asDouble(), pcf.get("fossilGhgEmissions"), wb + " fossil (aircraft is fossil)");
            near(o.get("dluc").asDouble(), pcf.get("landUseChangeGhgEmissions"), wb + " dLUC");
            near(o.get("biogenic_removal").asDouble(), pcf.get("biogenicCO2Uptake"), wb + " removals");
            near(o.get("aircraft").asDouble(), pcf.get("aircraftGhgEmissions"), wb + " aircraft");
            near(biogenicNonCo2(calc), pcf.get("biogenicNonCO2Emissions"), wb + " biogenic non-CO2");
            // no removals in the examples, so PACT's primary share (a percentage) is calc's fraction × 100
            near(calc.get("primary_data_share").asDouble() * 100, pcf.get("primaryDataShare"), wb + " primary data share");
            assertEquals("AR6", calc.get("gwp_set").asText());
            assertEquals("AR6", pcf.get("ipccCharacterizationFactors").get(0).asText());
        }
    }

    @Test
    void pactV2OfTheCabinetIsPerKilogramOfProduct() throws Exception {
        JsonNode calc = json(run("calc", SC.toString(), "--json", "--iterations", "2000", "--seed", "5"));
        JsonNode pf = json(run("export", SC.toString(), "--pact", "--pact-version", "2", "--iterations", "2000", "--seed", "5"));
        assertEquals(List.of(), PactSchema.of(2).violations(pf));
        JsonNode pcf = pf.get("pcf");
        double total = calc.get("total_kgco2e").asDouble();
        JsonNode o = calc.get("by_origin");
        // v2 has no "piece": the declared unit is 1 kg and one cabinet is 78 kg of it
        assertEquals("kilogram", pcf.get("declaredUnit").asText());
        assertEquals(SC_MASS_KG, num(pcf.get("unitaryProductAmount")));
        near(total / SC_MASS_KG, pcf.get("pCfIncludingBiogenic"), "pCfIncludingBiogenic = total / 78");
        near((total - o.get("biogenic_removal").asDouble() - o.get("biogenic").asDouble()) / SC_MASS_KG,
                pcf.get("pCfExcludingBiogenic"), "without biogenic emissions and removals");
        near((o.get("fossil").asDouble() + o.get("aircraft").asDouble()) / SC_MASS_KG, pcf.get("fossilGhgEmissions"), "fossil");
        near(o.get("biogenic").asDouble() / SC_MASS_KG, pcf.get("otherBiogenicGhgEmissions"), "biogenic");
        near(o.get("dluc").asDouble() / SC_MASS_KG, pcf.get("dLucGhgEmissions"), "dLUC");
        near(o.get("aircraft").asDouble() / SC_MASS_KG, pcf.get("aircraftGhgEmissions"), "aircraft");
        // the same seed and iterations: the uncertainty statement quotes calc's interval (rounded to 4 places)
        JsonNode u = calc.get("uncertainty");
        String text = pcf.get("uncertaintyAssessmentDescription").asText();
        String interval = String.format(Locale.ROOT, "[%.4f, %.4f]", u.get("p2_5").asDouble(), u.get("p97_5").asDouble());
        assertTrue(text.contains(interval), interval + " in " + text);
    }

    @Test
    void pactV2WithoutAProductMassNamesTheReportCell(@TempDir Path tmp) {
        // JX0317-D30 is counted in pieces and states no mass (neither does its reference report)
        Path target = tmp.resolve("jx-v2.json");
        Run r = run("export", JX.toString(), "--pact", "--pact-version", "2", "--no-mc", "-o", target.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        // row 30 of the example's Report sheet is 产品质量 Product mass (its value column B is empty)
        assertTrue(r.err().startsWith("error: '报告信息 Report'!B30: 产品质量 Product mass must be a number of kg"), r.err());
        assertTrue(r.err().contains("1 error in the input; nothing was written."), r.err());
        assertTrue(r.err().contains("export PACT v3"), "points to the export that works: " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(target), "nothing written");
    }

    @Test
    void resultsWorkbookReReadsToTheCalcNumbers(@TempDir Path tmp) throws Exception {
        for (Path wb : List.of(JX, SC)) {
            JsonNode calc = json(run("calc", wb.toString(), "--json", "--iterations", "2000", "--seed", "11"));
            Path x = tmp.resolve(wb.getFileName() + "-results.xlsx");
            Run r = run("export", wb.toString(), "--xlsx", "-o", x.toString(), "--iterations", "2000", "--seed", "11");
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.out(), "the workbook goes to the file, not stdout");
            try (Workbook book = WorkbookFactory.create(x.toFile(), null, true)) {
                Sheet lines = book.getSheet("排放明细 Lines");
                JsonNode cl = calc.get("lines");
                for (int i = 0; i < cl.size(); i++) {
                    Row row = lines.getRow(i + 1);
                    String at = wb + " line " + (i + 1);
                    assertEquals(cl.get(i).get("stage").asText(), row.getCell(0).getStringCellValue(), at);
                    assertEquals(cl.get(i).get("amount").asDouble(), row.getCell(3).getNumericCellValue(), at);
                    assertEquals(cl.get(i).get("amount_per_unit").asDouble(), row.getCell(7).getNumericCellValue(), at);
                    assertEquals(cl.get(i).get("factor_id").asText(), row.getCell(8).getStringCellValue(), at);
                    assertEquals(cl.get(i).get("factor_value").asDouble(), row.getCell(9).getNumericCellValue(), at);
                    assertEquals(cl.get(i).get("kgco2e").asDouble(), row.getCell(14).getNumericCellValue(), at);
                    // calc names the row (column A), the workbook names the amount cell (column D) of that row
                    assertEquals(cl.get(i).get("cell").asText().replace("!A", "!D"), row.getCell(17).getStringCellValue(), at);
                }
                double total = calc.get("total_kgco2e").asDouble();
                assertEquals(total, lines.getRow(cl.size() + 1).getCell(14).getNumericCellValue(), wb + " total row");

                Sheet stages = book.getSheet("阶段 Stages");
                JsonNode cs = calc.get("stages");
                for (int i = 0; i < cs.size(); i++) {
                    Row row = stages.getRow(i + 1);
                    assertEquals(cs.get(i).get("code").asText(), row.getCell(0).getStringCellValue());
                    assertEquals(cs.get(i).get("kgco2e").asDouble(), row.getCell(3).getNumericCellValue(), wb + " stage");
                    assertEquals(cs.get(i).get("share").asDouble(), row.getCell(4).getNumericCellValue(), wb + " share");
                }
                assertEquals(total, stages.getRow(cs.size() + 1).getCell(3).getNumericCellValue());

                Sheet gases = book.getSheet("气体 Gases");
                int n = 0;
                for (Row row : gases) {
                    if (row.getRowNum() == 0) continue;
                    String gas = row.getCell(0).getStringCellValue();
                    assertEquals(calc.get("by_gas").get(gas).asDouble(), row.getCell(1).getNumericCellValue(), wb + " " + gas);
                    n++;
                }
                assertEquals(calc.get("by_gas").size(), n, wb + " every gas");

                Sheet origins = book.getSheet("碳类型 Origins");
                for (Row row : origins) {
                    if (row.getRowNum() == 0) continue;
                    String key = switch (row.getCell(0).getStringCellValue()) {
                        case "biogenic-removal" -> "biogenic_removal";
                        case "dLUC" -> "dluc";
                        case String s -> s;
                    };
                    assertEquals(calc.get("by_origin").get(key).asDouble(), row.getCell(1).getNumericCellValue(), wb + " " + key);
                }

                Sheet unc = book.getSheet("不确定性 Uncertainty");
                JsonNode u = calc.get("uncertainty");
                Row t = unc.getRow(1);
                assertEquals(u.get("deterministic").asDouble(), t.getCell(1).getNumericCellValue());
                assertEquals(u.get("mean").asDouble(), t.getCell(2).getNumericCellValue(), wb + " mean");
                assertEquals(u.get("median").asDouble(), t.getCell(3).getNumericCellValue(), wb + " median");
                assertEquals(u.get("sd").asDouble(), t.getCell(4).getNumericCellValue(), wb + " sd");
                assertEquals(u.get("p2_5").asDouble(), t.getCell(5).getNumericCellValue(), wb + " p2.5");
                assertEquals(u.get("p97_5").asDouble(), t.getCell(6).getNumericCellValue(), wb + " p97.5");
                for (int i = 0; i < u.get("stages").size(); i++) {
                    JsonNode s = u.get("stages").get(i);
                    Row row = unc.getRow(2 + i);
                    assertEquals(s.get("code").asText(), row.getCell(0).getStringCellValue());
                    assertEquals(s.get("mean").asDouble(), row.getCell(2).getNumericCellValue(), wb + " stage mean");
                    assertEquals(s.get("p2_5").asDouble(), row.getCell(5).getNumericCellValue(), wb + " stage p2.5");
                    assertEquals(s.get("p97_5").asDouble(), row.getCell(6).getNumericCellValue(), wb + " stage p97.5");
                }
            }
            try (var files = Files.list(tmp)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
            }
        }
    }
}
