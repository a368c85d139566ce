/**
 * The deterministic calculation: units and their conversion, emission-factor units, net
 * calorific values, IPCC GWP-100 values, and the footprint per functional unit by stage, gas and
 * carbon origin. Pure: no I/O except reading its own GWP table from the classpath, and no
 * third-party library except Apache Commons CSV to parse that table ({@code GwpTable}).
 *
 * <p>Commons CSV is the one library used in more than one package (calc, template, batch),
 * against the style guide's "each library in one package": each of the three reads or writes
 * its own small file format (the GWP table, the factor library, summary.csv) with a few calls of
 * the library, and a shared wrapper would only rename those calls.
 */
package dev.pcf.calc;
