package dev.pcf.reader;

import dev.pcf.calc.Calculator;
import dev.pcf.calc.Scenarios;
import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.Footprint;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.Scenario;
import dev.pcf.model.ScenarioResult;
import dev.pcf.model.StageResult;
import dev.pcf.model.Text;
import dev.pcf.workbook.Schema;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 情景 Scenarios sheet read, checked and calculated. The base is {@link TestWorkbook#minimal()}
 * plus a CH4 line: row 2 steel 12.5 kg × 2.1 = 26.25 (RAW); row 3 electricity 1500 kWh / 1000
 * units × 0.5703 = 0.85545 (PRODUCTION); row 4 10 kg × 0.01 kgCH4/kg = 0.1 kg CH4 × 29.8 (AR6
 * fossil) = 2.98 (RAW). Base total 30.08545.
 */
class ScenarioSheetTest {
    static final double BASE = 26.25 + 0.85545 + 2.98;

    static TestWorkbook base() {
        TestWorkbook t = TestWorkbook.minimal();
        t.row(Schema.FACTORS, Map.of(Factor.ID, "EF-ELEC-2", Factor.NAME_ZH, "全国电网", Factor.VALUE, 0.6,
                Factor.UNIT, "kgCO2e/kWh"));
        t.row(Schema.FACTORS, Map.of(Factor.ID, "EF-STEEL-T", Factor.NAME_ZH, "钢材（吨）", Factor.VALUE, 2000.0,
                Factor.UNIT, "kgCO2e/t"));
        t.row(Schema.FACTORS, Map.of(Factor.ID, "EF-CH4", Factor.NAME_ZH, "甲烷逸散", Factor.VALUE, 0.01,
                Factor.UNIT, "kgCH4/kg", Factor.GAS, "CH4"));
        t.row(Schema.ACTIVITY, Map.of(Activity.STAGE, "RAW", Activity.ITEM_ZH, "沼气", Activity.ITEM_EN, "Biogas leak",
                Activity.AMOUNT, 10.0, Activity.UNIT, "kg", Activity.FACTOR_ID, "EF-CH4"));
        return t;
    }

    static Map<String, Object> change(String id, String kind, Object target, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Scenario.ID, id);
        m.put(Scenario.CHANGE, kind);
        if (target != null) m.put(Scenario.TARGET, target);
        if (value != null) m.put(Scenario.VALUE, value);
        return m;
    }

    @Test
    void everyChangeKindGivesTheHandComputedTotal() {
        TestWorkbook t = base();
        Map<String, Object> named = change("S1", "factor 替换因子", "EF-ELEC", "EF-ELEC-2");
        named.put(Scenario.NAME_ZH, "全国电网因子");
        named.put(Scenario.NAME_EN, "National grid factor");
        named.put(Scenario.RATIONALE, "验证机构偏好全国因子。");
        t.row(Schema.SCENARIOS, named);
        t.row(Schema.SCENARIOS, change("S2", "factor-value", "EF-STEEL", 1.8));
        t.row(Schema.SCENARIOS, change("S3", "数量", 2, 10.0));
        t.row(Schema.SCENARIOS, change("S4", "scale", "3", 2.0));
        t.row(Schema.SCENARIOS, change("S4", "scale", "EF-STEEL", "50%"));
        t.row(Schema.SCENARIOS, change("S5", "allocation", 3, 0.5));
        t.row(Schema.SCENARIOS, change("S6", "exclude", 2, null));
        t.row(Schema.SCENARIOS, change("S7", "gwp", null, "AR5"));
        t.row(Schema.SCENARIOS, change("S8", "factor", "ef-steel", "EF-STEEL-T"));
        Reading r = t.readXlsx();
        Expect.errors(r);
        PcfWorkbook wb = r.workbook();
        assertEquals(List.of(), Scenarios.check(wb));
        Footprint base = Calculator.calculate(wb);
        assertEquals(BASE, base.total(), 1e-12);
        List<ScenarioResult> s = Scenarios.calculate(wb, base);
        assertEquals(List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"), s.stream().map(x -> x.scenario().id()).toList());
        assertEquals(Text.of("全国电网因子", "National grid factor"), s.get(0).scenario().name());
        assertEquals("验证机构偏好全国因子。", s.get(0).scenario().rationale());
        double[] expected = {
            26.25 + 1.5 * 0.6 + 2.98,              // S1: electricity on 0.6
            12.5 * 1.8 + 0.85545 + 2.98,           // S2: steel factor 1.8
            10 * 2.1 + 0.85545 + 2.98,             // S3: steel amount 10
            26.25 * 0.5 + 0.85545 * 2 + 2.98,      // S4: electricity ×2, steel factor ×0.5
            26.25 + 0.85545 * 0.5 + 2.98,          // S5: electricity allocation 0.5
            0.85545 + 2.98,                        // S6: steel left out
            26.25 + 0.85545 + 0.1 * 30,            // S7: CH4 fossil 30 in AR5
            0.0125 * 2000 + 0.85545 + 2.98,        // S8: 12.5 kg = 0.0125 t × 2000 kgCO2e/t
        };
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], s.get(i).footprint().total(), 1e-12, s.get(i).scenario().id());
            assertEquals(expected[i] - BASE, s.get(i).delta(), 1e-12);
            assertEquals((expected[i] - BASE) / BASE * 100, s.get(i).deltaPct(), 1e-10);
        }
        // stages of S6: RAW keeps only the CH4 line
        List<StageResult> st = s.get(5).footprint().stages();
        assertEquals(2.98, st.get(0).kgco2e(), 1e-12);
        assertEquals(0.85545, st.get(1).kgco2e(), 1e-12);
    }

    @Test
    void problemsNameTheScenarioRowsCells() {
        TestWorkbook t = base();
        t.row(Schema.SCENARIOS, change("S1", "swap", "EF-ELEC", "EF-ELEC-2"));
        t.row(Schema.SCENARIOS, change("S2", "factor", "EF-NONE", "EF-ELEC-2"));
        t.row(Schema.SCENARIOS, change("S3", "factor", "EF-ELEC", "EF-GONE"));
        t.row(Schema.SCENARIOS, change("S4", "amount", 2, -1.0));
        t.row(Schema.SCENARIOS, change("S5", "allocation", 3, 1.5));
        t.row(Schema.SCENARIOS, change("S6", "exclude", 99, null));
        t.row(Schema.SCENARIOS, change("S7", "gwp", null, "AR7"));
        t.row(Schema.SCENARIOS, change("S8", "scale", "EF-X", 2.0));
        t.row(Schema.SCENARIOS, change("S9", "factor-value", "EF-STEEL", null));
        t.row(Schema.SCENARIOS, change("S10", "amount", "abc", 1.0));
        Reading r = t.readXlsx();
        String s = "'情景 Scenarios'!";
        Expect.errors(r,
                s + "D2: 变更类型 Change must be one of factor (替换因子), factor-value (因子数值), amount (数量), scale (比例), "
                        + "allocation (分配系数), exclude (排除), gwp (GWP 版本), found \"swap\"",
                s + "E3: 变更对象 Target must be a Factor ID from the Factors sheet, found \"EF-NONE\"",
                s + "F4: 值 Value must be a Factor ID from the Factors sheet, found \"EF-GONE\"",
                s + "F5: 值 Value must be ≥ 0, found -1",
                s + "F6: 值 Value must be between 0 and 1, found 1.5",
                s + "E7: 变更对象 Target: row 99 of the Activity sheet has no activity line",
                s + "F8: 值 Value of gwp must be AR4, AR5 or AR6, found \"AR7\"",
                s + "E9: 变更对象 Target of scale must be a Factor ID from the Factors sheet or an Activity sheet row number, "
                        + "found \"EF-X\"",
                s + "F10: 值 Value is required: the factor's new value, found an empty cell",
                s + "E11: 变更对象 Target must be an Activity sheet row number (2 or more), found \"abc\"");
    }

    @Test
    void aReplacementFactorWhoseUnitDoesNotFitIsAnErrorAtTheScenarioCell() {
        TestWorkbook t = base();
        t.row(Schema.SCENARIOS, change("S1", "factor", "EF-ELEC", "EF-STEEL"));
        Reading r = t.readXlsx();
        Expect.errors(r);
        List<Problem> p = Scenarios.check(r.workbook());
        assertEquals(1, p.size());
        assertEquals("'情景 Scenarios'!F2", p.get(0).cell().toString());
        assertEquals(true, p.get(0).message().startsWith("scenario S1: '活动数据 Activity'!"), p.get(0).message());
    }
}
