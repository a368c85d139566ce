package dev.pcf.export;

import dev.pcf.model.Text;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeclaredUnitTest {
    private static DeclaredUnit of(String zh, String en) {
        return DeclaredUnit.of(Text.of(zh, en));
    }

    @Test
    void countedProductsArePieces() {
        assertEquals(new DeclaredUnit("piece", 1, Double.NaN), of("1 台集中式 DTU JX0317-D30", ""));
        assertEquals(new DeclaredUnit("piece", 1, Double.NaN), of("", "1 tonne-rated crane"));
    }

    @Test
    void physicalUnitsAreDeclaredWithTheirAmount() {
        assertEquals(new DeclaredUnit("kilogram", 1000, 1000), of("1 吨钢材", ""));
        assertEquals(new DeclaredUnit("kilogram", 25, 25), of("", "25 kg bag of cement"));
        assertEquals(new DeclaredUnit("kilowatt hour", 1000, Double.NaN), of("", "1 MWh of electricity"));
        assertEquals(new DeclaredUnit("cubic meter", 1, Double.NaN), of("1立方米混凝土", ""));
    }
}
