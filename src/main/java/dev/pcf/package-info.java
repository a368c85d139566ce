/**
 * The facade: {@link dev.pcf.Pcf} runs the pipeline (read, calculate, Monte Carlo, report,
 * exports) for the command line and any future service, which call nothing else; plus the
 * checks that span stages (the report fonts' coverage of the workbook's text).
 */
package dev.pcf;
