/**
 * The domain: what a standard workbook says (report fields, stages, factors, activity lines,
 * team, pictures) and what the calculation and the Monte Carlo analysis produce. Plain records
 * and enums; this package imports no third-party library and does no I/O. Beside them, the few
 * types every stage and the facade share: the failures ({@link dev.pcf.model.InputException},
 * {@link dev.pcf.model.OutputException}), the one progress type ({@link dev.pcf.model.Progress})
 * and the one plain-number formatter ({@link dev.pcf.model.Numbers}).
 */
package dev.pcf.model;
