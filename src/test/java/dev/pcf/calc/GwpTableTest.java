package dev.pcf.calc;

import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.GwpSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GwpTableTest {

    final GwpTable table = GwpTable.standard();

    /** reference-data.md §1, typed from the table there (not from the data file). */
    @ParameterizedTest
    @CsvSource(textBlock = """
            CO2,            1,     1,     1
            CO2e,           1,     1,     1
            CH4,            25,    28,    27.9
            CH4-fossil,     25,    30,    29.8
            CH4-non-fossil, 25,    28,    27.0
            N2O,            298,   265,   273
            SF6,            22800, 23500, 25200
            NF3,            17200, 16100, 17400
            HFC-134a,       1430,  1300,  1530
            HFC-32,         675,   677,   771
            HFC-125,        3500,  3170,  3740
            HFC-23,         14800, 12400, 14600
            CF4,            7390,  6630,  7380
            C2F6,           12200, 11100, 12400
            """)
    void matchesReferenceData(String gas, double ar4, double ar5, double ar6) {
        assertEquals(ar4, table.gwp(gas, GwpSet.AR4), 0, gas);
        assertEquals(ar5, table.gwp(gas, GwpSet.AR5), 0, gas);
        assertEquals(ar6, table.gwp(gas, GwpSet.AR6), 0, gas);
    }

    @Test
    void holdsExactlyTheGasesOfReferenceData() {
        assertEquals(List.of("CO2e", "CO2", "CH4", "CH4-fossil", "CH4-non-fossil", "N2O", "SF6", "NF3", "HFC-134a",
                "HFC-32", "HFC-125", "HFC-23", "CF4", "C2F6"), table.gases().stream().map(GwpTable.Gas::name).toList());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            co2,              CO2
            CO₂,              CO2
            CO2eq,            CO2e
            CO2-eq,           CO2e
            co2 e,            CO2e
            hfc134a,          HFC-134a
            HFC 134a,         HFC-134a
            R-134a,           HFC-134a
            R134a,            HFC-134a
            r-32,             HFC-32
            PFC-14,           CF4
            pfc14,            CF4
            PFC-116,          C2F6
            sf6,              SF6
            n2o,              N2O
            CH4-fossil,       CH4-fossil
            ch4 fossil,       CH4-fossil
            CH4-biogenic,     CH4-non-fossil
            CH4 non-fossil,   CH4-non-fossil
            CH4 (unspecified), CH4
            """)
    void normalisesNamesAndAliases(String written, String expected) {
        assertEquals(Optional.of(expected), table.resolve(written, CarbonOrigin.FOSSIL));
    }

    @Test
    void plainMethaneTakesItsGwpFromTheCarbonOrigin() {
        assertEquals(Optional.of("CH4-fossil"), table.resolve("CH4", CarbonOrigin.FOSSIL));
        assertEquals(Optional.of("CH4-fossil"), table.resolve("ch4", null));
        assertEquals(Optional.of("CH4-non-fossil"), table.resolve("CH4", CarbonOrigin.BIOGENIC));
        // an explicit variant wins over the origin
        assertEquals(Optional.of("CH4-fossil"), table.resolve("CH4-fossil", CarbonOrigin.BIOGENIC));
    }

    @Test
    void unknownGasesAreEmpty() {
        assertEquals(Optional.empty(), table.resolve("XYZ", CarbonOrigin.FOSSIL));
        assertEquals(Optional.empty(), table.resolve("HFC-999", CarbonOrigin.FOSSIL));
        assertEquals(Optional.empty(), table.resolve(null, CarbonOrigin.FOSSIL));
        assertThrows(IllegalArgumentException.class, () -> table.gwp("XYZ", GwpSet.AR6));
    }

    @Test
    void citesTheTableOfEachSet() {
        assertEquals("IPCC AR6 WG1 Ch.7 Table 7.15", table.citation(GwpSet.AR6));
        assertEquals("IPCC AR5 WG1 Ch.8 Table 8.A.1", table.citation(GwpSet.AR5));
        assertEquals("IPCC AR4 WG1 Ch.2 Table 2.14", table.citation(GwpSet.AR4));
        assertEquals("IPCC AR6 WG1 Ch.7 Table 7.15 (Table 7.SM.7 prints 24300)", table.source("SF6", GwpSet.AR6));
    }
}
