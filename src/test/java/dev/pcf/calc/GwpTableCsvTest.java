package dev.pcf.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GwpTableCsvTest {
    static final String HEADER = "gas,aliases,AR4,AR5,AR6,AR4 source,AR5 source,AR6 source\n";

    @Test
    void quotedFieldsCommentsAndBlankLinesAreRead() {
        GwpTable t = GwpTable.parse(HEADER + "# a comment\n\n"
                + "CH4,\"methane;甲烷\",25,28,27.9,\"AR4, Table 2.14\",s5,s6\n", "t.csv");
        assertEquals(28.0, t.gwp("CH4", dev.pcf.model.GwpSet.AR5));
        assertEquals("AR4, Table 2.14", t.source("CH4", dev.pcf.model.GwpSet.AR4));
    }

    @Test
    void aRowWithTooFewFieldsNamesItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GwpTable.parse(HEADER
                + "CO2,,1,1,1,a,b,c\n"
                + "CH4,methane,25,28\n", "gwp.csv"));
        assertEquals("gwp.csv line 3: 4 fields, expected 8", e.getMessage());
    }

    @Test
    void aValueThatIsNoNumberNamesItsLineAndColumn() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GwpTable.parse(HEADER
                + "# comment\nCO2,,1,one,1,a,b,c\n", "gwp.csv"));
        assertEquals("gwp.csv line 3: AR5 is not a number: one", e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GwpTable.parse(HEADER
                + "CO2,\"carbon dioxide,1,1,1,a,b,c\n", "gwp.csv"));
        assertEquals(true, e.getMessage().startsWith("gwp.csv: malformed CSV: "), e.getMessage());
    }
}
