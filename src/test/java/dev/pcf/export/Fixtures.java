package dev.pcf.export;

import dev.pcf.model.Activity;
import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.CutOffCheck;
import dev.pcf.model.DataType;
import dev.pcf.model.Factor;
import dev.pcf.model.Footprint;
import dev.pcf.model.GwpSet;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Pedigree;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.RowCells;
import dev.pcf.model.SourceFile;
import dev.pcf.model.Stage;
import dev.pcf.model.StageResult;
import dev.pcf.model.SystemBoundary;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyInput;
import dev.pcf.model.UncertaintyResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Workbooks and footprints built by hand from model records, so that the export is tested
 * without the reader and the calculation. Each line's emission is the plain product
 * amount × factor × GWP (no unit conversion, basis per unit, allocation 1), which the tests
 * restate by hand.
 */
final class Fixtures {
    static final String ACTIVITY = "活动数据 Activity";
    static final String FACTORS = "排放因子 Factors";
    static final String STAGES = "生命周期阶段 Stages";

    private final List<Stage> stages = new ArrayList<>();
    private final List<Factor> factors = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<LineResult> lines = new ArrayList<>();
    private final ReportInfo info;
    private final String file;

    private Fixtures(String file, ReportInfo info) {
        this.file = file;
        this.info = info;
    }

    /** A built workbook with its footprint. */
    record Case(PcfWorkbook wb, Footprint fp) {}

    static ReportInfo info(String reportNo, Text product, String model, Text fu, Double massKg, String region,
                           Boolean packaging, GwpSet gwp) {
        return new ReportInfo(reportNo, LocalDate.of(2026, 3, 15), ReportLanguage.ZH_EN,
                Text.of("某认证有限公司", "Some Certification Co., Ltd."), product, model,
                Text.of("杭州聚昕科技有限公司", "Hangzhou Juxin Technology Co., Ltd."), Text.of("杭州", "Hangzhou"),
                null, null, null, Text.EMPTY, Text.of("数据采集", "Data acquisition"), Text.EMPTY,
                ReportInfo.DEFAULT_STANDARD, fu, SystemBoundary.CRADLE_TO_GRAVE, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, massKg, region, packaging, null, 4, gwp, Text.EMPTY, Text.EMPTY,
                Text.EMPTY, Text.EMPTY, null, 42L, Map.of());
    }

    /** Diesel, kg CO2 per kg: 42.652 GJ/t × 20.20 tC/TJ × 0.98 × 44/12 / 1000 (the example's NCV path). */
    static final double DIESEL = 37150.915648 / 12 / 1000;
    /** Natural gas, kg CO2 per m³: 0.038931 GJ/m³ × 15.30 tC/TJ × 0.99 × 44/12. */
    static final double GAS = 2.162188809;

    /**
     * The reference product JX0317-D30, the six lines of the example workbook
     * ({@code workbook-templates/examples/JX0317-D30.expected.md}) with the NCV path's factors
     * given as plain values: RAW 174.9425 kWh × 0.5777 = 101.06428225; RAW_TRANSPORT 0.09703 kg ×
     * 3.0959096373 = 0.30039611; PRODUCTION 13.8912 kWh × 0.5777 = 8.02494624; DISTRIBUTION
     * 0.7370 kg × 3.0959096373 = 2.28168540; EOL 2.5 kWh × 0.5777 = 1.44425 and 0.125 m³ ×
     * 2.162188809 = 0.27027360; total 113.38583360 kg CO2e per piece, the example's (the
     * reference report prints 113.3858). Data types, pedigrees, product mass 2.5 kg, region CN-ZJ
     * and packaging excluded are this fixture's own; AR6.
     */
    static Case jx0317() {
        Fixtures f = new Fixtures("JX0317-D30.xlsx", info("T410267-3", Text.of("集中式 DTU", "Centralised DTU"),
                "JX0317-D30", Text.of("1 台集中式 DTU JX0317-D30", "1 centralised DTU JX0317-D30"), 2.5, "CN-ZJ",
                false, GwpSet.AR6));
        f.stage("RAW", "原材料获取", "Raw material acquisition", true);
        f.stage("RAW_TRANSPORT", "原材料运输", "Raw material transport", true);
        f.stage("PRODUCTION", "产品生产", "Production", true);
        f.stage("DISTRIBUTION", "成品运输", "Distribution", true);
        f.stage("USE", "产品使用", "Use", false);
        f.stage("EOL", "产品处置", "End of life", true);
        f.factor("EF-GRID-2024", "全国电力平均碳足迹因子", "Grid electricity", 0.5777, "kgCO2e/kWh", "CO2e",
                CarbonOrigin.FOSSIL, "MEE 2025", "2024", new Pedigree(2, 2, 1, 2, 3));
        f.factor("EF-DIESEL", "柴油", "Diesel", DIESEL, "kgCO2/kg", "CO2", CarbonOrigin.FOSSIL, "NDRC guideline",
                "", new Pedigree(2, 2, 3, 1, 2));
        f.factor("EF-NG", "天然气", "Natural gas", GAS, "kgCO2/m3", "CO2", CarbonOrigin.FOSSIL, "NDRC guideline",
                "", new Pedigree(2, 2, 3, 1, 2));
        f.line("RAW", "电力", "Electricity", 174.9425, "kWh", "EF-GRID-2024", DataType.PRIMARY, null, 1);
        f.line("RAW_TRANSPORT", "柴油运输", "Diesel transport", 0.09703, "kg", "EF-DIESEL", DataType.SECONDARY, null, 1);
        f.line("PRODUCTION", "电力", "Electricity", 13.8912, "kWh", "EF-GRID-2024", DataType.PRIMARY, null, 1);
        f.line("DISTRIBUTION", "柴油运输", "Diesel transport", 0.7370, "kg", "EF-DIESEL", DataType.SECONDARY, null, 1);
        f.line("EOL", "电力", "Electricity", 2.5, "kWh", "EF-GRID-2024", DataType.PRIMARY, null, 1);
        f.line("EOL", "天然气", "Natural gas", 0.125, "m3", "EF-NG", DataType.SECONDARY, null, 1);
        return f.build();
    }

    /**
     * Every carbon origin, counted per kilogram-free piece of 2.5 kg in CN, AR6:
     * fossil electricity 100 kWh × 0.5777 = 57.77 (CO2e); biogenic CH4 2 kg × 1 kgCH4/kg × GWP 27.0
     * = 54; biogenic removal 10 kg × −1 = −10; dLUC 5 kg × 0.8 = 4; aircraft 10 t·km × 0.6 = 6;
     * total 57.77 + 54 − 10 + 4 + 6 = 111.77 kg CO2e per piece.
     */
    static Case origins() {
        Fixtures f = new Fixtures("origins.xlsx", info("T-ORIGINS", Text.of("木塑板", "Wood-plastic board"), "WPB-1",
                Text.of("1 块木塑板", ""), 2.5, "CN", true, GwpSet.AR6));
        f.stage("RAW", "原材料获取", "Raw material acquisition", true);
        f.stage("DISTRIBUTION", "成品运输", "Distribution", true);
        f.factor("EF-GRID", "电力", "Electricity", 0.5777, "kgCO2e/kWh", "CO2e", CarbonOrigin.FOSSIL, "MEE", "2024", null);
        f.factor("EF-CH4-BIO", "沼气逸散", "Biogas leak", 1.0, "kgCH4/kg", "CH4-non-fossil", CarbonOrigin.BIOGENIC,
                "IPCC 2006", "2006", null);
        f.factor("EF-UPTAKE", "木材吸收", "Wood uptake", -1.0, "kgCO2/kg", "CO2", CarbonOrigin.BIOGENIC_REMOVAL,
                "IPCC 2006", "2006", null);
        f.factor("EF-DLUC", "土地利用变化", "Land use change", 0.8, "kgCO2e/kg", "CO2e", CarbonOrigin.DLUC, "IPCC", "2019", null);
        f.factor("EF-AIR", "航空运输", "Air freight", 0.6, "kgCO2e/t·km", "CO2e", CarbonOrigin.AIRCRAFT, "DEFRA", "2024", null);
        f.line("RAW", "电力", "Electricity", 100, "kWh", "EF-GRID", DataType.PRIMARY, null, 1);
        f.line("RAW", "沼气", "Biogas", 2, "kg", "EF-CH4-BIO", DataType.SECONDARY, null, 27.0);
        f.line("RAW", "木材", "Wood", 10, "kg", "EF-UPTAKE", DataType.SECONDARY, null, 1);
        f.line("RAW", "土地", "Land", 5, "kg", "EF-DLUC", DataType.SECONDARY, null, 1);
        f.line("DISTRIBUTION", "空运", "Air freight", 10, "t·km", "EF-AIR", DataType.SECONDARY, null, 1);
        return f.build();
    }

    /**
     * Biogenic CO2 from burning wood beside fossil electricity, 1 kg pieces: 10 kWh × 0.5 = 5
     * (fossil) and 2 kg × 1.5 kgCO2/kg = 3 (biogenic CO2); total 8.
     */
    static Case biogenicCo2() {
        Fixtures f = new Fixtures("bio.xlsx", info("T-BIO", Text.of("木制品", "Wood product"), "W-1",
                Text.of("1 件", "1 piece"), 1.0, "CN", false, GwpSet.AR6));
        f.stage("PRODUCTION", "产品生产", "Production", true);
        f.factor("EF-E", "电力", "Electricity", 0.5, "kgCO2e/kWh", "CO2e", CarbonOrigin.FOSSIL, "MEE", "2024", null);
        f.factor("EF-WOOD", "木材燃烧", "Wood combustion", 1.5, "kgCO2/kg", "CO2", CarbonOrigin.BIOGENIC, "IPCC", "2006", null);
        f.line("PRODUCTION", "电力", "Electricity", 10, "kWh", "EF-E", DataType.PRIMARY, null, 1);
        f.line("PRODUCTION", "木屑", "Wood chips", 2, "kg", "EF-WOOD", DataType.PRIMARY, null, 1);
        return f.build();
    }

    /**
     * Texts a spreadsheet would take for formulas, in item names: two lines of 1 kWh × 0.5 =
     * 0.5 kg CO2e each, total 1.
     */
    static Case hostile() {
        Fixtures f = new Fixtures("=cmd|' /C calc'!A0.xlsx", info("@R1", Text.of("+产品", "-Product"), "=1+1",
                Text.of("1 台", "1 unit"), 1.0, "CN", false, GwpSet.AR6));
        f.stage("RAW", "＝原材料", "@Raw", true);
        f.factor("=F1", "\t因子", "\rFactor", 0.5, "kgCO2e/kWh", "CO2e", CarbonOrigin.FOSSIL, "+src", "-2024", null);
        f.line("RAW", "=HYPERLINK(\"http://x\",\"y\")", "+cmd", 1, "kWh", "=F1", DataType.PRIMARY, null, 1);
        f.line("RAW", "－1", "＠SUM(A1)", 1, "kWh", "=F1", DataType.PRIMARY, null, 1);
        return f.build();
    }

    void stage(String code, String zh, String en, boolean included) {
        stages.add(new Stage(code, Text.of(zh, en), included, Text.of(zh + "过程", ""), Text.EMPTY,
                new RowCells(STAGES, stages.size() + 1, Map.of())));
    }

    void factor(String id, String zh, String en, double value, String unit, String gas, CarbonOrigin origin,
                String source, String year, Pedigree pedigree) {
        int row = factors.size() + 1;
        factors.add(new Factor(factors.size(), id, Text.of(zh, en), value, unit, gas, origin, null, null, null, null,
                source, year, new UncertaintyInput(null, null, null, null, null, null, pedigree), null,
                new RowCells(FACTORS, row, Map.of(Factor.ID, 0, Factor.VALUE, 3))));
    }

    void line(String stage, String zh, String en, double amount, String unit, String factorId, DataType type,
              Pedigree pedigree, double gwp) {
        int row = activities.size() + 1;
        Activity a = new Activity(activities.size(), stage, Text.of(zh, en), amount, unit, Basis.UNIT, 1.0, factorId,
                type, "电表读数", new UncertaintyInput(null, null, null, null, null, null, pedigree), null,
                new RowCells(ACTIVITY, row, Map.of(Activity.STAGE, 0, Activity.AMOUNT, 3, Activity.FACTOR_ID, 7)));
        activities.add(a);
        Factor f = factors.stream().filter(x -> x.id().equals(factorId)).findFirst().orElseThrow();
        String gas = f.gas();
        double gasKg = amount * f.value();
        lines.add(new LineResult(a, f, amount, 1, f.value(), 1, gas, gwp, f.origin(), gasKg, gasKg * gwp));
    }

    Case build() {
        double total = lines.stream().mapToDouble(LineResult::kgco2e).sum();
        List<StageResult> stageResults = new ArrayList<>();
        for (Stage s : stages) {
            if (!s.included()) continue;
            double kg = lines.stream().filter(l -> l.activity().stage().equals(s.code())).mapToDouble(LineResult::kgco2e).sum();
            stageResults.add(new StageResult(s, kg, kg / total));
        }
        Map<String, Double> byGas = new LinkedHashMap<>();
        Map<CarbonOrigin, Double> byOrigin = new EnumMap<>(CarbonOrigin.class);
        for (CarbonOrigin o : CarbonOrigin.values()) byOrigin.put(o, 0.0);
        double primary = 0;
        for (LineResult l : lines) {
            byGas.merge(l.gas(), l.kgco2e(), Double::sum);
            byOrigin.merge(l.origin(), l.kgco2e(), Double::sum);
            if (l.activity().dataType() == DataType.PRIMARY) primary += l.kgco2e();
        }
        List<LineResult> small = lines.stream().filter(l -> Math.abs(l.kgco2e()) < 0.01 * total)
                .sorted(Comparator.comparingDouble(LineResult::kgco2e).reversed()).toList();
        double smallSum = small.stream().mapToDouble(LineResult::kgco2e).sum();
        CutOffCheck cut = new CutOffCheck(0.01, 0.05, small, smallSum, smallSum / total, smallSum / total < 0.05);
        Footprint fp = new Footprint(info.gwpSet(), total, stageResults, byGas, byOrigin, lines, cut, primary / total, List.of());
        PcfWorkbook wb = new PcfWorkbook(new SourceFile(file, "ab".repeat(32), new byte[0]), info, stages, factors,
                activities, List.of(), List.of(), List.of(), List.of());
        return new Case(wb, fp);
    }

    /** A Monte Carlo result with a given total summary and one stage, for the writers' tests. */
    static UncertaintyResult mc(double det, double mean, double low, double high) {
        var s = new UncertaintyResult.Summary(det, mean, mean, (high - low) / 3.92, (high - low) / 3.92 / mean, low, high,
                (det - low) / det * 100, (high - det) / det * 100, 0.01, 0.02, 0.03);
        var c = new UncertaintyResult.Contribution("电力 Electricity (RAW)", new dev.pcf.model.CellRef(ACTIVITY, 1, 0),
                UncertaintyResult.InputKind.ACTIVITY, 0.9, 0.88);
        return new UncertaintyResult(42, 10000, false, true, Double.NaN, s,
                List.of(new UncertaintyResult.StageSummary("RAW", s)), List.of(c),
                new UncertaintyResult.Approach1(5.0, det * 0.95, det * 1.05),
                new UncertaintyResult.Histogram(low, (high - low) / 4, new long[] {1, 2, 3, 4}), List.of(), List.of(), 0, List.of());
    }
}
