package dev.pcf.calc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitsTest {

    /** Base units: MJ, kg, m3, t·km, km, pcs. 1 kWh = 3600 kJ = 3.6 MJ; 1 kcal = 4.1868 kJ. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kWh      | ENERGY   | 3.6
            kwh      | ENERGY   | 3.6
            KWH      | ENERGY   | 3.6
            kW·h     | ENERGY   | 3.6
            kW.h     | ENERGY   | 3.6
            ' k Wh ' | ENERGY   | 3.6
            千瓦时    | ENERGY   | 3.6
            度        | ENERGY   | 3.6
            MWh      | ENERGY   | 3600
            GWh      | ENERGY   | 3600000
            Wh       | ENERGY   | 0.0036
            MJ       | ENERGY   | 1
            兆焦      | ENERGY   | 1
            GJ       | ENERGY   | 1000
            吉焦      | ENERGY   | 1000
            TJ       | ENERGY   | 1000000
            kJ       | ENERGY   | 0.001
            kcal     | ENERGY   | 0.0041868
            万kWh    | ENERGY   | 36000
            万千瓦时  | ENERGY   | 36000
            kgce     | ENERGY   | 29.3076
            tce      | ENERGY   | 29307.6
            吨标准煤  | ENERGY   | 29307.6
            万吨      | MASS     | 10000000
            吨千米    | FREIGHT  | 1
            tonne-km | FREIGHT  | 1
            g        | MASS     | 0.001
            克        | MASS     | 0.001
            kg       | MASS     | 1
            KG       | MASS     | 1
            千克      | MASS     | 1
            公斤      | MASS     | 1
            t        | MASS     | 1000
            吨        | MASS     | 1000
            Gg       | MASS     | 1000000
            m3       | VOLUME   | 1
            m³       | VOLUME   | 1
            Nm3      | VOLUME   | 1
            Nm³      | VOLUME   | 1
            立方米    | VOLUME   | 1
            方        | VOLUME   | 1
            10^4Nm3  | VOLUME   | 10000
            10⁴Nm³   | VOLUME   | 10000
            万Nm3     | VOLUME   | 10000
            万立方米  | VOLUME   | 10000
            L        | VOLUME   | 0.001
            l        | VOLUME   | 0.001
            升        | VOLUME   | 0.001
            t·km     | FREIGHT  | 1
            tkm      | FREIGHT  | 1
            t.km     | FREIGHT  | 1
            t*km     | FREIGHT  | 1
            t-km     | FREIGHT  | 1
            t km     | FREIGHT  | 1
            吨公里    | FREIGHT  | 1
            吨·公里   | FREIGHT  | 1
            kg·km    | FREIGHT  | 0.001
            km       | DISTANCE | 1
            公里      | DISTANCE | 1
            千米      | DISTANCE | 1
            m        | DISTANCE | 0.001
            pcs      | COUNT    | 1
            unit     | COUNT    | 1
            piece    | COUNT    | 1
            个        | COUNT    | 1
            件        | COUNT    | 1
            台        | COUNT    | 1
            套        | COUNT    | 1
            只        | COUNT    | 1
            """)
    void parsesEveryUnitFamily(String text, String dimension, double toBase) {
        Unit u = Units.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(Dimension.valueOf(dimension), u.dimension(), text);
        assertEquals(toBase, u.toBase(), toBase * 1e-15, text);
        assertEquals(text.strip(), u.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "kWhh", "kg/kg", "mile", "gallon", "10^Nm3", "吨吨", "MG", "mt", "亩", "hm2", "kg N"})
    void rejectsUnknownUnits(String text) {
        assertTrue(Units.parse(text).isEmpty(), text);
    }

    @Test
    void rejectsNull() {
        assertTrue(Units.parse(null).isEmpty());
    }

    @Test
    void convertsAmountsToTheBase() {
        // 2.5 MWh = 2500 kWh = 9000 MJ
        assertEquals(9000, Units.parse("MWh").orElseThrow().toBase(2.5), 1e-9);
    }
}
