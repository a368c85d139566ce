package dev.pcf.calc;

import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.StageResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden test: the reference report's product, 1 台集中式 DTU JX0317-D30 (reference-report §4.2,
 * §5.2: 113.3858 kgCO2e; 101.0643 / 0.3004 / 8.0250 / 2.2816 / 1.7145). Every expected value
 * below is worked out by hand (exact decimal arithmetic) in the comments.
 */
class ReferenceReportTest {

    static final double REL = 1e-9;

    // Diesel, reference-data.md §2: EF = NCV × CC × OF × 44/12
    //   = 42.652 GJ/t × 20.20 tC/TJ × 0.98 × 44/12 / 1000
    //   42.652 × 20.20 = 861.5704; × 0.98 = 844.338992; × 44 = 37150.915648; / 12 = 3095.909637333…
    //   → 3.0959096373333… kgCO2/kg (reference-data.md prints 3.0959)
    static final double EF_DIESEL = 3.0959096373333333;
    // Natural gas: 389.31 GJ/10^4Nm3 = 38.931 MJ/m3; 15.30 × 0.99 × 44/12 = 55.539 tCO2/TJ = 0.055539 kgCO2/MJ
    //   38.931 × 0.055539 = 2.162188809 kgCO2/m3 (reference-data.md prints 2.1622)
    static final double EF_GAS = 2.162188809;

    // RAW 174.9425 kWh × 0.5777 = 87.47125 + 12.245975 + 1.34705725 = 101.06428225
    static final double RAW = 101.06428225;
    // RAW_TRANSPORT 0.09703 kg × 3.0959096373333 = 0.30039611211045…
    static final double RAW_TRANSPORT = 0.3003961121104533;
    // PRODUCTION 13.8912 kWh × 0.5777 = 8.02494624
    static final double PRODUCTION = 8.02494624;
    // DISTRIBUTION 0.7370 kg × 3.0959096373333 = 2.2816854027146…
    static final double DISTRIBUTION = 2.2816854027146665;
    // EOL 2.5 kWh × 0.5777 = 1.44425; 0.125 m3 × 2.162188809 = 0.270273601125; sum 1.714523601125
    static final double EOL_POWER = 1.44425;
    static final double EOL_GAS = 0.270273601125;
    static final double EOL = 1.714523601125;
    // 101.06428225 + 0.30039611211045 + 8.02494624 + 2.28168540271467 + 1.714523601125 = 113.38583360595…
    static final double TOTAL = 113.38583360595013;

    static PcfWorkbook workbook() {
        TestWorkbook b = new TestWorkbook()
                .stage("RAW", true).stage("RAW_TRANSPORT", true).stage("PRODUCTION", true)
                .stage("DISTRIBUTION", true).stage("USE", false).stage("EOL", true);
        b.factor("EF-GRID-2024", 0.5777, "kgCO2e/kWh");
        b.factor("EF-DIESEL-CN", null, "kgCO2/kg").ncv(42.652, "GJ/t").carbon(20.20, 0.98);
        b.factor("EF-NG-CN", null, "kgCO2/m3").ncv(389.31, "GJ/10^4Nm3").carbon(15.30, 0.99);
        b.activity("RAW", 174.9425, "kWh", "EF-GRID-2024").primary();
        b.activity("RAW_TRANSPORT", 0.09703, "kg", "EF-DIESEL-CN").secondary();
        b.activity("PRODUCTION", 13.8912, "千瓦时", "EF-GRID-2024").primary();
        b.activity("DISTRIBUTION", 0.7370, "公斤", "EF-DIESEL-CN").secondary();
        b.activity("EOL", 2.5, "kWh", "EF-GRID-2024").primary();
        b.activity("EOL", 0.125, "m³", "EF-NG-CN").secondary();
        return b.build();
    }

    static void assertRel(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * REL, () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void computesTheReferenceReportByLineStageAndTotal() {
        Footprint fp = Calculator.calculate(workbook());
        List<LineResult> l = fp.lines();
        assertEquals(6, l.size());
        assertRel(RAW, l.get(0).kgco2e());
        assertRel(RAW_TRANSPORT, l.get(1).kgco2e());
        assertRel(PRODUCTION, l.get(2).kgco2e());
        assertRel(DISTRIBUTION, l.get(3).kgco2e());
        assertRel(EOL_POWER, l.get(4).kgco2e());
        assertRel(EOL_GAS, l.get(5).kgco2e());
        assertRel(TOTAL, fp.total());

        List<StageResult> s = fp.stages();
        assertEquals(List.of("RAW", "RAW_TRANSPORT", "PRODUCTION", "DISTRIBUTION", "EOL"),
                s.stream().map(r -> r.stage().code()).toList(), "included stages in workbook order, USE left out");
        double[] expected = {RAW, RAW_TRANSPORT, PRODUCTION, DISTRIBUTION, EOL};
        for (int i = 0; i < expected.length; i++) {
            assertRel(expected[i], s.get(i).kgco2e());
            assertRel(expected[i] / TOTAL, s.get(i).share());
        }
        // the report's percentages: 89.13 %, 0.26 %, 7.08 %, 2.01 %, 1.51 %
        assertEquals(0.8913, s.get(0).share(), 0.00005);
        assertEquals(0.0151, s.get(4).share(), 0.00005);
    }

    @Test
    void fillsEveryComponentOfALine() {
        LineResult diesel = Calculator.calculate(workbook()).lines().get(1);
        assertEquals(0.09703, diesel.amountPerUnit(), 0);
        assertEquals(1.0, diesel.conversion(), 0, "kg → kg");
        assertRel(EF_DIESEL, diesel.factorValue());
        assertEquals(1.0, diesel.gasKgPerUnit(), 0);
        assertEquals("CO2", diesel.gas());
        assertEquals(1.0, diesel.gwp(), 0);
        assertEquals(CarbonOrigin.FOSSIL, diesel.origin());
        assertRel(RAW_TRANSPORT, diesel.gasKg());

        LineResult gas = Calculator.calculate(workbook()).lines().get(5);
        assertRel(EF_GAS, gas.factorValue());
        assertEquals(1.0, gas.conversion(), 0, "m³ → m3");
    }

    @Test
    void computesFactorValuesFromCarbonContent() {
        PcfWorkbook wb = workbook();
        assertRel(EF_DIESEL, Calculator.factorValue(wb.factor("EF-DIESEL-CN")));
        assertRel(EF_GAS, Calculator.factorValue(wb.factor("EF-NG-CN")));
        assertEquals(0.5777, Calculator.factorValue(wb.factor("EF-GRID-2024")), 0);
    }

    @Test
    void groupsByGasAndOrigin() {
        Footprint fp = Calculator.calculate(workbook());
        // CO2e: electricity 101.06428225 + 8.02494624 + 1.44425 = 110.53347849
        // CO2: diesel 0.30039611211045 + 2.28168540271467 + gas 0.270273601125 = 2.85235511595…
        assertEquals(List.of("CO2e", "CO2"), List.copyOf(fp.byGas().keySet()));
        assertRel(110.53347849, fp.byGas().get("CO2e"));
        assertRel(2.8523551159501198, fp.byGas().get("CO2"));
        assertEquals(List.of(CarbonOrigin.values()), List.copyOf(fp.byOrigin().keySet()));
        assertRel(TOTAL, fp.byOrigin().get(CarbonOrigin.FOSSIL));
        assertEquals(0.0, fp.byOrigin().get(CarbonOrigin.BIOGENIC), 0);
        assertEquals(0.0, fp.byOrigin().get(CarbonOrigin.BIOGENIC_REMOVAL), 0);
        assertEquals(0.0, fp.byOrigin().get(CarbonOrigin.DLUC), 0);
        assertEquals(0.0, fp.byOrigin().get(CarbonOrigin.AIRCRAFT), 0);
    }

    @Test
    void checksCutOffAndPrimaryShare() {
        Footprint fp = Calculator.calculate(workbook());
        // under 1 % of 113.3858 (1.133858): diesel 0.300396 (0.265 %), natural gas 0.270274 (0.238 %);
        // EOL electricity 1.44425 (1.27 %) and distribution 2.2817 (2.01 %) are not small.
        // sum 0.300396112110 + 0.270273601125 = 0.570669713235 → 0.50330 % < 5 %
        assertEquals(List.of(1, 5), fp.cutOff().smallLines().stream().map(l -> l.activity().index()).toList());
        assertRel(0.5706697132354533, fp.cutOff().smallSum());
        assertRel(0.5706697132354533 / TOTAL, fp.cutOff().smallShare());
        assertTrue(fp.cutOff().passed());
        // primary = electricity lines 110.53347849 / 113.38583360595 = 0.97484381…
        assertRel(110.53347849 / TOTAL, fp.primaryDataShare());
        assertEquals(0.9748438, fp.primaryDataShare(), 1e-7);
        assertTrue(fp.warnings().isEmpty(), () -> fp.warnings().toString());
    }

    @Test
    void dieselPerTerajouleGivesTheSameThroughTheNcv() {
        TestWorkbook b = new TestWorkbook().stage("RAW_TRANSPORT", true);
        b.factor("EF-DIESEL-TJ", null, "tCO2/TJ").ncv(42.652, "GJ/t").carbon(20.20, 0.98);
        b.activity("RAW_TRANSPORT", 0.09703, "kg", "EF-DIESEL-TJ");
        LineResult l = Calculator.calculate(b.build()).lines().get(0);
        // factor 20.20 × 0.98 × 44/12 = 72.585333… tCO2/TJ; 1 kg = 42.652 MJ = 42.652e-6 TJ;
        // 0.09703 × 42.652e-6 × 72.585333… × 1000 kg/t = 0.30039611211045…
        assertRel(72.58533333333333, l.factorValue());
        assertRel(42.652e-6, l.conversion());
        assertEquals(1000.0, l.gasKgPerUnit(), 0);
        assertRel(RAW_TRANSPORT, l.kgco2e());
    }

    @Test
    void dieselWithAGivenFactorPerKgAndActivityInTonnes() {
        TestWorkbook b = new TestWorkbook().stage("DISTRIBUTION", true);
        b.factor("EF-DIESEL", 3.0959096373333333, "kgCO2/kg");
        b.activity("DISTRIBUTION", 0.000737, "t", "EF-DIESEL");
        // 0.000737 t = 0.737 kg → 2.2816854027146…
        assertRel(DISTRIBUTION, Calculator.calculate(b.build()).total());
    }

    @Test
    void energyActivityWithAPerVolumeFactorDividesByTheNcv() {
        TestWorkbook b = new TestWorkbook().stage("EOL", true);
        b.factor("EF-NG-CN", null, "kgCO2/m3").ncv(389.31, "GJ/10^4Nm3").carbon(15.30, 0.99);
        b.activity("EOL", 3.8931, "GJ", "EF-NG-CN");
        LineResult l = Calculator.calculate(b.build()).lines().get(0);
        // 3.8931 GJ = 3893.1 MJ ÷ 38.931 MJ/m3 = 100 m3; × 2.162188809 = 216.2188809 kgCO2
        assertRel(100 / 3.8931, l.conversion());
        assertRel(216.2188809, l.kgco2e());
    }
}
