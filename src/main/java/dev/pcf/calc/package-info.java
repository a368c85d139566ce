/**
 * The deterministic calculation: units and their conversion, emission-factor units, net
 * calorific values, IPCC GWP-100 values, and the footprint per functional unit by stage, gas and
 * carbon origin; the scenarios of the Scenarios sheet applied to the base workbook
 * ({@link dev.pcf.calc.Scenarios}). Pure: no I/O except reading its own GWP table from the
 * classpath (parsed by {@link dev.pcf.io.Csv}, {@code GwpTable}), and no third-party library.
 */
package dev.pcf.calc;
