package dev.pcf.calc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The report's display spellings are columns of the one units table (issue 9): every spelling the
 * calculation reads has a display spelling in each language, and that spelling is itself read as the
 * same unit (same dimension, same size), so a report never prints a unit the calculation would not know.
 */
class UnitDisplayTest {

    @Test
    void everySpellingOfTheTableHasADisplaySpellingThatMeansTheSameUnit() {
        List<String> wrong = new ArrayList<>();
        for (String spelling : Units.spellings()) {
            Unit read = Units.parse(spelling).orElseThrow();
            UnitDisplay d = Units.display(spelling).orElse(null);
            if (d == null) {
                wrong.add(spelling + ": no display spelling");
                continue;
            }
            for (String shown : List.of(d.zh(), d.en())) {
                Unit back = Units.parse(shown).orElse(null);
                if (back == null || !back.dimension().equals(read.dimension())
                        || Math.abs(back.toBase() - read.toBase()) > 1e-12 * Math.abs(read.toBase())) {
                    wrong.add(spelling + " → " + shown + (back == null ? " (unknown)" : " (" + back + ")"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void scaleWordsFollowTheLanguageAndOtherPowersOfTenArePowers() {
        assertEquals(new UnitDisplay("万kWh", "10⁴ kWh"), Units.display("万千瓦时").orElseThrow());
        assertEquals(new UnitDisplay("万kWh", "10⁴ kWh"), Units.display("10^4 kWh").orElseThrow());
        assertEquals(new UnitDisplay("亿元", "10⁸ CNY"), Units.display("亿元").orElseThrow());
        assertEquals(new UnitDisplay("10³ kg", "10³ kg"), Units.display("10^3kg").orElseThrow());
        assertEquals(new UnitDisplay("万Nm³", "10⁴ Nm³"), Units.display("万标方").orElseThrow());
    }

    @Test
    void freightIsItsMassAndDistanceAndPowersAreSuperscripts() {
        assertEquals(new UnitDisplay("t·km", "t·km"), Units.display("吨公里").orElseThrow());
        assertEquals(new UnitDisplay("kg·km", "kg·km"), Units.display("千克·千米").orElseThrow());
        assertEquals(new UnitDisplay("km²", "km²"), Units.display("km2").orElseThrow());
        assertEquals(new UnitDisplay("m³", "m³"), Units.display("M^3").orElseThrow());
        assertEquals(new UnitDisplay("套", "set"), Units.display("sets").orElseThrow());
    }

    @Test
    void whatTheTableDoesNotKnowHasNoDisplay() {
        assertEquals(java.util.Optional.empty(), Units.display("亩"));
        assertEquals(java.util.Optional.empty(), Units.display("kgCO2e")); // a mass of a gas: the report splits it
        assertEquals(java.util.Optional.empty(), Units.display("MG")); // the case decides between mg and Mg
    }
}
