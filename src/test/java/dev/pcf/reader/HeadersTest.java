package dev.pcf.reader;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Header matching per the workbook contract: either part, both in either order, case, spaces, ★ and units ignored. */
class HeadersTest {

    @Test
    void eitherPartOrBothInEitherOrderMatch() {
        for (String h : new String[] {"排放因子", "Emission factor", "排放因子 Emission factor", "排放因子/Emission factor",
                "Emission factor / 排放因子", "Emission factor排放因子", "★ 排放因子（kgCO2e/单位） EMISSION FACTOR",
                "排放因子\u3000Emission\u00A0factor (kgCO2e/unit)"}) {
            assertTrue(Headers.matches(h, "排放因子", "Emission factor"), h);
        }
    }

    @Test
    void otherTextDoesNotMatch() {
        for (String h : new String[] {"", "  ", "排放", "Emission", "排放因子 Emission", "排放因子 Emission factors",
                "因子排放", "排放因子//Emission factor", "排放因子（中文）", "Emission factor (English)"}) {
            assertFalse(Headers.matches(h, "排放因子", "Emission factor"), h);
        }
        assertFalse(Headers.matches(null, "排放因子", "Emission factor"));
    }

    @Test
    void languageQualifiersArePartOfTheName() {
        assertTrue(Headers.matches("名称（中文） Name (Chinese)", "名称（中文）", "Name (Chinese)"));
        assertFalse(Headers.matches("名称（英文） Name (English)", "名称（中文）", "Name (Chinese)"));
        assertEquals("名称(中文)", Headers.normalize("★ 名称 （中文）"));
        assertEquals("排放因子", Headers.normalize("排放因子 (kgCO2e/kg)"));
    }

    @Test
    void theSameAnswersPastTheCachesBounds() {
        // more distinct strings than the remembered normalisations hold, and longer ones than it keeps: each is still
        // normalised and matched
        for (int i = 0; i < 5000; i++) {
            assertTrue(Headers.matches("列" + i + " Column " + i + " (t)", "列" + i, "Column " + i), "column " + i);
            assertFalse(Headers.matches("列" + i + " Column " + (i + 1), "列" + i, "Column " + i), "column " + i);
        }
        String longName = "Factor " + "x".repeat(300);
        assertTrue(Headers.matches(longName.toUpperCase() + " (kg)", "因子", longName));
        assertFalse(Headers.matches(longName + "y", "因子", longName));
    }
}
