package dev.pcf.uncertainty;

import dev.pcf.model.Activity;
import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.CutOffCheck;
import dev.pcf.model.DataType;
import dev.pcf.model.DistributionType;
import dev.pcf.model.Factor;
import dev.pcf.model.Footprint;
import dev.pcf.model.GwpSet;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Pedigree;
import dev.pcf.model.RowCells;
import dev.pcf.model.Stage;
import dev.pcf.model.StageResult;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds footprints directly from model records for the uncertainty tests (no dependency on the
 * calculation): each line's kg CO2e is amount × factor value (conversion, gas and GWP all 1).
 * Uncertainty columns sit in M (distribution), N (±%), O (GSD²), P (min), Q (mode), R (max) of both sheets.
 */
final class Fixture {
    static final String ACTIVITY_SHEET = "活动数据 Activity";
    static final String FACTOR_SHEET = "排放因子 Factors";

    private final List<Factor> factors = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final Map<String, Stage> stages = new LinkedHashMap<>();

    static UncertaintyInput none() {
        return new UncertaintyInput(DistributionType.NONE, null, null, null, null, null, null);
    }

    static UncertaintyInput normal(double pct) {
        return new UncertaintyInput(DistributionType.NORMAL, pct, null, null, null, null, null);
    }

    static UncertaintyInput lognormalPct(double pct) {
        return new UncertaintyInput(DistributionType.LOGNORMAL, pct, null, null, null, null, null);
    }

    static UncertaintyInput lognormalGsd2(double g) {
        return new UncertaintyInput(DistributionType.LOGNORMAL, null, g, null, null, null, null);
    }

    static UncertaintyInput uniform(double min, double max) {
        return new UncertaintyInput(DistributionType.UNIFORM, null, null, min, null, max, null);
    }

    static UncertaintyInput triangular(double min, Double mode, double max) {
        return new UncertaintyInput(DistributionType.TRIANGULAR, null, null, min, mode, max, null);
    }

    static UncertaintyInput pedigree(int r, int c, int t, int g, int tech) {
        return new UncertaintyInput(null, null, null, null, null, null, new Pedigree(r, c, t, g, tech));
    }

    static RowCells cells(String sheet, int index) {
        return new RowCells(sheet, index + 1, Map.of(Activity.DISTRIBUTION, 12, Activity.PERCENT, 13,
                Activity.GSD2, 14, Activity.MIN, 15, Activity.MODE, 16, Activity.MAX, 17));
    }

    Fixture factor(String id, Double value, String gas, UncertaintyInput u) {
        factors.add(new Factor(factors.size(), id, Text.of(id, id), value, "kg" + gas + "/kg", gas,
                CarbonOrigin.FOSSIL, null, null, null, null, "test", "2024", u, "", cells(FACTOR_SHEET, factors.size())));
        return this;
    }

    Fixture factor(String id, double value, UncertaintyInput u) {
        return factor(id, value, "CO2e", u);
    }

    Fixture activity(String stage, double amount, String unit, String factorId, DataType type, UncertaintyInput u) {
        stages.computeIfAbsent(stage, s -> new Stage(s, Text.of(s, s), true, Text.EMPTY, Text.EMPTY,
                cells("生命周期阶段 Stages", stages.size())));
        int i = activities.size();
        activities.add(new Activity(i, stage, Text.of("项目" + i, "item " + i), amount, unit, Basis.UNIT, 1, factorId,
                type, "", u, "", cells(ACTIVITY_SHEET, i)));
        return this;
    }

    Fixture activity(String stage, double amount, String factorId, UncertaintyInput u) {
        return activity(stage, amount, "kg", factorId, DataType.PRIMARY, u);
    }

    List<Activity> activities() {
        return activities;
    }

    Factor factorById(String id) {
        return factors.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    Footprint footprint() {
        List<LineResult> lines = new ArrayList<>();
        Map<String, Double> byStage = new LinkedHashMap<>();
        double total = 0;
        for (Activity a : activities) {
            Factor f = factorById(a.factorId());
            double fv = f.value() == null ? 1 : f.value();
            double kg = a.amount() * fv;
            lines.add(new LineResult(a, f, a.amount(), 1, fv, 1, f.gas(), 1, CarbonOrigin.FOSSIL, kg, kg));
            byStage.merge(a.stage(), kg, Double::sum);
            total += kg;
        }
        List<StageResult> stageResults = new ArrayList<>();
        for (Stage s : stages.values()) {
            double v = byStage.getOrDefault(s.code(), 0.0);
            stageResults.add(new StageResult(s, v, total == 0 ? 0 : v / total));
        }
        return new Footprint(GwpSet.AR6, total, stageResults, Map.of("CO2e", total), Map.of(CarbonOrigin.FOSSIL, total),
                lines, new CutOffCheck(0.01, 0.05, List.of(), 0, 0, true), 1, List.of());
    }

    PcfWorkbook workbook() {
        return new PcfWorkbook(null, null, List.copyOf(stages.values()), factors, activities, List.of(), List.of(),
                List.of(), List.of());
    }
}
