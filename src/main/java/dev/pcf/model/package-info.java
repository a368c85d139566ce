/**
 * The domain: what a standard workbook says (report fields, stages, factors, activity lines,
 * team, pictures) and what the calculation and the Monte Carlo analysis produce. Plain records
 * and enums; this package imports no third-party library and does no I/O. Beside them, the few
 * types every stage and the facade share: the failures ({@link dev.pcf.model.InputException},
 * {@link dev.pcf.model.OutputException}), the one progress type ({@link dev.pcf.model.Progress})
 * and the one plain-number formatter ({@link dev.pcf.model.Numbers}).
 * <p>
 * The workbook's fields are typed: one enum per sheet ({@link dev.pcf.model.StageField},
 * {@link dev.pcf.model.FactorField}, {@link dev.pcf.model.ActivityField} with the shared
 * {@link dev.pcf.model.UncertaintyField}, {@link dev.pcf.model.TeamField},
 * {@link dev.pcf.model.ImprovementField}, {@link dev.pcf.model.ReportField}) carries each field's
 * key, bilingual name and {@link dev.pcf.model.FieldKind}; every stage names a field through it
 * ({@code FactorField.NCV.label()} is {@code 低位发热量 NCV}) and {@code dev.pcf.workbook.Schema}
 * builds the workbook layout from it.
 */
package dev.pcf.model;
