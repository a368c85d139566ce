package dev.pcf.report;

import dev.pcf.model.Activity;
import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Factor;
import dev.pcf.model.LineResult;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.RowCells;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyInput;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {
    private static final Messages ZH = Messages.load("zh");
    private static final Messages EN = Messages.load("en");

    private static LineResult line(String stage, String item, String unit, String factorUnit, String gas, Double ncv) {
        RowCells cells = new RowCells("活动数据 Activity", 1, Map.of());
        Activity a = new Activity(0, stage, Text.of(item, ""), 1, unit, Basis.UNIT, 1, "F", null, null,
                UncertaintyInput.NONE_GIVEN, null, cells);
        Factor f = new Factor(0, "F", Text.of("f", ""), ncv == null ? 1.0 : null, factorUnit, gas, CarbonOrigin.FOSSIL,
                ncv, null, ncv == null ? null : 20.0, ncv == null ? null : 0.98, "", "", UncertaintyInput.NONE_GIVEN,
                null, cells);
        return new LineResult(a, f, 1, 1, 1, 1, gas, 1, CarbonOrigin.FOSSIL, 1, 1);
    }

    @Test
    void recognisesTheLeverOfEachKindOfLine() {
        assertEquals(Lever.ELECTRICITY, Lever.of(line("RAW", "电力", "kWh", "kgCO2e/kWh", "CO2e", null)));
        assertEquals(Lever.ELECTRICITY, Lever.of(line("PRODUCTION", "外购电", "千瓦时", "kgCO2e/kWh", "CO2e", null)));
        assertEquals(Lever.TRANSPORT, Lever.of(line("DISTRIBUTION", "公路货运", "t·km", "kgCO2e/t·km", "CO2e", null)));
        // diesel in a transport stage is transport; in production it is a fuel
        assertEquals(Lever.TRANSPORT, Lever.of(line("RAW_TRANSPORT", "柴油", "kg", "tCO2/TJ", "CO2", 42.652)));
        assertEquals(Lever.FUEL, Lever.of(line("PRODUCTION", "柴油", "kg", "tCO2/TJ", "CO2", 42.652)));
        assertEquals(Lever.FUEL, Lever.of(line("PRODUCTION", "天然气", "m3", "kgCO2/m3", "CO2", null)));
        assertEquals(Lever.REFRIGERANT, Lever.of(line("PRODUCTION", "制冷剂补充", "kg", "kgHFC-134a/kg", "HFC-134a", null)));
        assertEquals(Lever.MATERIAL, Lever.of(line("RAW", "钢材", "t", "kgCO2e/t", "CO2e", null)));
        assertEquals(Lever.OTHER, Lever.of(line("RAW", "服务", "CNY", "kgCO2e/CNY", "CO2e", null)));
    }

    @Test
    void derivesSuggestionsFromTheLargestLinesWithTheirShares() {
        Jx0317 c = Jx0317.build();
        Ctx ctx = new Ctx(c.wb, c.fp, c.mc, new Lang(ReportLanguage.EN, ZH, EN));
        // largest: RAW electricity 101.064 (89.13 %), then PRODUCTION electricity 8.025 (7.08 %);
        // the third, distribution diesel at 2.01 %, is under the 5 % floor
        List<LineResult> t = Suggestions.targets(ctx);
        assertEquals(List.of("RAW", "PRODUCTION"), t.stream().map(r -> r.activity().stage()).toList());
        ReportView v = ReportViews.build(c.wb, c.fp, c.mc, ReportLanguage.EN, ZH, EN);
        // both are electricity: one suggestion, 101.06428 + 8.02495 = 109.08923 kg = 96.21 % of 113.38584
        assertEquals(1, v.body().stream().filter(b -> b instanceof Block.Para p && p.text().equals(
                "(1) \"Electricity\" (Raw material acquisition, 89.13%), \"Electricity\" (Production, 7.08%) account "
                        + "for 96.21% of the carbon footprint together: " + EN.get("suggest.ELECTRICITY"))).count());
        // then the company's own, the Chinese-only one as given
        assertEquals(1, v.body().stream().filter(b -> b instanceof Block.Para p
                && p.text().equals("(2) 配备车间级用能计量设备。")).count());
    }

    @Test
    void linesOfDifferentKindsGetTheirOwnLever() {
        Jx0317 c = Jx0317.build();
        var f = c.fp;
        // only RAW electricity (174.9425 kWh × 0.5777 = 101.06428) and distribution diesel, made up to 20 kg so
        // that it clears the 5 % floor: gross emissions 121.06428; 101.06428 / 121.06428 = 83.48 %, 20 / 121.06428 = 16.52 %
        var d = f.lines().get(3);
        var diesel = new LineResult(d.activity(), d.factor(), d.amountPerUnit(), d.conversion(), d.factorValue(),
                d.gasKgPerUnit(), d.gas(), d.gwp(), d.origin(), d.gasKg(), 20.0);
        var lines = List.of(f.lines().get(0), diesel);
        var fp = new dev.pcf.model.Footprint(f.gwpSet(), 121.06428, f.stages(), f.byGas(), f.byOrigin(), lines,
                f.cutOff(), f.primaryDataShare(), List.of());
        Lang zh = new Lang(ReportLanguage.ZH, ZH, EN);
        Outline o = new Outline(zh);
        Suggestions.write(new Ctx(c.wb, fp, null, zh), o);
        List<String> items = o.blocks().stream().filter(b -> b instanceof Block.Para p && p.style().equals("item"))
                .map(b -> ((Block.Para) b).text()).toList();
        assertEquals("（1）“电力”（原材料获取）占产品碳足迹的 83.48%：" + ZH.get("suggest.ELECTRICITY"), items.get(0));
        assertEquals("（2）“柴油运输”（成品运输）占产品碳足迹的 16.52%：" + ZH.get("suggest.TRANSPORT"), items.get(1));
    }
}
