package dev.pcf;

import dev.pcf.model.Activity;
import dev.pcf.model.CellRef;
import dev.pcf.model.Factor;
import dev.pcf.model.Improvement;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.RowCells;
import dev.pcf.model.Stage;
import dev.pcf.model.TeamMember;
import dev.pcf.model.Text;
import dev.pcf.render.Glyphs;
import dev.pcf.workbook.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The check that every character of the workbook's text that the report prints exists in the report's
 * fonts (Flying Saucer drops a missing glyph silently, so a rare name character would print as a blank).
 * One warning per cell, naming the characters and their code points.
 */
final class PrintableText {
    private PrintableText() {}

    /** Warnings for every printed text of the workbook with characters the report fonts lack. */
    static List<Problem> check(PcfWorkbook wb) {
        List<Problem> out = new ArrayList<>();
        ReportInfo info = wb.info();
        for (Schema.Column c : Schema.REPORT_FIELDS) {
            String f = c.field();
            String value = reportText(info, f);
            if (value != null) check(out, info.cell(f), c, value);
        }
        for (Stage s : wb.stages()) {
            row(out, s.cells(), Schema.STAGE_COLUMNS, Stage.NAME_ZH, s.name().zh());
            row(out, s.cells(), Schema.STAGE_COLUMNS, Stage.NAME_EN, s.name().en());
            row(out, s.cells(), Schema.STAGE_COLUMNS, Stage.INCLUDED_PROCESSES, s.includedProcesses().zh());
            row(out, s.cells(), Schema.STAGE_COLUMNS, Stage.INCLUDED_PROCESSES + "En", s.includedProcesses().en());
            row(out, s.cells(), Schema.STAGE_COLUMNS, Stage.EXCLUDED_PROCESSES, s.excludedProcesses().zh());
            row(out, s.cells(), Schema.STAGE_COLUMNS, Stage.EXCLUDED_PROCESSES + "En", s.excludedProcesses().en());
        }
        for (Factor f : wb.factors()) {
            row(out, f.cells(), Schema.FACTOR_COLUMNS, Factor.ID, f.id());
            row(out, f.cells(), Schema.FACTOR_COLUMNS, Factor.NAME_ZH, f.name().zh());
            row(out, f.cells(), Schema.FACTOR_COLUMNS, Factor.NAME_EN, f.name().en());
            row(out, f.cells(), Schema.FACTOR_COLUMNS, Factor.UNIT, f.unit());
            row(out, f.cells(), Schema.FACTOR_COLUMNS, Factor.SOURCE, f.source());
            row(out, f.cells(), Schema.FACTOR_COLUMNS, Factor.YEAR, f.year());
        }
        for (Activity a : wb.activities()) {
            row(out, a.cells(), Schema.ACTIVITY_COLUMNS, Activity.ITEM_ZH, a.item().zh());
            row(out, a.cells(), Schema.ACTIVITY_COLUMNS, Activity.ITEM_EN, a.item().en());
            row(out, a.cells(), Schema.ACTIVITY_COLUMNS, Activity.UNIT, a.unit());
            row(out, a.cells(), Schema.ACTIVITY_COLUMNS, Activity.DATA_SOURCE, a.dataSource());
        }
        for (TeamMember t : wb.team()) {
            row(out, t.cells(), Schema.TEAM_COLUMNS, TeamMember.NAME, t.name());
            row(out, t.cells(), Schema.TEAM_COLUMNS, TeamMember.CERTIFICATE, t.certificate());
            row(out, t.cells(), Schema.TEAM_COLUMNS, TeamMember.ORGANISATION, t.organisation());
        }
        for (Improvement i : wb.improvements()) {
            row(out, i.cells(), Schema.IMPROVEMENT_COLUMNS, Improvement.ZH, i.text().zh());
            row(out, i.cells(), Schema.IMPROVEMENT_COLUMNS, Improvement.EN, i.text().en());
        }
        return out;
    }

    /** The printed text of a Report-sheet field ({@code xxxEn} is the English half of a bilingual one), or null. */
    private static String reportText(ReportInfo info, String field) {
        boolean en = field.endsWith("En");
        String base = en ? field.substring(0, field.length() - 2) : field;
        Object v = switch (base) {
            case "reportNo" -> info.reportNo();
            case "verificationBody" -> info.verificationBody();
            case "productName" -> info.productName();
            case "model" -> info.model();
            case "manufacturer" -> info.manufacturer();
            case "address" -> info.address();
            case "legalRepresentative" -> info.legalRepresentative();
            case "contactPerson" -> info.contactPerson();
            case "contactPhone" -> info.contactPhone();
            case "companyProfile" -> info.companyProfile();
            case "productFunction" -> info.productFunction();
            case "processDescription" -> info.processDescription();
            case "standard" -> info.standard();
            case "functionalUnit" -> info.functionalUnit();
            case "productionRegion" -> info.productionRegion();
            case "pcr" -> info.pcr();
            case "purpose" -> info.purpose();
            case "cutOffRule" -> info.cutOffRule();
            case "allocationRule" -> info.allocationRule();
            case "assumptions" -> info.assumptions();
            default -> null;
        };
        return switch (v) {
            case Text t -> en ? t.en() : t.zh();
            case String s -> en ? null : s;
            case null, default -> null;
        };
    }

    private static void row(List<Problem> out, RowCells cells, List<Schema.Column> columns, String field, String value) {
        if (value == null || value.isEmpty() || cells == null) return;
        Schema.Column c = columns.stream().filter(x -> x.field().equals(field)).findFirst().orElseThrow();
        check(out, cells.cell(field), c, value);
    }

    private static void check(List<Problem> out, CellRef at, Schema.Column column, String value) {
        String missing = Glyphs.missing(value);
        if (missing.isEmpty()) return;
        StringBuilder codes = new StringBuilder();
        missing.codePoints().forEach(cp -> codes.append(codes.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "U+%04X", cp)));
        out.add(Problem.warning(at, column.label() + " has characters the report fonts lack: \"" + missing + "\" ("
                + codes + "); they would print as blanks"));
    }
}
