package dev.pcf.template;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.FactorField;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Versions of the factor library's official values. A library factor whose ID ends in its year
 * ({@code EF-ELEC-CN-2023}) belongs to the series named by the rest of the ID ({@code EF-ELEC-CN});
 * the latest year of a series is its current official value. When a workbook's activity rows use a
 * library factor of an older year, validation warns and names both.
 */
public final class LibraryVersions {
    private LibraryVersions() {}

    /** A library row: ID, year, value and unit. */
    record Version(String id, int year, String value, String unit) {}

    /** Library ID (upper case) → its version, for the rows whose ID ends in -year. */
    private static final Map<String, Version> BY_ID = new HashMap<>();
    /** Series → its newest version. */
    private static final Map<String, Version> NEWEST = new HashMap<>();

    static {
        for (Map<String, String> row : FactorLibrary.rows()) {
            String id = row.get(Factor.ID);
            String year = row.getOrDefault(Factor.YEAR, "").strip();
            if (!year.matches("\\d{4}") || !id.endsWith("-" + year)) continue;
            Version v = new Version(id, Integer.parseInt(year), row.getOrDefault(Factor.VALUE, ""),
                    row.getOrDefault(Factor.UNIT, ""));
            BY_ID.put(id.toUpperCase(Locale.ROOT), v);
            NEWEST.merge(series(v), v, (a, b) -> a.year() >= b.year() ? a : b);
        }
    }

    private static String series(Version v) {
        return v.id().substring(0, v.id().length() - 5).toUpperCase(Locale.ROOT);
    }

    /** The newer official value of the library factor with this ID, or null when it is the newest or not the library's. */
    static Version newer(String id) {
        Version v = BY_ID.get(id.toUpperCase(Locale.ROOT));
        if (v == null) return null;
        Version newest = NEWEST.get(series(v));
        return newest.year() > v.year() ? newest : null;
    }

    /**
     * Checks which library factors a workbook uses.
     *
     * @param wb the workbook, as read
     * @return a warning at the ID cell of each used library factor that the library holds a newer value of
     */
    public static List<Problem> check(PcfWorkbook wb) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Activity a : wb.activities()) {
            if (a.factorId() != null && !a.factorId().isEmpty()) uses.merge(a.factorId(), 1, Integer::sum);
        }
        for (Factor f : wb.factors()) {
            Version newer = newer(f.id());
            Integer n = uses.get(f.id());
            if (newer == null || n == null) continue;
            Version old = BY_ID.get(f.id().toUpperCase(Locale.ROOT));
            problems.add(Problem.warning(f.cells().cell(Factor.ID), FactorField.ID.label() + " " + f.id() + " is the factor library's "
                    + old.year() + " value (" + old.value() + " " + old.unit() + "), used by " + n
                    + (n == 1 ? " activity row" : " activity rows") + "; the library holds a newer official value: "
                    + newer.id() + " (" + newer.year() + ", " + newer.value() + " " + newer.unit() + "). Use "
                    + newer.id() + " unless the reference period calls for the " + old.year() + " value"));
        }
        return problems;
    }
}
