package dev.pcf.calc;

import org.junit.jupiter.api.Test;
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
            kg CO2eq/Mwh    | 1     | CO2e    | ENERGY  | 3600
            kgCO2-eq/kWh    | 1     | CO2e    | ENERGY  | 3.6
            kg CO2-e/kWh    | 1     | CO2e    | ENERGY  | 3.6
            kgCO2e·kWh-1    | 1     | CO2e    | ENERGY  | 3.6
            kg CO2e kWh^-1  | 1     | CO2e    | ENERGY  | 3.6
            kgCO2e·t-1·km-1 | 1     | CO2e    | FREIGHT | 1
            kgCO2/Nm^3      | 1     | CO2     | VOLUME  | 1
            MgCO2e/t        | 1000  | CO2e    | MASS    | 1000
            kgCO2e/万元      | 1     | CO2e    | null    | 10000
            tCO2e/亿元       | 1000  | CO2e    | null    | 100000000
            """)
    void parsesGasMassGasAndReference(String text, double gasKg, String gas, String ref, double refToBase) {
        FactorUnit u = FactorUnit.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(gasKg, u.gasKgPerUnit(), 0, text);
        if (gas == null) assertNull(u.gas(), text);
        else assertEquals(gas, u.gas(), text);
        if (ref == null) assertTrue(u.reference().dimension().isCurrency(), text);
        else assertEquals(Dimension.valueOf(ref), u.reference().dimension(), text);
        assertEquals(refToBase, u.reference().toBase(), refToBase * 1e-15, text);
    }

    /**
     * IPCC element bases: kg N2O per kg N2O-N is 44/28 (N2O 44 g/mol holds 2 N, 28 g/mol), CO2 per CO2-C 44/12,
     * CH4 per CH4-C 16/12.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kgN2O-N/kg N     | N2O | 1.5714285714285714 | N2O-N → N2O × 44/28
            kg N2O–N/kg N    | N2O | 1.5714285714285714 | N2O-N → N2O × 44/28
            tCO2-C/t         | CO2 | 3666.6666666666665 | CO2-C → CO2 × 44/12
            kgCH4-C/head     | CH4 | 1.3333333333333333 | CH4-C → CH4 × 16/12
            """)
    void convertsElementBasesToTheGas(String text, String gas, double gasKg, String conversion) {
        FactorUnit u = FactorUnit.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(gas, u.gas());
        assertEquals(gasKg, u.gasKgPerUnit(), gasKg * 1e-15);
        assertEquals(conversion, u.elementBase().text());
    }

    @Test
    void keepsAnUnknownReferenceAsAUnitOfItsOwn() {
        FactorUnit u = FactorUnit.parse("kgCO2e/亩").orElseThrow();
        assertTrue(u.reference().dimension().isOwn());
        assertEquals("亩", u.reference().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kgCO2e", "kWh", "CO2e/kWh", "kgCO2e/kWh/yr", "lbCO2/kWh"})
    void rejectsWhatIsNotMassOfGasPerUnit(String text) {
        assertTrue(FactorUnit.parse(text).isEmpty(), text);
    }
}
