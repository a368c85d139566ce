package dev.pcf.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumbersTest {
    @Test
    void writesPlainNotationWithoutExponent() {
        assertEquals("0.00001", Numbers.plain(1e-5));
        assertEquals("100000000000000000000", Numbers.plain(1e20));
        assertEquals("113", Numbers.plain(113.0));
        assertEquals("-14.22", Numbers.plain(-14.22));
        assertEquals("0.1", Numbers.plain(0.1));
    }

    @Test
    void negativeZeroIsZero() {
        assertEquals("0", Numbers.plain(-0.0));
        assertEquals("0", Numbers.rounded(-0.0001, 2));
    }

    @Test
    void roundsHalfUp() {
        assertEquals("2.98", Numbers.rounded(2.975, 2));
        assertEquals("1", Numbers.rounded(1.0, 2));
    }

    @Test
    void roundsToSignificantDigitsWithoutTrailingZeros() {
        // 0.8 / 1000 in binary is 0.0008000000000000001; ten significant digits drop the noise
        assertEquals("0.0008", Numbers.significant(0.8 / 1000, 10));
        assertEquals("174.9425", Numbers.significant(174.9425, 7));
        assertEquals("7500", Numbers.significant(7500.0, 7));
        assertEquals("123456.8", Numbers.significant(123456.75, 7));
        assertEquals("0", Numbers.significant(0.0, 7));
    }

    @Test
    void fixedKeepsTrailingZerosAndRoundsTheShortestDecimal() {
        assertEquals("113.3858", Numbers.fixed(113.38583360, 4));
        assertEquals("1.5000", Numbers.fixed(1.5, 4));
        // 8.02495 is stored as 8.024949999…; a reader sees 8.02495 and expects 8.0250
        assertEquals("8.0250", Numbers.fixed(8.02495, 4));
        assertEquals("0.0000", Numbers.fixed(-0.00001, 4));
    }

    @Test
    void percentMovesThePointBeforeRounding() {
        assertEquals("89.13", Numbers.percent(0.891318, 2));
        // 0.0012345 × 100 in binary is 0.12344999999999999; moving the decimal point gives 0.12345 → 0.12
        assertEquals("0.12", Numbers.percent(0.0012345, 2));
        assertEquals("100.00", Numbers.percent(1, 2));
    }

    @Test
    void refusesNonFinite() {
        assertThrows(IllegalArgumentException.class, () -> Numbers.fixed(Double.POSITIVE_INFINITY, 2));
        assertThrows(IllegalArgumentException.class, () -> Numbers.significant(Double.NaN, 7));
        assertThrows(IllegalArgumentException.class, () -> Numbers.plain(Double.NaN));
    }
}
