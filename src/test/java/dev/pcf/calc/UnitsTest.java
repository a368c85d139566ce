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
            m^3      | VOLUME   | 1
            Nm^3     | VOLUME   | 1
            NM3      | VOLUME   | 1
            10^3Nm3  | VOLUME   | 1000
            亿m3     | VOLUME   | 100000000
            万 m³     | VOLUME   | 10000
            mL       | VOLUME   | 0.000001
            Mwh      | ENERGY   | 3600
            mwh      | ENERGY   | 3600
            mj       | ENERGY   | 1
            大卡      | ENERGY   | 0.0041868
            Gcal     | ENERGY   | 4186.8
            万tce     | ENERGY   | 293076000
            Mg       | MASS     | 1000
            mg       | MASS     | 0.000001
            kt       | MASS     | 1000000
            斤        | MASS     | 0.5
            km^2     | AREA     | 1000000
            km²      | AREA     | 1000000
            m2       | AREA     | 1
            ha       | AREA     | 10000
            公顷      | AREA     | 10000
            mm       | DISTANCE | 0.000001
            tonne·km | FREIGHT  | 1
            万吨公里   | FREIGHT  | 10000
            kgCO2e   | EMISSION | 1
            kg CO2eq | EMISSION | 1
            tCO2-e   | EMISSION | 1000
            kgCO₂e   | EMISSION | 1
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

    /** 1 万元 = 10⁴ CNY; each currency is a dimension of its own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            元     | CNY | 1
            万元   | CNY | 10000
            亿元   | CNY | 100000000
            千元   | CNY | 1000
            CNY    | CNY | 1
            rmb    | CNY | 1
            USD    | USD | 1
            万美元  | USD | 10000
            EUR    | EUR | 1
            """)
    void currenciesAreDimensionsOfTheirOwn(String text, String code, double toBase) {
        Unit u = Units.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(Dimension.currency(code), u.dimension(), text);
        assertEquals(toBase, u.toBase(), 0, text);
        assertTrue(u.dimension().isCurrency());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kwhh    | did you mean "kWh"?
            KWhh    | did you mean "kWh"?
            万kwhh  | did you mean "万kWh"?
            kgg     | did you mean "kg"?
            Nm33    | did you mean "Nm3"?
            MG      | the case decides: did you mean "mg" (a mass, 0.000001 kg) or "Mg" (a mass, 1000 kg)?
            """)
    void suggestsTheNearestKnownSpelling(String text, String hint) {
        assertEquals(hint, Units.hint(text).orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bananas", "亩", "只牛"})
    void suggestsNothingWhenNothingIsNear(String text) {
        assertTrue(Units.hint(text).isEmpty(), text);
    }

    @Test
    void unitsOfOnesOwnMatchWhenWrittenIdentically() {
        // spaces and case do not make another unit: kg N = kgN = KG N
        assertEquals(Units.parseOrOwn("kg N").dimension(), Units.parseOrOwn("KGN").dimension());
        assertTrue(Units.parseOrOwn("亩").dimension().isOwn());
        assertTrue(!Units.parseOrOwn("亩").dimension().equals(Units.parseOrOwn("头").dimension()));
        assertEquals(Dimension.VOLUME, Units.parseOrOwn("m^3").dimension());
    }

    @Test
    void aVeryLongTextIsNoUnitAndNotSearched() {
        String hostile = "t".repeat(20_000) + "km";
        assertTrue(Units.parse(hostile).isEmpty());
        assertTrue(Units.hint(hostile).isEmpty());
        assertTrue(FactorUnit.parse("kg" + "C".repeat(20_000) + "/" + hostile).orElseThrow().reference().dimension().isOwn());
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
