package dev.pcf.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatsTest {
    @Test
    void roundsKgco2eToTheRequestedDecimals() {
        // 113.38583522536 → 4 decimals: the 5th decimal is 3, so 113.3858
        assertEquals("113.3858", Formats.fixed(113.38583522536, 4));
        // 101.06428225 → 101.0643 (5th decimal 8 rounds up)
        assertEquals("101.0643", Formats.fixed(174.9425 * 0.5777, 4));
        assertEquals("2.00", Formats.fixed(2, 2));
        assertEquals("0.0000", Formats.fixed(-0.00001, 4));
    }

    @Test
    void roundsHalfUpOnTheDecimalValueNotTheBinaryOne() {
        // 2.00005 is stored as 2.0000499999999998835…: rounding the binary value would give 2.0000;
        // the reader sees 2.00005, and half-up gives 2.0001
        assertTrue(new BigDecimal(2.00005).compareTo(new BigDecimal("2.00005")) < 0);
        assertEquals("2.0000", new BigDecimal(2.00005).setScale(4, RoundingMode.HALF_UP).toPlainString());
        assertEquals("2.0001", Formats.fixed(2.00005, 4));
        // the brief's example: 8.02495 → 8.0250 at 4 decimals
        assertEquals("8.0250", Formats.fixed(8.02495, 4));
    }

    @Test
    void printsSharesAsPercentagesWithTwoDecimals() {
        assertEquals("89.13%", Formats.percent(0.891318));
        // 0.30039634 / 113.38583523 = 0.0026493 → 0.26%
        assertEquals("0.26%", Formats.percent(0.30039634136 / 113.38583522536));
        assertEquals("100.00%", Formats.percent(1));
        assertEquals("0.01%", Formats.percent(0.00005)); // half-up of 0.005 %
        assertEquals("—", Formats.percent(Double.NaN));
        assertEquals("9.78%", Formats.percentValue(9.7765));
    }

    @Test
    void printsValuesAsEnteredWithoutNoise() {
        assertEquals("7500", Formats.plain(7500.0));
        assertEquals("0.09703", Formats.plain(0.09703));
        assertEquals("174.9425", Formats.plain(174.9425));
        // 104184 / 7500 = 13.8912 exactly in decimal
        assertEquals("13.8912", Formats.plain(104184.0 / 7500));
        // 20.2 × 0.98 × 44/12 = 72.585333… → 7 significant digits
        assertEquals("72.58533", Formats.plain(20.2 * 0.98 * 44 / 12));
        assertEquals("1000000", Formats.plain(1e6));
        assertEquals("0", Formats.plain(0.0));
        assertEquals("", Formats.plain((Double) null));
    }

    @Test
    void formatsDatesInBothLanguages() {
        LocalDate d = LocalDate.of(2026, 5, 26);
        assertEquals("2026年05月26日", Formats.dateZh(d));
        assertEquals("26 May 2026", Formats.dateEn(d));
        assertEquals("1 January 2025", Formats.dateEn(LocalDate.of(2025, 1, 1)));
    }
}
