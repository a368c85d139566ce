package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.CellRef;
import dev.pcf.model.GwpSet;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.SystemBoundary;
import dev.pcf.model.Text;
import dev.pcf.workbook.Schema.Column;

import java.time.LocalDate;

/**
 * Reads the 报告信息 Report sheet: one field per row, the label in the column headed
 * {@code 字段 Field} (column A when there is no such header), the value in the column headed
 * {@code 值 Value}. Defaults of the contract are applied; required fields are checked.
 */
final class ReportSheet {
    private final String name;
    private final FieldSheet fields;
    private final Problems problems;

    private ReportSheet(String name, FieldSheet fields, Problems problems) {
        this.name = name;
        this.fields = fields;
        this.problems = problems;
    }

    /**
     * The Report sheet read.
     *
     * @param info   the fields, or null when the sheet's 值 Value column is missing (reported)
     * @param filled the fields whose value cell is not blank (valid or not)
     */
    record Result(ReportInfo info, java.util.Set<String> filled) {

        /** How Activity messages name the annual production field, or null when it is filled but wrong (already reported). */
        String annualField(String sheetName) {
            if (info == null || (info.annualProduction() == null && filled.contains("annualProduction"))) return null;
            CellRef at = info.cell("annualProduction");
            return field("annualProduction").label() + " (" + (at == null ? CellRef.quoteSheet(sheetName) : at.toString()) + ")";
        }
    }

    static Result read(Page sheet, Problems problems) {
        // fields are parsed in dependency order; their problems are reported in row order
        Problems own = new Problems();
        FieldSheet fields = FieldSheet.read(sheet, Schema.REPORT_FIELDS, own);
        ReportInfo info = fields == null ? null : new ReportSheet(sheet.name(), fields, own).build();
        problems.addSortedByRow(own);
        java.util.Set<String> filled = new java.util.HashSet<>();
        if (fields != null) {
            for (String f : fields.cells().keySet()) {
                if (!fields.isBlank(f)) filled.add(f);
            }
        }
        return new Result(info, java.util.Set.copyOf(filled));
    }

    private static Column field(String field) {
        for (Column c : Schema.REPORT_FIELDS) {
            if (c.field().equals(field)) return c;
        }
        throw new IllegalArgumentException(field);
    }

    private String text(String field) {
        String t = fields.text(field);
        return t.isEmpty() ? null : t;
    }

    private Text bilingual(String field) {
        return Text.of(text(field), text(field + "En"));
    }

    private Double number(String field, boolean positive) {
        Double d = fields.number(field);
        if (d != null && positive && d <= 0) {
            problems.error(fields.cell(field), field(field).label() + " must be greater than 0, found " + CellValue.plain(d));
            return null;
        }
        return d;
    }

    private ReportInfo build() {
        ReportLanguage language = fields.choice("language", Vocabulary.LANGUAGE);
        if (language == null) language = ReportLanguage.ZH_EN;
        LocalDate start = fields.date("periodStart");
        LocalDate end = fields.date("periodEnd");
        if (start != null && end != null && end.isBefore(start)) {
            problems.error(fields.cell("periodEnd"), field("periodEnd").label() + " " + end + " is before "
                    + field("periodStart").label() + " " + start + " (" + fields.cell("periodStart") + ")");
        }
        Long decimals = fields.integer("decimals");
        if (decimals != null && (decimals < 0 || decimals > 10)) {
            problems.error(fields.cell("decimals"), field("decimals").label() + " must be a whole number 0–10, found "
                    + decimals);
            decimals = null;
        }
        Long iterations = fields.integer("mcIterations");
        if (iterations != null && (iterations < 1 || iterations > Integer.MAX_VALUE)) {
            problems.error(fields.cell("mcIterations"), field("mcIterations").label()
                    + " must be a positive whole number, found " + iterations);
            iterations = null;
        }
        GwpSet gwp = fields.choice("gwpSet", Vocabulary.GWP);
        String standard = text("standard");
        SystemBoundary boundary = fields.choice("boundary", Vocabulary.BOUNDARY);
        ReportInfo info = new ReportInfo(text("reportNo"), fields.date("issueDate"), language, bilingual("verificationBody"),
                bilingual("productName"), text("model"), bilingual("manufacturer"), bilingual("address"),
                text("legalRepresentative"), text("contactPerson"), text("contactPhone"),
                bilingual("companyProfile"), bilingual("productFunction"), bilingual("processDescription"),
                standard == null ? ReportInfo.DEFAULT_STANDARD : standard, bilingual("functionalUnit"), boundary,
                start, end, number("annualProduction", true), number("productMassKg", true), text("productionRegion"),
                fields.choice("packagingIncluded", Vocabulary.YES_NO), text("pcr"),
                decimals == null ? ReportInfo.DEFAULT_DECIMALS : decimals.intValue(), gwp == null ? GwpSet.AR6 : gwp,
                bilingual("purpose"), bilingual("cutOffRule"), bilingual("allocationRule"), bilingual("assumptions"),
                iterations == null ? null : iterations.intValue(), fields.integer("seed"), fields.cells());
        if (language.hasEn()) {
            for (String f : new String[] {"productName", "manufacturer", "functionalUnit"}) {
                Column en = field(f + "En");
                if (fields.isBlank(f + "En") && !fields.isBlank(f)) {
                    CellRef at = fields.cell(f + "En");
                    problems.warning(at, (at == null ? CellRef.quoteSheet(name) + ": " : "") + en.label()
                            + " is empty: the English report will show the Chinese text");
                }
            }
        }
        return info;
    }
}
