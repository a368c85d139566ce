package dev.pcf.calc;

import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Footprint;
import dev.pcf.model.Problem;
import dev.pcf.model.StageResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cut-off check, primary data share and the edge cases of the sums, on small hand examples. */
class TotalsTest {

    /** Lines of {@code kg} with a factor of 1 kgCO2e/kg, so each line's kg CO2e is its amount. */
    private static Footprint lines(double... amounts) {
        TestWorkbook b = new TestWorkbook().stage("A", true).stage("B", true);
        b.factor("EF-1", 1.0, "kgCO2e/kg");
        for (int i = 0; i < amounts.length; i++) {
            var a = b.activity(i == 0 ? "A" : "B", amounts[i], "kg", "EF-1");
            if (i == 0 || i == 4) a.primary();
        }
        return Calculator.calculate(b.build());
    }

    @Test
    void smallLinesUnderFivePercentPass() {
        // total 90 + 6.5 + 0.9 + 0.8 + 0.5 + 0.3 + 1.0 = 100; under 1 % (not 1.0 itself): 0.9, 0.8, 0.5, 0.3
        // sum 2.5 → 2.5 % < 5 %: passed
        Footprint fp = lines(90, 6.5, 0.9, 0.8, 0.5, 0.3, 1.0);
        assertEquals(100, fp.total(), 1e-12);
        assertEquals(List.of(2, 3, 4, 5), fp.cutOff().smallLines().stream().map(l -> l.activity().index()).toList());
        assertEquals(2.5, fp.cutOff().smallSum(), 1e-12);
        assertEquals(0.025, fp.cutOff().smallShare(), 1e-12);
        assertEquals(0.01, fp.cutOff().lineThreshold(), 0);
        assertEquals(0.05, fp.cutOff().sumThreshold(), 0);
        assertTrue(fp.cutOff().passed());
        // primary: lines 0 and 4 → (90 + 0.5) / 100 = 0.905
        assertEquals(0.905, fp.primaryDataShare(), 1e-12);
        // stages: A = 90 → 0.9; B = 10 → 0.1
        assertEquals(0.9, fp.stages().get(0).share(), 1e-12);
        assertEquals(10, fp.stages().get(1).kgco2e(), 1e-12);
    }

    @Test
    void smallLinesOverFivePercentFail() {
        // 80 + 14.6 + 6 × 0.9 = 100; small lines 6 × 0.9 = 5.4 → 5.4 % ≥ 5 %: not passed
        Footprint fp = lines(80, 14.6, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9);
        assertEquals(6, fp.cutOff().smallLines().size());
        assertEquals(0.054, fp.cutOff().smallShare(), 1e-12);
        assertFalse(fp.cutOff().passed());
    }

    @Test
    void zeroTotalGivesZeroSharesAndNoNaN() {
        Footprint fp = lines(0, 0);
        assertEquals(0, fp.total(), 0);
        for (StageResult s : fp.stages()) assertEquals(0.0, s.share(), 0);
        assertEquals(0.0, fp.primaryDataShare(), 0);
        assertEquals(0.0, fp.cutOff().smallShare(), 0);
        assertEquals(0.0, fp.cutOff().smallSum(), 0);
        assertTrue(fp.cutOff().passed());
        // the zero amounts themselves are the reader's warnings, not repeated by the calculation
        assertEquals(List.of("The total is 0 kg CO2e per functional unit; every share is shown as 0"),
                fp.warnings().stream().map(Problem::toString).toList());
    }

    @Test
    void noActivityLinesAtAll() {
        Footprint fp = lines();
        assertEquals(0, fp.total(), 0);
        assertEquals(2, fp.stages().size());
        assertTrue(fp.lines().isEmpty());
        assertTrue(fp.byGas().isEmpty());
        assertEquals(5, fp.byOrigin().size());
    }

    @Test
    void netRemovalIsAWarning() {
        TestWorkbook b = new TestWorkbook().stage("A", true);
        b.factor("EF-UPTAKE", -1.6, "kgCO2/kg").origin(CarbonOrigin.BIOGENIC_REMOVAL);
        b.factor("EF-1", 1.0, "kgCO2e/kg");
        b.activity("A", 1, "kg", "EF-UPTAKE");
        b.activity("A", 0.6, "kg", "EF-1");
        Footprint fp = Calculator.calculate(b.build());
        // −1.6 + 0.6 = −1.0; both lines are 160 % and 60 % of |total|: none is small
        assertEquals(-1.0, fp.total(), 1e-12);
        assertTrue(fp.cutOff().smallLines().isEmpty());
        assertEquals(List.of("The total is negative (-1 kg CO2e per functional unit): the removals exceed the emissions"),
                fp.warnings().stream().map(Problem::toString).toList());
    }
}
