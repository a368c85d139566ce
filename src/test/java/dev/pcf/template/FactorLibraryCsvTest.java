package dev.pcf.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactorLibraryCsvTest {
    @Test
    void quotesMayHoldCommasNewlinesAndDoubledQuotes() {
        List<Map<String, String>> rows = FactorLibrary.parse(
                "id,source\r\nA,\"IPCC 2006, Vol. 2\"\r\n\r\nB,\"two\nlines, \"\"quoted\"\"\"\r\n", "lib.csv");
        assertEquals(List.of(Map.of("id", "A", "source", "IPCC 2006, Vol. 2"),
                Map.of("id", "B", "source", "two\nlines, \"quoted\"")), rows);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FactorLibrary.parse("id,source,unit\nA,x,kg\nB,y\n", "lib.csv"));
        assertEquals("lib.csv line 3: 2 fields, expected 3", e.getMessage());
    }

    @Test
    void theShippedLibraryReads() {
        List<Map<String, String>> rows = FactorLibrary.rows();
        assertEquals(true, rows.size() > 10, "rows " + rows.size());
        assertEquals(rows.getFirst().keySet(), rows.getLast().keySet());
    }
}
