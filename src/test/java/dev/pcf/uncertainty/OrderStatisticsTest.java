package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pcf.model.UncertaintyResult.Summary;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {

    @Test
    void symmetricIntervalRanksFollowJcgm101Clause7_7() {
        // M = 100: pM = 95 is an integer → q = 95; M − q = 5 is odd → r = (5 + 1)/2 = 3 → [y(3), y(98)]
        assertArrayEquals(new int[] {3, 98}, OrderStatistics.intervalRanks(100, 0.95));
        // M = 60: q = 57; M − q = 3 odd → r = 2 → [y(2), y(59)]
        assertArrayEquals(new int[] {2, 59}, OrderStatistics.intervalRanks(60, 0.95));
        // M = 41: pM = 38.95 → q = int(39.45) = 39; M − q = 2 even → r = 1 → [y(1), y(40)]
        assertArrayEquals(new int[] {1, 40}, OrderStatistics.intervalRanks(41, 0.95));
        // M = 10⁴: q = 9500, r = 250 → [y(250), y(9750)]
        assertArrayEquals(new int[] {250, 9750}, OrderStatistics.intervalRanks(10_000, 0.95));
        // too small for the rule (M = 10: q = 10, r = 0): clamped to the extremes
        assertArrayEquals(new int[] {1, 10}, OrderStatistics.intervalRanks(10, 0.95));
    }

    @Test
    void summarisesATinyArrayByHand() {
        // 1..100 shuffled: the ranks [3, 98] are the values 3 and 98
        double[] x = new double[100];
        for (int i = 0; i < 100; i++) x[i] = (i * 37) % 100 + 1;
        Summary s = OrderStatistics.summarise(x, 50);
        assertEquals(3, s.low());
        assertEquals(98, s.high());
        assertEquals(50.5, s.median());
        assertEquals(50.5, s.mean(), 1e-12);
        // SD of 1..n with divisor n − 1: √(n(n+1)/12) = √(100·101/12) = 29.01149
        assertEquals(29.01149, s.sd(), 1e-5);
        assertEquals((50 - 3) / 50.0 * 100, s.minusPct(), 1e-12);
        assertEquals((98 - 50) / 50.0 * 100, s.plusPct(), 1e-12);
        assertEquals(29.01149 / 10, s.seMean(), 1e-5);
        // k = ⌈√(100·0.025·0.975)⌉ = 2: SE(low) = (y(5) − y(1))/2 = 2, SE(high) = (y(100) − y(96))/2 = 2
        assertEquals(2, s.seLow());
        assertEquals(2, s.seHigh());
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(2, OrderStatistics.median(new double[] {1, 2, 7}));
    }
}
