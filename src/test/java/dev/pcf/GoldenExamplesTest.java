package dev.pcf;

import dev.pcf.calc.Calculator;
import dev.pcf.export.ResultJson;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.StageResult;
import dev.pcf.reader.Reading;
import dev.pcf.reader.WorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end over the committed example workbooks: file → {@link WorkbookReader} → {@link Calculator}.
 * Every expected number is the hand arithmetic of {@code src/test/resources/dev/pcf/examples/*.expected.md},
 * repeated in the comments here; the golden JSON under {@code src/test/resources/golden/} ({@link Golden}) only
 * makes changes of the whole result visible as a diff (regenerate with {@code -Dgolden.update=true}).
 */
class GoldenExamplesTest {

    /** Relative tolerance: the hand values are exact decimals, the program sums doubles in another order. */
    static final double REL = 1e-12;

    static Path root() {
        return Path.of(System.getProperty("basedir", "."));
    }

    static Path example(String name) {
        return root().resolve("workbook-templates/examples/" + name + ".xlsx");
    }

    /** The example read and calculated; asserts the reader found no problem at all. */
    record Run(PcfWorkbook workbook, Footprint footprint, List<Problem> warnings) {}

    static Run run(Path file) throws IOException {
        Reading r = WorkbookReader.read(file);
        assertEquals(List.of(), r.problems(), "problems reading " + file);
        Footprint fp = Calculator.calculate(r.workbook());
        List<Problem> warnings = new ArrayList<>(r.warnings());
        warnings.addAll(fp.warnings());
        return new Run(r.workbook(), fp, warnings);
    }

    static void assertRel(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * REL, () -> what + ": expected " + expected + ", was " + actual);
    }

    // ---- JX0317-D30 (JX0317-D30.expected.md) -------------------------------------------------------------

    // Diesel: 42.652 GJ/t × 20.20 tC/TJ × 0.98 × 44/12 / 1000 = 37150.915648 / 12 / 1000 = 3.0959096373333… kgCO2/kg
    static final double JX_DIESEL = 37150.915648 / 12 / 1000;
    // Natural gas: 389.31 GJ/10^4Nm3 = 0.038931 GJ/m3; 15.30 × 0.99 × 44/12 = 55.539 tCO2/TJ → 2.162188809 kgCO2/m3
    static final double JX_GAS = 2.162188809;
    static final double[] JX_LINES = {
            101.06428225,            // RAW 174.9425 kWh × 0.5777
            0.09703 * JX_DIESEL,     // RAW_TRANSPORT 0.09703 kg × 3.0959096373 = 0.30039611211045
            8.02494624,              // PRODUCTION 13.8912 kWh × 0.5777
            0.7370 * JX_DIESEL,      // DISTRIBUTION 0.7370 kg × 3.0959096373 = 2.28168540271467
            1.44425,                 // EOL 2.5 kWh × 0.5777
            0.270273601125};         // EOL 0.125 m3 × 2.162188809
    static final double[] JX_PER_UNIT = {174.9425, 0.09703, 13.8912, 0.7370, 2.5, 0.125};
    static final double[] JX_FACTORS = {0.5777, JX_DIESEL, 0.5777, JX_DIESEL, 0.5777, JX_GAS};
    static final List<String> JX_STAGES = List.of("RAW", "RAW_TRANSPORT", "PRODUCTION", "DISTRIBUTION", "EOL");
    // EOL 1.44425 + 0.270273601125 = 1.714523601125; the other stages have one line each. USE is excluded.
    static final double[] JX_STAGE_KG = {JX_LINES[0], JX_LINES[1], JX_LINES[2], JX_LINES[3], 1.714523601125};
    // 101.06428225 + 0.30039611211045 + 8.02494624 + 2.28168540271467 + 1.714523601125 = 113.38583360595012
    static final double JX_TOTAL = 113.38583360595013;

    @Test
    void jx0317TotalStagesAndLines() throws IOException {
        Footprint fp = run(example("JX0317-D30")).footprint();
        assertRel(JX_TOTAL, fp.total(), "total");
        // 4 dp as printed in the reference report
        assertEquals("113.3858", String.format(java.util.Locale.ROOT, "%.4f", fp.total()));
        assertEquals(JX_STAGES, fp.stages().stream().map(s -> s.stage().code()).toList());
        // shares 89.1331 %, 0.2649 %, 7.0776 %, 2.0123 %, 1.5121 %
        double[] sharesPct = {89.1331, 0.2649, 7.0776, 2.0123, 1.5121};
        for (int i = 0; i < JX_STAGE_KG.length; i++) {
            StageResult s = fp.stages().get(i);
            assertRel(JX_STAGE_KG[i], s.kgco2e(), s.stage().code());
            assertRel(JX_STAGE_KG[i] / JX_TOTAL, s.share(), s.stage().code() + " share");
            assertEquals(sharesPct[i], s.share() * 100, 5e-5, s.stage().code() + " share in %");
        }
        assertEquals(6, fp.lines().size());
        List<String> lineStages = List.of("RAW", "RAW_TRANSPORT", "PRODUCTION", "DISTRIBUTION", "EOL", "EOL");
        List<String> gases = List.of("CO2e", "CO2", "CO2e", "CO2", "CO2e", "CO2");
        for (int i = 0; i < JX_LINES.length; i++) {
            LineResult l = fp.lines().get(i);
            assertEquals(lineStages.get(i), l.activity().stage());
            assertEquals("'活动数据 Activity'!A" + (i + 2), l.activity().cells().rowRef().toString());
            assertRel(JX_PER_UNIT[i], l.amountPerUnit(), "line " + (i + 1) + " amount per unit");
            assertRel(JX_FACTORS[i], l.factorValue() * l.conversion() * l.gasKgPerUnit(), "line " + (i + 1) + " factor");
            assertEquals(gases.get(i), l.gas());
            assertEquals(1.0, l.gwp(), 0.0);
            assertEquals(CarbonOrigin.FOSSIL, l.origin());
            assertRel(JX_LINES[i], l.kgco2e(), "line " + (i + 1));
        }
    }

    @Test
    void jx0317GasesOriginsCutOffAndPrimaryShare() throws IOException {
        Run run = run(example("JX0317-D30"));
        Footprint fp = run.footprint();
        // CO2e (electricity): 101.06428225 + 8.02494624 + 1.44425 = 110.53347849
        // CO2 (diesel, gas):  0.30039611211045 + 2.28168540271467 + 0.270273601125 = 2.85235511595012
        assertEquals(List.of("CO2e", "CO2"), List.copyOf(fp.byGas().keySet()));
        assertRel(110.53347849, fp.byGas().get("CO2e"), "CO2e");
        assertRel(JX_LINES[1] + JX_LINES[3] + JX_LINES[5], fp.byGas().get("CO2"), "CO2");
        assertOrigins(fp, JX_TOTAL, 0);
        // under 1 % of 113.3858 (1.133858): line 2 diesel 0.300396 (0.2649 %), line 6 gas 0.270274 (0.2384 %),
        // largest first; 0.30039611211045 + 0.270273601125 = 0.57066971323545 → 0.5033 % < 5 %
        CutOffExpect cut = new CutOffExpect(List.of(1, 5), JX_LINES[1] + JX_LINES[5]);
        assertCutOff(cut, fp, JX_TOTAL);
        assertEquals(0.5033, fp.cutOff().smallShare() * 100, 5e-5);
        // primary rows: RAW, PRODUCTION, DISTRIBUTION: 101.06428225 + 8.02494624 + 2.28168540271467
        //   = 111.37091389271467 → 111.37091389271467 / 113.38583360595013 = 98.22295 %
        assertRel((JX_LINES[0] + JX_LINES[2] + JX_LINES[3]) / JX_TOTAL, fp.primaryDataShare(), "primary share");
        assertEquals(98.22295, fp.primaryDataShare() * 100, 5e-6);
        assertEquals(List.of(), run.warnings());
        assertNull(run.workbook().info().productMassKg(), "no product mass, so no per-kg results");
    }

    // ---- SC-120 (SC-120.expected.md) ---------------------------------------------------------------------

    static final double[] SC_LINES = {
            99.875,          // 1 RAW 42.5 kg × 2.35
            15.36,           // 2 RAW 3.2 × 4.80
            28.56,           // 3 RAW 6.8 × 4.20
            17.40,           // 4 RAW 12.0 × 1.45
            2.47,            // 5 PACKAGING 2.6 千克 × 0.95
            1.57014,         // 6 RAW_TRANSPORT 20.13 t·km × 0.078
            6.9324,          // 7 PRODUCTION 360 000 kWh / 12 000 × 0.4 = 12 kWh × 0.5777
            1.2973132854,    // 8 18 000 m3 / 12 000 × 0.4 = 0.6 m3 × 2.162188809
            0.00069608628,   // 9 0.6 m3 × 3.8931e-5 TJ/m3 × 1 kgCH4/TJ × 29.8 (fossil)
            0.00063768978,   // 10 0.6 × 3.8931e-5 × 0.1 kgN2O/TJ × 273
            1.39776,         // 11 24 t / 12 000 × 0.4 = 0.0008 t × 0.0156 TJ/t × 112 tCO2/TJ × 1000 (biogenic)
            0.0101088,       // 12 0.0008 t = 0.8 kg × 0.000468 kgCH4/kg × 27.0 (non-fossil)
            5.34378,         // 13 DISTRIBUTION 68.51 吨公里 × 0.078
            2319.4655,       // 14 USE 4015 kWh × 0.5777
            45.90,           // 15 USE 0.03 kg HFC-134a × 1530
            0.6084,          // 16 EOL 7.8 t·km × 0.078
            27.54};          // 17 EOL 0.018 kg HFC-134a × 1530
    static final double[] SC_PER_UNIT = {42.5, 3.2, 6.8, 12.0, 2.6, 20.13, 12, 0.6, 0.6, 0.6, 0.0008, 0.0008,
            68.51, 4015, 0.03, 7.8, 0.018};
    static final List<String> SC_GASES = List.of("CO2e", "CO2e", "CO2e", "CO2e", "CO2e", "CO2e", "CO2e", "CO2",
            "CH4-fossil", "N2O", "CO2", "CH4-non-fossil", "CO2e", "CO2e", "HFC-134a", "CO2e", "HFC-134a");
    static final double[] SC_GWP = {1, 1, 1, 1, 1, 1, 1, 1, 29.8, 273, 1, 27.0, 1, 1, 1530, 1, 1530};
    static final List<String> SC_STAGES = List.of("RAW", "PACKAGING", "RAW_TRANSPORT", "PRODUCTION", "DISTRIBUTION",
            "USE", "EOL");
    static final double[] SC_STAGE_KG = {
            161.195,           // 99.875 + 15.36 + 28.56 + 17.40
            2.47,
            1.57014,
            9.63891586146,     // 6.9324 + 1.2973132854 + 0.00069608628 + 0.00063768978 + 1.39776 + 0.0101088
            5.34378,
            2365.3655,         // 2319.4655 + 45.90
            28.1484};          // 0.6084 + 27.54
    static final double SC_TOTAL = 2573.73173586146;

    @Test
    void sc120TotalStagesAndLines() throws IOException {
        Footprint fp = run(example("SC-120")).footprint();
        assertRel(SC_TOTAL, fp.total(), "total");
        assertEquals(SC_STAGES, fp.stages().stream().map(s -> s.stage().code()).toList());
        // shares 6.2631 %, 0.0960 %, 0.0610 %, 0.3745 %, 0.2076 %, 91.9041 %, 1.0937 %
        double[] sharesPct = {6.2631, 0.0960, 0.0610, 0.3745, 0.2076, 91.9041, 1.0937};
        for (int i = 0; i < SC_STAGE_KG.length; i++) {
            StageResult s = fp.stages().get(i);
            assertRel(SC_STAGE_KG[i], s.kgco2e(), s.stage().code());
            assertRel(SC_STAGE_KG[i] / SC_TOTAL, s.share(), s.stage().code() + " share");
            assertEquals(sharesPct[i], s.share() * 100, 5e-5, s.stage().code() + " share in %");
        }
        assertEquals(17, fp.lines().size());
        for (int i = 0; i < SC_LINES.length; i++) {
            LineResult l = fp.lines().get(i);
            assertRel(SC_PER_UNIT[i], l.amountPerUnit(), "line " + (i + 1) + " amount per unit");
            assertEquals(SC_GASES.get(i), l.gas(), "line " + (i + 1) + " gas");
            assertEquals(SC_GWP[i], l.gwp(), 0.0, "line " + (i + 1) + " GWP");
            assertEquals(i == 10 || i == 11 ? CarbonOrigin.BIOGENIC : CarbonOrigin.FOSSIL, l.origin());
            assertRel(SC_LINES[i], l.kgco2e(), "line " + (i + 1));
        }
        // the annual rows: amount / 12 000 × 0.4
        assertEquals(360000.0, fp.lines().get(6).activity().amount(), 0.0);
        assertEquals(0.4, fp.lines().get(6).activity().allocation(), 0.0);
    }

    @Test
    void sc120GasesOriginsCutOffAndPrimaryShare() throws IOException {
        Run run = run(example("SC-120"));
        Footprint fp = run.footprint();
        assertEquals(List.of("CO2e", "CO2", "CH4-fossil", "N2O", "CH4-non-fossil", "HFC-134a"),
                List.copyOf(fp.byGas().keySet()));
        // CO2e lines 1–7, 13, 14, 16: 99.875 + 15.36 + 28.56 + 17.40 + 2.47 + 1.57014 + 6.9324 + 5.34378
        //   + 2319.4655 + 0.6084 = 2497.58522
        assertRel(2497.58522, fp.byGas().get("CO2e"), "CO2e");
        assertRel(1.2973132854 + 1.39776, fp.byGas().get("CO2"), "CO2");        // 2.6950732854
        assertRel(0.00069608628, fp.byGas().get("CH4-fossil"), "CH4 fossil");
        assertRel(0.00063768978, fp.byGas().get("N2O"), "N2O");
        assertRel(0.0101088, fp.byGas().get("CH4-non-fossil"), "CH4 non-fossil");
        assertRel(45.90 + 27.54, fp.byGas().get("HFC-134a"), "HFC-134a");       // 73.44
        // biogenic: 1.39776 + 0.0101088 = 1.4078688; fossil: 2573.73173586146 − 1.4078688 = 2572.32386706146
        assertOrigins(fp, 2572.32386706146, 1.4078688);
        // under 1 % (25.7373): lines 4, 2, 7, 13, 5, 6, 11, 8, 16, 12, 9, 10 (largest first), sum
        //   17.40 + 15.36 + 6.9324 + 5.34378 + 2.47 + 1.57014 + 1.39776 + 1.2973132854 + 0.6084 + 0.0101088
        //   + 0.00069608628 + 0.00063768978 = 52.39123586146 → 2.0356 % < 5 %
        assertCutOff(new CutOffExpect(List.of(3, 1, 6, 12, 4, 5, 10, 7, 15, 11, 8, 9), 52.39123586146), fp, SC_TOTAL);
        assertEquals(2.0356, fp.cutOff().smallShare() * 100, 5e-5);
        // primary rows: RAW 161.195 + PACKAGING 2.47 + PRODUCTION 9.63891586146 = 173.30391586146 → 6.7336 %
        assertRel(173.30391586146 / SC_TOTAL, fp.primaryDataShare(), "primary share");
        assertEquals(6.7336, fp.primaryDataShare() * 100, 5e-5);
        assertEquals(List.of(), run.warnings());
        // per kg of product: 2573.73173586146 / 78 = 32.99656 kgCO2e/kg
        assertEquals(78.0, run.workbook().info().productMassKg(), 0.0);
        assertEquals(32.99656, fp.total() / run.workbook().info().productMassKg(), 5e-6);
    }

    record CutOffExpect(List<Integer> smallLineIndexes, double smallSum) {}

    static void assertCutOff(CutOffExpect expect, Footprint fp, double total) {
        assertEquals(0.01, fp.cutOff().lineThreshold(), 0.0);
        assertEquals(0.05, fp.cutOff().sumThreshold(), 0.0);
        assertEquals(expect.smallLineIndexes(), fp.cutOff().smallLines().stream().map(l -> l.activity().index()).toList());
        assertRel(expect.smallSum(), fp.cutOff().smallSum(), "cut-off sum");
        assertRel(expect.smallSum() / total, fp.cutOff().smallShare(), "cut-off share");
        assertTrue(fp.cutOff().passed());
    }

    static void assertOrigins(Footprint fp, double fossil, double biogenic) {
        assertEquals(Arrays.asList(CarbonOrigin.values()), List.copyOf(fp.byOrigin().keySet()));
        assertRel(fossil, fp.byOrigin().get(CarbonOrigin.FOSSIL), "fossil");
        assertRel(biogenic, fp.byOrigin().get(CarbonOrigin.BIOGENIC), "biogenic");
        for (CarbonOrigin o : List.of(CarbonOrigin.BIOGENIC_REMOVAL, CarbonOrigin.DLUC, CarbonOrigin.AIRCRAFT)) {
            assertEquals(0.0, fp.byOrigin().get(o), 0.0, o.code());
        }
    }

    // ---- golden JSON -------------------------------------------------------------------------------------

    /**
     * The whole result as JSON ({@link ResultJson} without the uncertainty block) equals the committed
     * golden file, so any change shows as a reviewable diff. With {@code -Dgolden.update=true} the file is
     * rewritten first. The numbers above, not this file, are the check of correctness.
     */
    @ParameterizedTest
    @ValueSource(strings = {"JX0317-D30", "SC-120"})
    void resultJsonEqualsGolden(String name) throws IOException {
        Run run = run(example(name));
        String json = ResultJson.write(run.workbook(), run.footprint(), null, run.warnings());
        assertFalse(json.contains("\"uncertainty\""));
        Golden.assertMatches(name + ".json", json);
    }

    /** The golden file's total is the hand-worked one too, so a regenerated file cannot silently drift. */
    @Test
    void goldenFilesHoldTheHandWorkedTotals() throws IOException {
        for (var e : Map.of("JX0317-D30", JX_TOTAL, "SC-120", SC_TOTAL).entrySet()) {
            String text = Golden.read(e.getKey() + ".json");
            var m = java.util.regex.Pattern.compile("\"total_kgco2e\" : ([0-9.Ee+-]+)").matcher(text);
            assertTrue(m.find(), Golden.file(e.getKey() + ".json") + " has no total_kgco2e");
            assertRel(e.getValue(), Double.parseDouble(m.group(1)), e.getKey() + " golden total");
        }
    }
}
