/**
 * The report's content as a view model: {@link dev.pcf.report.ReportViews#build} turns a workbook,
 * its footprint and the Monte Carlo result into display-ready, already rounded and translated
 * values ({@link dev.pcf.report.ReportView}), chart data ({@link dev.pcf.report.ChartSpec}) and
 * derived improvement suggestions; {@link dev.pcf.report.CompareViews#build} does the same for the
 * one-page comparison of {@code pcf compare} ({@link dev.pcf.report.CompareView}). Pure Java: no template engine, no PDF library; the wording
 * comes from the message bundles {@code templates/messages_zh.properties} and
 * {@code templates/messages_en.properties}.
 */
package dev.pcf.report;
