package dev.pcf.calc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NcvUnitTest {

    /**
     * An NCV of 1 in the unit, in MJ per kg or per m3: GJ/t = 1000 MJ / 1000 kg = 1; TJ/Gg = 1e6 / 1e6 = 1;
     * GJ/10^4Nm3 = 1000 MJ / 10000 m3 = 0.1; MJ/L = 1 MJ / 0.001 m3 = 1000; kcal/kg = 4.1868 kJ/kg.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MJ/kg       | MASS   | 1
            GJ/t        | MASS   | 1
            TJ/Gg       | MASS   | 1
            kJ/kg       | MASS   | 0.001
            kcal/kg     | MASS   | 0.0041868
            MJ/m3       | VOLUME | 1
            MJ/Nm3      | VOLUME | 1
            MJ/Nm³      | VOLUME | 1
            GJ/10^4Nm3  | VOLUME | 0.1
            GJ/万Nm3     | VOLUME | 0.1
            MJ/L        | VOLUME | 1000
            大卡/千克    | MASS   | 0.0041868
            千卡/公斤    | MASS   | 0.0041868
            MJ·kg-1     | MASS   | 1
            GJ t^-1     | MASS   | 1
            GJ/万m³      | VOLUME | 0.1
            """)
    void convertsToMegajoulesPerBaseUnit(String text, String per, double mj) {
        NcvUnit u = NcvUnit.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(Dimension.valueOf(per), u.perDimension(), text);
        assertEquals(mj, u.toMjPerBase(1), mj * 1e-15, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MJ", "kg/MJ", "MJ/kWh", "MJ/km", "MJ/kg/s", "kg/kg"})
    void rejectsWhatIsNotEnergyPerMassOrVolume(String text) {
        assertTrue(NcvUnit.parse(text).isEmpty(), text);
    }
}
