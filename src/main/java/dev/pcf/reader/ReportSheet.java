package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.CellRef;
import dev.pcf.model.GwpSet;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.SystemBoundary;
import dev.pcf.model.Text;
import dev.pcf.workbook.Schema.Column;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the 报告信息 Report sheet: one field per row, the label in the column headed
 * {@code 字段 Field} (column A when there is no such header), the value in the column headed
 * {@code 值 Value}. Defaults of the contract are applied; required fields are checked.
 */
final class ReportSheet {
    private final Sheet sheet;
    private final String name;
    private final Problems problems;
    private final Map<String, CellValue> values = new HashMap<>();
    private final Map<String, CellRef> cells = new LinkedHashMap<>();

    private ReportSheet(Sheet sheet, Problems problems) {
        this.sheet = sheet;
        this.name = sheet.getSheetName();
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

    static Result read(Sheet sheet, FormulaEvaluator evaluator, Problems problems) {
        // fields are parsed in dependency order; their problems are reported in row order
        Problems own = new Problems();
        ReportSheet r = new ReportSheet(sheet, own);
        ReportInfo info = r.collect(evaluator) ? r.build() : null;
        problems.addSortedByRow(own);
        java.util.Set<String> filled = new java.util.HashSet<>();
        r.values.forEach((k, v) -> {
            if (!v.isBlank()) filled.add(k);
        });
        return new Result(info, java.util.Set.copyOf(filled));
    }

    private boolean collect(FormulaEvaluator evaluator) {
        int labelCol = -1;
        int valueCol = -1;
        Row header = sheet.getRow(0);
        if (header != null) {
            for (Cell c : header) {
                String t = Table.headerText(c);
                if (labelCol < 0 && Headers.matches(t, Schema.FIELD_LABEL.zh(), Schema.FIELD_LABEL.en())) labelCol = c.getColumnIndex();
                if (valueCol < 0 && Headers.matches(t, Schema.FIELD_VALUE.zh(), Schema.FIELD_VALUE.en())) valueCol = c.getColumnIndex();
            }
        }
        if (valueCol < 0) {
            problems.error(null, CellRef.quoteSheet(name) + " header row 1: required column "
                    + Schema.FIELD_VALUE.label() + " not found");
            return false;
        }
        if (labelCol < 0) labelCol = 0;
        Map<String, CellRef> labels = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(labelCol) == null) continue;
            String label = Table.headerText(row.getCell(labelCol));
            for (Column f : Schema.REPORT_FIELDS) {
                if (!Headers.matches(label, f.zh(), f.en())) continue;
                CellRef at = new CellRef(name, r, labelCol);
                CellRef first = labels.putIfAbsent(f.field(), at);
                if (first != null) {
                    problems.error(at, "field " + f.label() + " repeats the field at " + first + "; keep only one");
                } else {
                    values.put(f.field(), CellValue.of(row.getCell(valueCol), evaluator));
                    cells.put(f.field(), new CellRef(name, r, valueCol));
                }
                break;
            }
        }
        return true;
    }

    private static Column field(String field) {
        for (Column c : Schema.REPORT_FIELDS) {
            if (c.field().equals(field)) return c;
        }
        throw new IllegalArgumentException(field);
    }

    private CellValue value(String field) {
        CellValue v = values.getOrDefault(field, CellValue.BLANK);
        Column c = field(field);
        if (c.required() && v.isBlank()) {
            CellRef at = cells.get(field);
            if (at == null) {
                problems.error(null, CellRef.quoteSheet(name) + ": required field " + c.label() + " not found in the "
                        + Schema.FIELD_LABEL.label() + " column");
            } else {
                problems.error(at, c.label() + " is required but empty");
            }
        }
        return v;
    }

    private String text(String field) {
        String t = Values.text(cells.get(field), field(field).label(), value(field), problems);
        return t == null || t.isEmpty() ? null : t;
    }

    private Text bilingual(String field) {
        return Text.of(text(field), text(field + "En"));
    }

    private Double number(String field, boolean positive) {
        Double d = Values.plainNumber(cells.get(field), field(field).label(), value(field), problems);
        if (d != null && positive && d <= 0) {
            problems.error(cells.get(field), field(field).label() + " must be greater than 0, found " + CellValue.plain(d));
            return null;
        }
        return d;
    }

    private Long integer(String field) {
        return Values.integer(cells.get(field), field(field).label(), value(field), problems);
    }

    private LocalDate date(String field) {
        return Values.date(cells.get(field), field(field).label(), value(field), problems);
    }

    private <T> T choice(String field, Vocabulary<T> vocabulary) {
        return Values.choice(cells.get(field), field(field).label(), value(field), vocabulary, problems);
    }

    private ReportInfo build() {
        ReportLanguage language = choice("language", Vocabulary.LANGUAGE);
        if (language == null) language = ReportLanguage.ZH_EN;
        LocalDate start = date("periodStart");
        LocalDate end = date("periodEnd");
        if (start != null && end != null && end.isBefore(start)) {
            problems.error(cells.get("periodEnd"), field("periodEnd").label() + " " + end + " is before "
                    + field("periodStart").label() + " " + start + " (" + cells.get("periodStart") + ")");
        }
        Long decimals = integer("decimals");
        if (decimals != null && (decimals < 0 || decimals > 10)) {
            problems.error(cells.get("decimals"), field("decimals").label() + " must be a whole number 0–10, found "
                    + decimals);
            decimals = null;
        }
        Long iterations = integer("mcIterations");
        if (iterations != null && (iterations < 1 || iterations > Integer.MAX_VALUE)) {
            problems.error(cells.get("mcIterations"), field("mcIterations").label()
                    + " must be a positive whole number, found " + iterations);
            iterations = null;
        }
        GwpSet gwp = choice("gwpSet", Vocabulary.GWP);
        String standard = text("standard");
        SystemBoundary boundary = choice("boundary", Vocabulary.BOUNDARY);
        ReportInfo info = new ReportInfo(text("reportNo"), date("issueDate"), language, bilingual("verificationBody"),
                bilingual("productName"), text("model"), bilingual("manufacturer"), bilingual("address"),
                text("legalRepresentative"), text("contactPerson"), text("contactPhone"),
                bilingual("companyProfile"), bilingual("productFunction"), bilingual("processDescription"),
                standard == null ? ReportInfo.DEFAULT_STANDARD : standard, bilingual("functionalUnit"), boundary,
                start, end, number("annualProduction", true), number("productMassKg", true), text("productionRegion"),
                choice("packagingIncluded", Vocabulary.YES_NO), text("pcr"),
                decimals == null ? ReportInfo.DEFAULT_DECIMALS : decimals.intValue(), gwp == null ? GwpSet.AR6 : gwp,
                bilingual("purpose"), bilingual("cutOffRule"), bilingual("allocationRule"), bilingual("assumptions"),
                iterations == null ? null : iterations.intValue(), integer("seed"), cells);
        if (language.hasEn()) {
            for (String f : new String[] {"productName", "manufacturer", "functionalUnit"}) {
                Column en = field(f + "En");
                if (values.getOrDefault(f + "En", CellValue.BLANK).isBlank() && !values.getOrDefault(f, CellValue.BLANK).isBlank()) {
                    CellRef at = cells.get(f + "En");
                    problems.warning(at, (at == null ? CellRef.quoteSheet(name) + ": " : "") + en.label()
                            + " is empty: the English report will show the Chinese text");
                }
            }
        }
        return info;
    }
}
