package dev.pcf.calc;

import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Footprint;
import dev.pcf.model.GwpSet;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.pcf.calc.ReferenceReportTest.assertRel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second model by hand: CH4 fossil and biogenic, N2O through the NCV, HFC-134a, t·km and kg·km,
 * annual amounts with allocation (annual production 2000), biogenic emission and removal lines,
 * a custom stage (COATING) and an excluded stage (USE).
 *
 * <pre>
 * line  stage    amount                   factor                            kg gas / FU              GWP (AR6)  kg CO2e (AR6)
 * L0    RAW      12.5 tkm                 0.078 kgCO2e/t·km                 0.975 CO2e                1         0.975
 * L1    RAW      3500 kg·km = 3.5 t·km    0.078 kgCO2e/t·km                 0.273 CO2e                1         0.273
 * L2    RAW      0.5 kg wood              −1.6 kgCO2/kg biogenic-removal    −0.8 CO2                  1        −0.8
 * L3    COATING  50 MWh/yr × 0.4 / 2000   0.5777 kgCO2e/kWh                 0.01 MWh = 10 kWh → 5.777 1         5.777
 * L4    COATING  1200 kg diesel/yr × 0.25 / 2000 = 0.15 kg = 0.15 × 42.652 MJ = 6.3978e-6 TJ
 *                                         CC 20.20 × 0.98 × 44/12 = 72.585333… tCO2/TJ
 *                                                                           6.3978e-6 × 72.585333… × 1000 = 0.4643864456 CO2
 * L5    COATING  same 6.3978e-6 TJ        3 kgCH4/TJ, gas "CH4", fossil     1.91934e-5 CH4-fossil      29.8      0.00057196332
 * L6    COATING  same 6.3978e-6 TJ        0.6 kgN2O/TJ                      3.83868e-6 N2O             273       0.00104795964
 * L7    COATING  0.02 kg charge           0.1 kg/kg, gas "R-134a"           0.002 HFC-134a             1530      3.06
 * L8    EOL      0.8 kg waste             4 gCH4/kg, biogenic               0.0032 CH4-non-fossil      27.0      0.0864
 * L9    EOL      0.5 kg wood              1.6 kgCO2/kg biogenic             0.8 CO2                    1         0.8
 * RAW 0.448, COATING 9.30300636856, EOL 0.8864; total 10.63740636856
 * </pre>
 */
class MixedGasesTest {

    static PcfWorkbook workbook(GwpSet set) {
        TestWorkbook b = new TestWorkbook().gwp(set).annualProduction(2000.0)
                .stage("RAW", true).stage("COATING", true).stage("USE", false).stage("EOL", true);
        b.factor("EF-TRUCK", 0.078, "kgCO2e/t·km");
        b.factor("EF-WOOD-UPTAKE", -1.6, "kgCO2/kg").origin(CarbonOrigin.BIOGENIC_REMOVAL);
        b.factor("EF-GRID", 0.5777, "kgCO2e/kWh");
        b.factor("EF-DIESEL-CO2", null, "tCO2/TJ").ncv(42.652, "GJ/t").carbon(20.20, 0.98);
        b.factor("EF-DIESEL-CH4", 3.0, "kgCH4/TJ").gas("CH4").ncv(42.652, "GJ/t");
        b.factor("EF-DIESEL-N2O", 0.6, "kgN2O/TJ").ncv(42.652, "MJ/kg");
        b.factor("EF-R134A", 0.1, "kg/kg").gas("R-134a");
        b.factor("EF-COMPOST", 4.0, "gCH4/kg").origin(CarbonOrigin.BIOGENIC);
        b.factor("EF-WOOD-BURN", 1.6, "kgCO2/kg").origin(CarbonOrigin.BIOGENIC);
        b.activity("RAW", 12.5, "tkm", "EF-TRUCK");
        b.activity("RAW", 3500, "kg·km", "EF-TRUCK");
        b.activity("RAW", 0.5, "kg", "EF-WOOD-UPTAKE");
        b.activity("COATING", 50, "MWh", "EF-GRID").annual(0.4).primary();
        b.activity("COATING", 1200, "kg", "EF-DIESEL-CO2").annual(0.25).primary();
        b.activity("COATING", 1200, "千克", "EF-DIESEL-CH4").annual(0.25).primary();
        b.activity("COATING", 1.2, "吨", "EF-DIESEL-N2O").annual(0.25).primary();
        b.activity("COATING", 0.02, "kg", "EF-R134A").secondary();
        b.activity("EOL", 0.8, "kg", "EF-COMPOST");
        b.activity("EOL", 0.5, "kg", "EF-WOOD-BURN");
        return b.build();
    }

    static final double[] AR6 = {0.975, 0.273, -0.8, 5.777, 0.4643864456, 0.00057196332, 0.00104795964, 3.06, 0.0864, 0.8};
    static final double TOTAL_AR6 = 10.63740636856;

    @Test
    void computesEveryLineAndStage() {
        Footprint fp = Calculator.calculate(workbook(GwpSet.AR6));
        for (int i = 0; i < AR6.length; i++) assertRel(AR6[i], fp.lines().get(i).kgco2e());
        assertRel(TOTAL_AR6, fp.total());
        assertEquals(List.of("RAW", "COATING", "EOL"), fp.stages().stream().map(s -> s.stage().code()).toList());
        assertRel(0.448, fp.stages().get(0).kgco2e());
        assertRel(9.30300636856, fp.stages().get(1).kgco2e());
        assertRel(0.8864, fp.stages().get(2).kgco2e());
        assertRel(0.448 / TOTAL_AR6, fp.stages().get(0).share());
    }

    @Test
    void fillsTheComponentsOfConvertedLines() {
        List<LineResult> l = Calculator.calculate(workbook(GwpSet.AR6)).lines();
        assertRel(0.001, l.get(1).conversion()); // kg·km → t·km
        assertRel(0.01, l.get(3).amountPerUnit()); // 50 × 0.4 / 2000 MWh
        assertRel(1000, l.get(3).conversion()); // MWh → kWh
        assertRel(0.15, l.get(4).amountPerUnit());
        assertRel(42.652e-6, l.get(4).conversion()); // kg → TJ through 42.652 GJ/t
        assertRel(72.58533333333333, l.get(4).factorValue());
        assertEquals(1000, l.get(4).gasKgPerUnit(), 0);
        assertRel(1.2 * 0.25 / 2000, l.get(6).amountPerUnit()); // 0.00015 t
        assertRel(42.652e-3, l.get(6).conversion()); // t → TJ: 42652 MJ per t
        assertRel(3.83868e-6, l.get(6).gasKg());
        assertEquals("CH4-fossil", l.get(5).gas());
        assertEquals(29.8, l.get(5).gwp(), 0);
        assertEquals("N2O", l.get(6).gas());
        assertEquals("HFC-134a", l.get(7).gas());
        assertEquals("CH4-non-fossil", l.get(8).gas());
        assertEquals(27.0, l.get(8).gwp(), 0);
        assertEquals(0.001, l.get(8).gasKgPerUnit(), 0);
        assertRel(0.0032, l.get(8).gasKg());
        assertEquals(CarbonOrigin.BIOGENIC_REMOVAL, l.get(2).origin());
    }

    @Test
    void groupsByGasAndOriginWithRemovalsInTheTotal() {
        Footprint fp = Calculator.calculate(workbook(GwpSet.AR6));
        assertEquals(List.of("CO2e", "CO2", "CH4-fossil", "N2O", "HFC-134a", "CH4-non-fossil"),
                List.copyOf(fp.byGas().keySet()));
        assertRel(7.025, fp.byGas().get("CO2e")); // 0.975 + 0.273 + 5.777
        assertRel(0.4643864456, fp.byGas().get("CO2")); // −0.8 + 0.4643864456 + 0.8
        assertRel(3.06, fp.byGas().get("HFC-134a"));
        // fossil 7.025 + 0.4643864456 + 0.00057196332 + 0.00104795964 + 3.06 = 10.55100636856
        assertRel(10.55100636856, fp.byOrigin().get(CarbonOrigin.FOSSIL));
        assertRel(0.8864, fp.byOrigin().get(CarbonOrigin.BIOGENIC));
        assertRel(-0.8, fp.byOrigin().get(CarbonOrigin.BIOGENIC_REMOVAL));
        assertEquals(0.0, fp.byOrigin().get(CarbonOrigin.DLUC), 0);
        assertEquals(0.0, fp.byOrigin().get(CarbonOrigin.AIRCRAFT), 0);
    }

    @Test
    void cutOffAndPrimaryShare() {
        Footprint fp = Calculator.calculate(workbook(GwpSet.AR6));
        // shares are of the gross emissions, 10.6374 + 0.8 (the removal reported apart) = 11.4374; 1 % of it =
        // 0.114374: small are L8 0.0864, L6 0.00104796, L5 0.00057196 (largest first); the removal L2 (|−0.8|)
        // is not small. Sum 0.08801992296 → 0.7696 % < 5 %.
        assertEquals(List.of(8, 6, 5), fp.cutOff().smallLines().stream().map(l -> l.activity().index()).toList());
        assertRel(0.08801992296, fp.cutOff().smallSum());
        assertRel(0.08801992296 / (TOTAL_AR6 + 0.8), fp.cutOff().smallShare());
        assertTrue(fp.cutOff().passed());
        // primary L3–L6: 5.777 + 0.4643864456 + 0.00057196332 + 0.00104795964 = 6.24300636856
        assertRel(6.24300636856 / (TOTAL_AR6 + 0.8), fp.primaryDataShare());
    }

    @Test
    void gwpSetChangesOnlyTheNonCo2LinesByTheTableRatios() {
        Footprint ar6 = Calculator.calculate(workbook(GwpSet.AR6));
        Footprint ar5 = Calculator.calculate(workbook(GwpSet.AR5));
        Footprint ar4 = Calculator.calculate(workbook(GwpSet.AR4));
        assertEquals(GwpSet.AR5, ar5.gwpSet());
        for (int i : new int[] {0, 1, 2, 3, 4, 9}) {
            assertEquals(ar6.lines().get(i).kgco2e(), ar5.lines().get(i).kgco2e(), 0);
            assertEquals(ar6.lines().get(i).kgco2e(), ar4.lines().get(i).kgco2e(), 0);
        }
        // CH4 fossil 29.8 → 30 → 25; N2O 273 → 265 → 298; HFC-134a 1530 → 1300 → 1430; CH4 non-fossil 27.0 → 28 → 25
        double[][] ratios = {{5, 30 / 29.8, 25 / 29.8}, {6, 265 / 273.0, 298 / 273.0}, {7, 1300 / 1530.0, 1430 / 1530.0},
                {8, 28 / 27.0, 25 / 27.0}};
        for (double[] r : ratios) {
            int i = (int) r[0];
            assertRel(ar6.lines().get(i).kgco2e() * r[1], ar5.lines().get(i).kgco2e());
            assertRel(ar6.lines().get(i).kgco2e() * r[2], ar4.lines().get(i).kgco2e());
        }
        // AR5: 0.975 + 0.273 − 0.8 + 5.777 + 0.4643864456 + 0.000575802 + 0.0010172502 + 2.6 + 0.0896 + 0.8 = 10.1805794978
        assertRel(10.1805794978, ar5.total());
        // AR4: … + 0.000479835 + 0.00114392664 + 2.86 + 0.08 + 0.8 = 10.43101020724
        assertRel(10.43101020724, ar4.total());
    }
}
