package dev.pcf.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitNamesTest {
    @Test
    void spellsEveryWayOfWritingAUnitOneWayPerLanguage() {
        for (String u : new String[] {"kWh", "千瓦时", "度", "KWH", "kwh"}) {
            assertEquals("kWh", UnitNames.spell(u, false), u);
            assertEquals("kWh", UnitNames.spell(u, true), u);
        }
        for (String u : new String[] {"千克", "公斤", "kg", "KG"}) assertEquals("kg", UnitNames.spell(u, false), u);
        for (String u : new String[] {"m3", "m³", "立方米", "方", "M3"}) assertEquals("m³", UnitNames.spell(u, false), u);
        for (String u : new String[] {"t·km", "tkm", "t.km", "吨公里", "吨·公里"}) {
            assertEquals("t·km", UnitNames.spell(u, false), u);
        }
        assertEquals("Nm³", UnitNames.spell("标方", false));
        assertEquals("t", UnitNames.spell("吨", false));
    }

    @Test
    void countingUnitsAndScaleWordsFollowTheLanguage() {
        assertEquals("unit", UnitNames.spell("台", false));
        assertEquals("台", UnitNames.spell("unit", true));
        assertEquals("pcs", UnitNames.spell("个", false));
        assertEquals("个", UnitNames.spell("pcs", true));
        assertEquals("10⁴ kWh", UnitNames.spell("万千瓦时", false));
        assertEquals("万kWh", UnitNames.spell("万度", true));
        assertEquals("10⁴ Nm³", UnitNames.spell("万标准立方米", false));
    }

    @Test
    void respellsCompoundUnitsPartByPart() {
        assertEquals("kgCO2e/kWh", UnitNames.spell("kgCO2e/千瓦时", false));
        assertEquals("kgCO2e/kWh", UnitNames.spell("kg CO2eq/Kwh", false));
        assertEquals("kgCO2e/kg", UnitNames.spell("千克CO2e/公斤", false));
        assertEquals("tCO2/TJ", UnitNames.spell("tCO2/TJ", false));
        assertEquals("kgCH4-fossil/m³", UnitNames.spell("kgCH4-fossil/m3", false));
        assertEquals("GJ/t", UnitNames.spell("GJ/吨", false));
        assertEquals("kgCO2e/unit", UnitNames.spell("kgCO2e/台", false));
        assertEquals("kgCO2e/台", UnitNames.spell("kgCO2e/台", true));
    }

    @Test
    void keepsWhatItDoesNotKnowAsWritten() {
        assertEquals("亩", UnitNames.spell("亩", false));
        assertEquals("kg N", UnitNames.spell("kg N", false));
        assertEquals("kgN2O/kg N", UnitNames.spell("kgN2O/kg N", false));
        assertEquals("", UnitNames.spell(null, false));
    }
}
