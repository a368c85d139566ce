package dev.pcf.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DecimalsTest {
    @Test
    void writesPlainNotationWithoutExponent() {
        assertEquals("0.00001", Decimals.plain(1e-5));
        assertEquals("100000000000000000000", Decimals.plain(1e20));
        assertEquals("113", Decimals.plain(113.0));
        assertEquals("-14.22", Decimals.plain(-14.22));
        assertEquals("0.1", Decimals.plain(0.1));
    }

    @Test
    void negativeZeroIsZero() {
        assertEquals("0", Decimals.plain(-0.0));
        assertEquals("0", Decimals.rounded(-0.0001, 2));
    }

    @Test
    void roundsHalfUp() {
        assertEquals("2.98", Decimals.rounded(2.975, 2));
        assertEquals("1", Decimals.rounded(1.0, 2));
    }

    @Test
    void refusesNonFinite() {
        assertThrows(IllegalArgumentException.class, () -> Decimals.plain(Double.NaN));
    }
}
