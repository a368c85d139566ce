package dev.pcf.calc;

import dev.pcf.model.Footprint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.pcf.calc.ReferenceReportTest.assertRel;

/** The same quantity written in different units, directly or through the NCV, gives the same emission. */
class ConversionTest {

    private static double emission(String factorUnit, Double value, double ncv, String ncvUnit, double amount, String unit) {
        TestWorkbook b = new TestWorkbook().stage("S", true);
        TestWorkbook.F f = b.factor("EF", value, factorUnit);
        if (ncvUnit != null) f.ncv(ncv, ncvUnit);
        if (value == null) f.carbon(20.20, 0.98);
        b.activity("S", amount, unit, "EF");
        Footprint fp = Calculator.calculate(b.build());
        return fp.total();
    }

    /** 1 kWh × 0.5 kgCO2e/kWh = 0.5 kg CO2e; 1 kWh = 3.6 MJ = 0.0036 GJ = 0.001 MWh = 3600 kJ. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            1,      kWh
            1,      度
            3.6,    MJ
            0.0036, GJ
            0.001,  MWh
            3600,   kJ
            1000,   Wh
            """)
    void electricityInAnyEnergyUnit(double amount, String unit) {
        assertRel(0.5, emission("kgCO2e/kWh", 0.5, 0, null, amount, unit));
    }

    /**
     * Diesel, 1 kg = 42.652 MJ; 20.20 × 0.98 × 44/12 = 72.585333… tCO2/TJ, so 1 kg emits
     * 42.652e-6 TJ × 72.585333… t/TJ = 3.0959096373… kg CO2, whatever the units on either side.
     */
    @ParameterizedTest
    @CsvSource(textBlock = """
            tCO2/TJ,  GJ/t,   42.652,  1,        kg
            tCO2/TJ,  GJ/t,   42.652,  0.001,    t
            tCO2/TJ,  GJ/t,   42.652,  1000,     g
            tCO2/TJ,  MJ/kg,  42.652,  42.652,   MJ
            kgCO2/GJ, kJ/kg,  42652,   1,        公斤
            kgCO2/kg, GJ/t,   42.652,  1,        kg
            kgCO2/kg, GJ/t,   42.652,  42.652,   MJ
            kgCO2/t,  TJ/Gg,  42.652,  0.042652, GJ
            gCO2/MJ,  GJ/t,   42.652,  1,        kg
            """)
    void dieselComputedFromCarbonContentInAnyUnits(String factorUnit, String ncvUnit, double ncv, double amount,
                                                   String unit) {
        assertRel(3.0959096373333333, emission(factorUnit, null, ncv, ncvUnit, amount, unit));
    }

    /** Natural gas, 2.162188809 kgCO2/m3 given; 1 m3 = 1000 L = 0.0001 万Nm3 = 38.931 MJ (389.31 GJ/10^4Nm3). */
    @ParameterizedTest
    @CsvSource(textBlock = """
            1,      m3
            1,      Nm³
            1000,   L
            0.0001, 万Nm3
            38.931, MJ
            0.038931, GJ
            """)
    void naturalGasInAnyVolumeOrEnergyUnit(double amount, String unit) {
        assertRel(2.162188809, emission("kgCO2/m3", 2.162188809, 389.31, "GJ/10^4Nm3", amount, unit));
    }
}
