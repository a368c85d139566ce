package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.Activity;
import dev.pcf.model.DistributionType;
import dev.pcf.model.Factor;
import dev.pcf.model.Pedigree;
import dev.pcf.model.UncertaintyInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Structure checks of the uncertainty columns. Activity row 2 has amount 12.5; columns K
 * distribution, L ±%, M GSD², N min, O mode, P max, Q–U pedigree scores. Factors row 2 (value
 * 0.5703): N distribution.
 */
class UncertaintyColumnsTest {

    private static TestWorkbook row2(Object... fieldValues) {
        TestWorkbook t = TestWorkbook.minimal();
        for (int i = 0; i < fieldValues.length; i += 2) {
            t.set(Schema.ACTIVITY, 2, (String) fieldValues[i], fieldValues[i + 1]);
        }
        return t;
    }

    @Test
    void readsCompleteUncertaintyInput() {
        Reading r = row2(Activity.DISTRIBUTION, "triangular", Activity.MIN, 10.0, Activity.MODE, 12.0, Activity.MAX, 15.0,
                Activity.RELIABILITY, 2.0, Activity.COMPLETENESS, "3", Activity.TEMPORAL, 1.0, Activity.GEOGRAPHICAL, 2.0,
                Activity.TECHNOLOGICAL, "３").readXlsx();
        Expect.errors(r);
        assertEquals(new UncertaintyInput(DistributionType.TRIANGULAR, null, null, 10.0, 12.0, 15.0, new Pedigree(2, 3, 1, 2, 3)),
                r.workbook().activities().get(0).uncertainty());
    }

    @Test
    void rejectsPercentAtOrBelowZero() {
        Expect.errors(row2(Activity.PERCENT, 0.0).readXlsx(),
                "'活动数据 Activity'!L2: 不确定度 Uncertainty must be greater than 0 (±%), found 0");
        Expect.errors(row2(Activity.PERCENT, "-5%").readXlsx(),
                "'活动数据 Activity'!L2: 不确定度 Uncertainty must be greater than 0 (±%), found -5");
    }

    @Test
    void rejectsGsd2AtOrBelowOne() {
        Expect.errors(row2(Activity.GSD2, 1.0).readXlsx(),
                "'活动数据 Activity'!M2: 几何标准差平方 GSD² must be greater than 1, found 1");
        Expect.errors(row2(Activity.GSD2, 0.8).readXlsx(),
                "'活动数据 Activity'!M2: 几何标准差平方 GSD² must be greater than 1, found 0.8");
    }

    @Test
    void rejectsBoundedDistributionWithoutBounds() {
        Expect.errors(row2(Activity.DISTRIBUTION, "triangular", Activity.MIN, 10.0).readXlsx(),
                "'活动数据 Activity'!K2: 不确定性分布 Distribution triangular needs 最小值 Min and 最大值 Max");
        Expect.errors(row2(Activity.DISTRIBUTION, "uniform").readXlsx(),
                "'活动数据 Activity'!K2: 不确定性分布 Distribution uniform needs 最小值 Min and 最大值 Max");
    }

    @Test
    void rejectsMinAboveOrEqualToMax() {
        Expect.errors(row2(Activity.DISTRIBUTION, "uniform", Activity.MIN, 14.0, Activity.MAX, 11.0).readXlsx(),
                "'活动数据 Activity'!N2: 最小值 Min 14 must be less than 最大值 Max 11 ('活动数据 Activity'!P2)");
        Expect.errors(row2(Activity.DISTRIBUTION, "triangular", Activity.MIN, 12.5, Activity.MAX, 12.5).readXlsx(),
                "'活动数据 Activity'!N2: 最小值 Min 12.5 must be less than 最大值 Max 12.5 ('活动数据 Activity'!P2)");
    }

    @Test
    void rejectsModeOutsideBounds() {
        Expect.errors(row2(Activity.DISTRIBUTION, "triangular", Activity.MIN, 10.0, Activity.MODE, 16.0,
                        Activity.MAX, 15.0).readXlsx(),
                "'活动数据 Activity'!O2: 最可能值 Mode 16 must lie between 最小值 Min 10 and 最大值 Max 15");
        // without a mode the amount 12.5 is the mode, and it lies outside [13, 15]
        Expect.errors(row2(Activity.DISTRIBUTION, "triangular", Activity.MIN, 13.0, Activity.MAX, 15.0).readXlsx(),
                "'活动数据 Activity'!D2: 数量 Amount 12.5 must lie between 最小值 Min 13 and 最大值 Max 15 "
                        + "(it is the default 最可能值 Mode)");
    }

    @Test
    void rejectsPartialPedigreeAtEachEmptyScore() {
        Expect.errors(row2(Activity.RELIABILITY, 2.0, Activity.COMPLETENESS, 3.0).readXlsx(),
                "'活动数据 Activity'!S2: 时间相关性 Temporal is empty: give all five pedigree scores or none",
                "'活动数据 Activity'!T2: 地理相关性 Geographical is empty: give all five pedigree scores or none",
                "'活动数据 Activity'!U2: 技术相关性 Technological is empty: give all five pedigree scores or none");
    }

    @Test
    void rejectsPedigreeScoreOutsideOneToFive() {
        Expect.errors(row2(Activity.RELIABILITY, 6.0, Activity.COMPLETENESS, 2.5, Activity.TEMPORAL, 1.0,
                        Activity.GEOGRAPHICAL, 1.0, Activity.TECHNOLOGICAL, 1.0).readXlsx(),
                "'活动数据 Activity'!Q2: 可靠性 Reliability must be a pedigree score 1–5, found 6",
                "'活动数据 Activity'!R2: 完整性 Completeness must be a whole number, found 2.5");
    }

    @Test
    void rejectsLognormalAroundNonPositiveValue() {
        // a zero amount is only a warning (contract); the Monte Carlo holds the row fixed at 0
        Reading r = row2(Activity.DISTRIBUTION, "lognormal", Activity.AMOUNT, 0.0, Activity.PERCENT, 10.0).readXlsx();
        assertFalse(r.hasErrors(), r.problems().toString());
        // a negative amount is reported once, as a negative amount, not again at the distribution
        Reading n = row2(Activity.DISTRIBUTION, "lognormal", Activity.AMOUNT, -2.0, Activity.PERCENT, 10.0).readXlsx();
        assertEquals(1, n.errors().size(), n.problems().toString());
        assertTrue(n.errors().get(0).toString().startsWith("'活动数据 Activity'!D2: "), n.errors().toString());
        Reading f = TestWorkbook.minimal().set(Schema.FACTORS, 2, Factor.ORIGIN, "biogenic-removal")
                .set(Schema.FACTORS, 2, Factor.VALUE, -1.5).set(Schema.FACTORS, 2, Activity.DISTRIBUTION, "lognormal")
                .readXlsx();
        Expect.errors(f, "'排放因子 Factors'!N2: 不确定性分布 Distribution lognormal needs a positive 数值 Value, found -1.5");
    }
}
