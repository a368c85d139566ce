package dev.pcf.report;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class FormulasTest {
    /** The rule as a regular expression: the oracle for the hand-written scan. */
    private static final Pattern RULE = Pattern.compile("(?<![A-Z0-9_-])(CO2|CH4|N2O|SF6|NF3)(?![0-9])");

    private static String byRule(String text) {
        Matcher m = RULE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String sub = m.group(1).replace('2', '₂').replace('4', '₄').replace('6', '₆').replace('3', '₃');
            m.appendReplacement(sb, sub);
        }
        return m.appendTail(sb).toString();
    }

    @Test
    void writesSubscriptsInRunningTextAndUnits() {
        assertEquals("CO₂, CH₄, N₂O, SF₆ and NF₃ in kgCO₂e; 1 t CO₂-eq",
                Formulas.chemical("CO2, CH4, N2O, SF6 and NF3 in kgCO2e; 1 t CO2-eq"));
        assertEquals("二氧化碳（CO₂）当量", Formulas.chemical("二氧化碳（CO2）当量"));
    }

    @Test
    void leavesIdentifiersAndLongerNumbersAlone() {
        assertEquals("EF-N2O, XCO2, 5CO2, _CH4, CO23, N2O4", Formulas.chemical("EF-N2O, XCO2, 5CO2, _CH4, CO23, N2O4"));
        String none = "no formula here: 2024, 3.6 MJ";
        assertSame(none, Formulas.chemical(none));
        assertNull(Formulas.chemical(null));
    }

    @Test
    void agreesWithTheRegularExpression() {
        String[] texts = {"", "CO2", "CO2CO2", "CO2 CO2", "aCO2", "CO2e", "ACO2", "-CO2", "CO2-", "NF3NF3", "CH4.",
            "N2ON2O", "SF6x", "CO", "C", "kgCO2e/kWh", "(CO2)", "CO2\u2082", "ＣO2", "1CH4 CH44 CH4", "SF6,NF3;N2O"};
        for (String t : texts) assertEquals(byRule(t), Formulas.chemical(t), t);
    }
}
