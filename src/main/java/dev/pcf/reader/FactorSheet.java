package dev.pcf.reader;

import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Factor;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the 排放因子 Factors sheet. */
final class FactorSheet {
    private FactorSheet() {}

    /**
     * @param factors the valid factors, indexed in order
     * @param byId    valid factors keyed by upper-case ID
     * @param seen    every ID written in the sheet, upper case, also those of rows in error
     */
    record Result(List<Factor> factors, Map<String, Factor> byId, Set<String> seen, boolean read) {

        /** Whether an ID was written in the sheet (or the sheet could not be read, so nothing is known). */
        boolean reported(String key) {
            return !read || seen.contains(key);
        }
    }

    private record Draft(RowReader row, String id, Text name, Double value, String unit, String gas,
                         CarbonOrigin origin, Double ncv, String ncvUnit, Double cc, Double of,
                         String source, String year, UncertaintyInput uncertainty, String notes) {}

    static Result read(Table table, Problems problems, boolean wantEnglish) {
        Map<String, RowReader> firstRow = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> broken = new HashSet<>();
        List<Draft> drafts = new ArrayList<>();
        for (RowReader row : table.rows(problems)) {
            String id = row.text(Factor.ID);
            String key = id.toUpperCase(Locale.ROOT);
            if (!id.isEmpty()) {
                seen.add(key);
                RowReader first = firstRow.putIfAbsent(key, row);
                if (first != null) {
                    row.error(Factor.ID, row.label(Factor.ID) + " \"" + id + "\" repeats the factor at "
                            + first.ref(Factor.ID));
                    broken.add(key);
                }
            }
            Text name = Text.of(row.text(Factor.NAME_ZH), row.text(Factor.NAME_EN));
            if (wantEnglish && table.hasColumn(Factor.NAME_EN) && row.blank(Factor.NAME_EN) && !name.zh().isEmpty()) {
                row.warning(Factor.NAME_EN, row.label(Factor.NAME_EN) + " is empty: the English report will show \""
                        + name.zh() + "\"");
            }
            CarbonOrigin origin = row.choice(Factor.ORIGIN, Vocabulary.ORIGIN);
            if (origin == null) origin = CarbonOrigin.FOSSIL;
            Double value = row.number(Factor.VALUE);
            if (value != null) {
                if (origin == CarbonOrigin.BIOGENIC_REMOVAL && value > 0) {
                    row.error(Factor.VALUE, row.label(Factor.VALUE) + " must be ≤ 0 for carbon origin biogenic-removal, found "
                            + CellValue.plain(value));
                } else if (origin != CarbonOrigin.BIOGENIC_REMOVAL && value < 0) {
                    row.error(Factor.VALUE, row.label(Factor.VALUE) + " must be ≥ 0, found " + CellValue.plain(value)
                            + " (only carbon origin biogenic-removal takes negative values)");
                }
            }
            Double ncv = row.number(Factor.NCV);
            if (ncv != null && ncv <= 0) {
                row.error(Factor.NCV, row.label(Factor.NCV) + " must be greater than 0, found " + CellValue.plain(ncv));
            }
            Double cc = row.number(Factor.CARBON_CONTENT);
            if (cc != null && cc < 0) {
                row.error(Factor.CARBON_CONTENT, row.label(Factor.CARBON_CONTENT) + " must be ≥ 0, found " + CellValue.plain(cc));
            }
            Double of = oxidationRate(row);
            if (value == null && row.blank(Factor.VALUE) && (cc == null || of == null)
                    && (row.blank(Factor.CARBON_CONTENT) || row.blank(Factor.OXIDATION_RATE))) {
                row.error(Factor.VALUE, row.label(Factor.VALUE) + " is empty: give the factor, or "
                        + row.label(Factor.CARBON_CONTENT) + " and " + row.label(Factor.OXIDATION_RATE));
            }
            UncertaintyInput u = UncertaintyColumns.read(row, value, Factor.VALUE);
            Draft d = new Draft(row, id, name, value, row.text(Factor.UNIT), row.optText(Factor.GAS), origin, ncv,
                    row.optText(Factor.NCV_UNIT), cc, of, row.optText(Factor.SOURCE), row.optText(Factor.YEAR), u,
                    row.optText(Factor.NOTES));
            if (row.failed()) {
                broken.add(key);
            } else {
                drafts.add(d);
            }
        }
        List<Factor> factors = new ArrayList<>();
        Map<String, Factor> byId = new LinkedHashMap<>();
        for (Draft d : drafts) {
            String key = d.id().toUpperCase(Locale.ROOT);
            if (broken.contains(key)) continue;
            Factor f = new Factor(factors.size(), d.id(), d.name(), d.value(), d.unit(), d.gas(), d.origin(), d.ncv(),
                    d.ncvUnit(), d.cc(), d.of(), d.source(), d.year(), d.uncertainty(), d.notes(), d.row().cells());
            factors.add(f);
            byId.put(key, f);
        }
        return new Result(List.copyOf(factors), Map.copyOf(byId), Set.copyOf(seen), true);
    }

    /** 0.98, "98%" and 98 % formatted 0.98 give 0.98; a number above 1 up to 100 is read as percent. */
    private static Double oxidationRate(RowReader row) {
        Values.Number n = row.rawNumber(Factor.OXIDATION_RATE);
        if (n == null) return null;
        double of = n.value();
        if (!n.percent() && of > 1 && of <= 100) of = java.math.BigDecimal.valueOf(of).movePointLeft(2).doubleValue();
        if (of < 0 || of > 1) {
            row.error(Factor.OXIDATION_RATE, row.label(Factor.OXIDATION_RATE) + " must be a fraction 0–1 or a percent up to 100, found "
                    + row.value(Factor.OXIDATION_RATE).found());
            return null;
        }
        return of;
    }
}
