package dev.pcf.calc;

import dev.pcf.model.Activity;
import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.CellRef;
import dev.pcf.model.DataType;
import dev.pcf.model.Factor;
import dev.pcf.model.GwpSet;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.RowCells;
import dev.pcf.model.Stage;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyInput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds workbook models in code, laid out like the template: Factors columns A ID, B name (zh),
 * C name (en), D value, E unit, F gas, G origin, H NCV, I NCV unit, J carbon content, K oxidation
 * rate; Activity columns A stage, B item (zh), C item (en), D amount, E unit, F basis,
 * G allocation, H factor ID, I data type. The n-th row added is Excel row n + 1.
 */
final class TestWorkbook {
    static final String FACTORS = "排放因子 Factors";
    static final String ACTIVITY = "活动数据 Activity";
    static final String STAGES = "生命周期阶段 Stages";

    private GwpSet gwpSet = GwpSet.AR6;
    private Double annualProduction;
    private final List<Stage> stages = new ArrayList<>();
    private final List<F> factors = new ArrayList<>();
    private final List<A> activities = new ArrayList<>();

    /** A factor row being built. */
    static final class F {
        final String id;
        Double value;
        final String unit;
        String gas;
        CarbonOrigin origin;
        Double ncv;
        String ncvUnit;
        Double cc;
        Double of;

        F(String id, Double value, String unit) {
            this.id = id;
            this.value = value;
            this.unit = unit;
        }

        F gas(String g) { gas = g; return this; }
        F origin(CarbonOrigin o) { origin = o; return this; }
        F ncv(double v, String u) { ncv = v; ncvUnit = u; return this; }
        F carbon(double carbonContent, double oxidationRate) { cc = carbonContent; of = oxidationRate; return this; }
    }

    /** An activity row being built. */
    static final class A {
        final String stage;
        final double amount;
        final String unit;
        final String factorId;
        Basis basis = Basis.UNIT;
        double allocation = 1;
        DataType dataType;

        A(String stage, double amount, String unit, String factorId) {
            this.stage = stage;
            this.amount = amount;
            this.unit = unit;
            this.factorId = factorId;
        }

        A annual(double alloc) { basis = Basis.ANNUAL; allocation = alloc; return this; }
        A allocation(double alloc) { allocation = alloc; return this; }
        A primary() { dataType = DataType.PRIMARY; return this; }
        A secondary() { dataType = DataType.SECONDARY; return this; }
    }

    TestWorkbook gwp(GwpSet set) { gwpSet = set; return this; }

    TestWorkbook annualProduction(Double n) { annualProduction = n; return this; }

    private boolean annualCellWithoutValue;

    /** The Report has the annual production field (B21) but no usable value, as the reader leaves a bad one. */
    TestWorkbook annualProductionUnusable() { annualCellWithoutValue = true; return this; }

    TestWorkbook stage(String code, boolean included) {
        int row = stages.size() + 1;
        stages.add(new Stage(code, Text.of(code, code), included, Text.EMPTY, Text.EMPTY,
                new RowCells(STAGES, row, Map.of(Stage.CODE, 0, Stage.INCLUDED, 3))));
        return this;
    }

    F factor(String id, Double value, String unit) {
        F f = new F(id, value, unit);
        factors.add(f);
        return f;
    }

    A activity(String stage, double amount, String unit, String factorId) {
        A a = new A(stage, amount, unit, factorId);
        activities.add(a);
        return a;
    }

    PcfWorkbook build() {
        List<Factor> fs = new ArrayList<>();
        for (F f : factors) {
            int i = fs.size();
            Map<String, Integer> cols = Map.ofEntries(Map.entry(Factor.ID, 0), Map.entry(Factor.NAME_ZH, 1),
                    Map.entry(Factor.NAME_EN, 2), Map.entry(Factor.VALUE, 3), Map.entry(Factor.UNIT, 4),
                    Map.entry(Factor.GAS, 5), Map.entry(Factor.ORIGIN, 6), Map.entry(Factor.NCV, 7),
                    Map.entry(Factor.NCV_UNIT, 8), Map.entry(Factor.CARBON_CONTENT, 9),
                    Map.entry(Factor.OXIDATION_RATE, 10));
            fs.add(new Factor(i, f.id, Text.of(f.id, f.id), f.value, f.unit, f.gas,
                    f.origin == null ? CarbonOrigin.FOSSIL : f.origin, f.ncv, f.ncvUnit, f.cc, f.of, "test", "2024",
                    UncertaintyInput.NONE_GIVEN, "", new RowCells(FACTORS, i + 1, cols)));
        }
        List<Activity> as = new ArrayList<>();
        for (A a : activities) {
            int i = as.size();
            Map<String, Integer> cols = Map.of(Activity.STAGE, 0, Activity.ITEM_ZH, 1, Activity.ITEM_EN, 2,
                    Activity.AMOUNT, 3, Activity.UNIT, 4, Activity.BASIS, 5, Activity.ALLOCATION, 6,
                    Activity.FACTOR_ID, 7, Activity.DATA_TYPE, 8);
            as.add(new Activity(i, a.stage, Text.of("项目" + i, "item " + i), a.amount, a.unit, a.basis,
                    a.allocation, a.factorId, a.dataType, "", UncertaintyInput.NONE_GIVEN, "",
                    new RowCells(ACTIVITY, i + 1, cols)));
        }
        Map<String, CellRef> cells = new HashMap<>();
        if (annualProduction != null || annualCellWithoutValue) {
            cells.put("annualProduction", new CellRef("报告信息 Report", 20, 1));
        }
        ReportInfo info = new ReportInfo("T-1", null, null, Text.EMPTY, Text.EMPTY, "M", Text.EMPTY, Text.EMPTY,
                null, null, null, Text.EMPTY, Text.EMPTY, Text.EMPTY, ReportInfo.DEFAULT_STANDARD, Text.EMPTY,
                null, null, null, annualProduction, null, null, null, null, ReportInfo.DEFAULT_DECIMALS, gwpSet,
                Text.EMPTY, Text.EMPTY, Text.EMPTY, Text.EMPTY, null, null, cells);
        return new PcfWorkbook(null, info, stages, fs, as, List.of(), List.of(), List.of(), List.of());
    }
}
