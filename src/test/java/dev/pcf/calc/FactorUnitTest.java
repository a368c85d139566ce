package dev.pcf.calc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactorUnitTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            kgCO2e/kWh      | 1     | CO2e    | ENERGY  | 3.6
            kgCO2/MJ        | 1     | CO2     | ENERGY  | 1
            tCO2/TJ         | 1000  | CO2     | ENERGY  | 1000000
            kgCH4/kg        | 1     | CH4     | MASS    | 1
            kgN2O/TJ        | 1     | N2O     | ENERGY  | 1000000
            kgCO2e/t·km     | 1     | CO2e    | FREIGHT | 1
            kgCO2e/(t·km)   | 1     | CO2e    | FREIGHT | 1
            kgCO2e/tkm      | 1     | CO2e    | FREIGHT | 1
            gCO2e/kWh       | 0.001 | CO2e    | ENERGY  | 3.6
            kg/kg           | 1     | null    | MASS    | 1
            kg CO2-eq / kWh | 1     | CO2e    | ENERGY  | 3.6
            kgCO₂e/kWh      | 1     | CO2e    | ENERGY  | 3.6
            kgCO2/kW·h      | 1     | CO2     | ENERGY  | 3.6
            tCO2/t          | 1000  | CO2     | MASS    | 1000
            kgCO2/10^4Nm3   | 1     | CO2     | VOLUME  | 10000
            kgCO2e/pcs      | 1     | CO2e    | COUNT   | 1
            千克CO2e/千瓦时  | 1     | CO2e    | ENERGY  | 3.6
            kgHFC-134a/kg   | 1     | HFC-134a| MASS    | 1
            """)
    void parsesGasMassGasAndReference(String text, double gasKg, String gas, String ref, double refToBase) {
        FactorUnit u = FactorUnit.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(gasKg, u.gasKgPerUnit(), 0, text);
        if (gas == null) assertNull(u.gas(), text);
        else assertEquals(gas, u.gas(), text);
        assertEquals(Dimension.valueOf(ref), u.reference().dimension(), text);
        assertEquals(refToBase, u.reference().toBase(), refToBase * 1e-15, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kgCO2e", "kWh", "CO2e/kWh", "kgCO2e/kWh/yr", "lbCO2/kWh"})
    void rejectsWhatIsNotMassOfGasPerUnit(String text) {
        assertTrue(FactorUnit.parse(text).isEmpty(), text);
    }
}
