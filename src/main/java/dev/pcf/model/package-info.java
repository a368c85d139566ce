/**
 * The domain: what a standard workbook says (report fields, stages, factors, activity lines,
 * team, pictures) and what the calculation and the Monte Carlo analysis produce. Plain records
 * and enums; this package imports no third-party library and does no I/O.
 */
package dev.pcf.model;
