package dev.pcf.calc;

import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Footprint;
import dev.pcf.model.PcfWorkbook;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.pcf.calc.ReferenceReportTest.assertRel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The template's second example, SC-120 (commercial display cabinet), rebuilt in code from its
 * factor and activity rows and worked by hand, as an independent check of the example's expected
 * results. Annual production 12 000, allocation 0.4 for the shared workshop energy, AR6.
 *
 * <pre>
 * RAW           42.5 × 2.35 = 99.875; 3.2 × 4.80 = 15.36; 6.8 × 4.20 = 28.56; 12.0 × 1.45 = 17.4   → 161.195
 * PACKAGING     2.6 千克 × 0.95 = 2.47
 * RAW_TRANSPORT 20.13 t·km × 0.078 = 1.57014
 * PRODUCTION    electricity 360000 × 0.4 / 12000 = 12 kWh × 0.5777 = 6.9324
 *               natural gas 18000 × 0.4 / 12000 = 0.6 m3 × 2.162188809 = 1.2973132854 (CO2)
 *                 0.6 m3 × 38.931 MJ/m3 = 23.3586 MJ = 2.33586e-5 TJ
 *                 CH4 2.33586e-5 × 1 kg/TJ × 29.8 = 0.00069608628; N2O 2.33586e-5 × 0.1 × 273 = 0.00063768978
 *               pellets 24 t × 0.4 / 12000 = 0.0008 t = 0.8 kg × 15.6 MJ/kg = 1.248e-5 TJ
 *                 CO2 (biogenic) 1.248e-5 × 112 t/TJ = 0.00139776 t = 1.39776 kg
 *                 CH4 (biogenic) 0.8 kg × 0.000468 × 27.0 = 0.0101088
 *               sum 9.63891586146
 * DISTRIBUTION  68.51 吨公里 × 0.078 = 5.34378
 * USE           4015 × 0.5777 = 2319.4655; HFC-134a 0.03 × 1530 = 45.9                → 2365.3655
 * EOL           7.8 × 0.078 = 0.6084; HFC-134a 0.018 × 1530 = 27.54                   → 28.1484
 * total 2573.73173586146
 * </pre>
 */
class Sc120ExampleTest {

    static PcfWorkbook workbook() {
        TestWorkbook b = new TestWorkbook().annualProduction(12000.0)
                .stage("RAW", true).stage("PACKAGING", true).stage("RAW_TRANSPORT", true).stage("PRODUCTION", true)
                .stage("DISTRIBUTION", true).stage("USE", true).stage("EOL", true);
        b.factor("EF-ELEC-CN-2024", 0.5777, "kgCO2e/kWh").gas("CO2e");
        b.factor("EF-NG-CN", null, "kgCO2/m3").gas("CO2").ncv(389.31, "GJ/10^4Nm3").carbon(15.30, 0.99);
        b.factor("EF-STEEL-SHEET", 2.35, "kgCO2e/kg").gas("CO2e");
        b.factor("EF-CU-TUBE", 4.80, "kgCO2e/kg").gas("CO2e");
        b.factor("EF-PU-FOAM", 4.20, "kgCO2e/kg").gas("CO2e");
        b.factor("EF-GLASS", 1.45, "kgCO2e/kg").gas("CO2e");
        b.factor("EF-CARTON", 0.95, "kgCO2e/kg").gas("CO2e");
        b.factor("EF-TRUCK", 0.078, "kgCO2e/t·km").gas("CO2e");
        b.factor("EF-R134A", 1.0, "kg/kg").gas("HFC-134a");
        b.factor("EF-NG-CH4", 1.0, "kgCH4/TJ").gas("CH4").origin(CarbonOrigin.FOSSIL).ncv(389.31, "GJ/10^4Nm3");
        b.factor("EF-NG-N2O", 0.1, "kgN2O/TJ").gas("N2O").ncv(389.31, "GJ/10^4Nm3");
        b.factor("EF-PELLET-CO2", 112.0, "tCO2/TJ").gas("CO2").origin(CarbonOrigin.BIOGENIC).ncv(15.6, "GJ/t");
        b.factor("EF-PELLET-CH4", 0.000468, "kgCH4/kg").gas("CH4").origin(CarbonOrigin.BIOGENIC);
        b.activity("RAW", 42.5, "kg", "EF-STEEL-SHEET").primary();
        b.activity("RAW", 3.2, "kg", "EF-CU-TUBE").primary();
        b.activity("RAW", 6.8, "kg", "EF-PU-FOAM").primary();
        b.activity("RAW", 12.0, "kg", "EF-GLASS").primary();
        b.activity("PACKAGING", 2.6, "千克", "EF-CARTON").primary();
        b.activity("RAW_TRANSPORT", 20.13, "t·km", "EF-TRUCK").secondary();
        b.activity("PRODUCTION", 360000, "kWh", "EF-ELEC-CN-2024").annual(0.4).primary();
        b.activity("PRODUCTION", 18000, "m3", "EF-NG-CN").annual(0.4).primary();
        b.activity("PRODUCTION", 18000, "m3", "EF-NG-CH4").annual(0.4).primary();
        b.activity("PRODUCTION", 18000, "m3", "EF-NG-N2O").annual(0.4).primary();
        b.activity("PRODUCTION", 24, "t", "EF-PELLET-CO2").annual(0.4).primary();
        b.activity("PRODUCTION", 24, "t", "EF-PELLET-CH4").annual(0.4).primary();
        b.activity("DISTRIBUTION", 68.51, "吨公里", "EF-TRUCK").secondary();
        b.activity("USE", 4015, "kWh", "EF-ELEC-CN-2024").secondary();
        b.activity("USE", 0.03, "kg", "EF-R134A").secondary();
        b.activity("EOL", 7.8, "t·km", "EF-TRUCK").secondary();
        b.activity("EOL", 0.018, "kg", "EF-R134A").secondary();
        return b.build();
    }

    static final double TOTAL = 2573.73173586146;

    @Test
    void linesStagesAndTotal() {
        Footprint fp = Calculator.calculate(workbook());
        double[] lines = {99.875, 15.36, 28.56, 17.4, 2.47, 1.57014, 6.9324, 1.2973132854, 0.00069608628,
                0.00063768978, 1.39776, 0.0101088, 5.34378, 2319.4655, 45.9, 0.6084, 27.54};
        for (int i = 0; i < lines.length; i++) assertRel(lines[i], fp.lines().get(i).kgco2e());
        assertRel(TOTAL, fp.total());
        double[] stages = {161.195, 2.47, 1.57014, 9.63891586146, 5.34378, 2365.3655, 28.1484};
        for (int i = 0; i < stages.length; i++) {
            assertRel(stages[i], fp.stages().get(i).kgco2e());
            assertRel(stages[i] / TOTAL, fp.stages().get(i).share());
        }
        // "use-phase electricity about 92 % of the total": USE 2365.3655 / 2573.7317 = 0.91904
        assertEquals(0.91904, fp.stages().get(5).share(), 5e-6);
    }

    @Test
    void gasesOriginsCutOffAndPrimaryShare() {
        Footprint fp = Calculator.calculate(workbook());
        assertEquals(List.of("CO2e", "CO2", "CH4-fossil", "N2O", "CH4-non-fossil", "HFC-134a"),
                List.copyOf(fp.byGas().keySet()));
        assertRel(45.9 + 27.54, fp.byGas().get("HFC-134a"));
        assertRel(1.2973132854 + 1.39776, fp.byGas().get("CO2"));
        // biogenic: 1.39776 + 0.0101088 = 1.4078688; fossil the rest
        assertRel(1.4078688, fp.byOrigin().get(CarbonOrigin.BIOGENIC));
        assertRel(TOTAL - 1.4078688, fp.byOrigin().get(CarbonOrigin.FOSSIL));
        // under 1 % of 2573.73 (25.7373): every line but steel, PU foam, use electricity, HFC leak and loss;
        // 17.4 + 15.36 + 6.9324 + 5.34378 + 2.47 + 1.57014 + 1.39776 + 1.2973132854 + 0.6084 + 0.0101088
        //   + 0.00069608628 + 0.00063768978 = 52.39123586146 → 2.0356 % < 5 %
        assertEquals(List.of(3, 1, 6, 12, 4, 5, 10, 7, 15, 11, 8, 9),
                fp.cutOff().smallLines().stream().map(l -> l.activity().index()).toList());
        assertRel(52.39123586146, fp.cutOff().smallSum());
        assertTrue(fp.cutOff().passed());
        // primary: RAW 161.195 + PACKAGING 2.47 + PRODUCTION 9.63891586146 = 173.30391586146 → 6.7336 %
        assertRel(173.30391586146 / TOTAL, fp.primaryDataShare());
    }
}
