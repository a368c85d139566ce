package dev.pcf.report;

import dev.pcf.calc.UnitDisplay;
import dev.pcf.calc.Units;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the report spells a unit: one canonical spelling per language, whatever the company typed
 * ({@code 千瓦时}, {@code 度}, {@code KWH} → {@code kWh}), taken from the units table of the calculation
 * ({@link Units#display}), so that a unit the calculation reads is a unit the report can print. A
 * compound unit is respelled part by part: {@code kgCO2e/千瓦时} → {@code kgCO2e/kWh}; a mass of a gas
 * keeps its gas ({@code 千克CO2e} → {@code kgCO2e}). A part the table does not know is printed as written.
 */
final class UnitNames {
    /** A mass unit followed by a gas: kgCO2e, t CO2, 千克CO2-eq, kgCH4-fossil. */
    private static final Pattern GAS_MASS = Pattern.compile("(?i)(kg|t|g|千克|公斤|吨|克)\\s*[-·]?\\s*(CO2|CH4|N2O|SF6|NF3|HFC|PFC)(.*)");

    private UnitNames() {}

    /**
     * A unit in the canonical spelling of one language; empty for null.
     *
     * @param unit    the unit as written: a unit ({@code 千瓦时}), a factor unit ({@code kgCO2e/千瓦时}) or
     *                an NCV unit ({@code GJ/吨})
     * @param chinese whether the Chinese spelling is wanted
     */
    static String spell(String unit, boolean chinese) {
        if (unit == null || unit.isBlank()) return "";
        String s = Normalizer.normalize(unit, Normalizer.Form.NFKC).strip();
        int slash = s.indexOf('/');
        if (slash < 0) return part(s, chinese);
        return part(s.substring(0, slash), chinese) + "/" + spell(s.substring(slash + 1), chinese);
    }

    /** A unit in the spelling of the mode: Chinese in zh, English in en, in zh+en the Chinese one. */
    static String spell(String unit, Lang lang) {
        return spell(unit, lang.mode != dev.pcf.model.ReportLanguage.EN);
    }

    private static String part(String s, boolean chinese) {
        String p = s.strip();
        Optional<UnitDisplay> known = Units.display(p);
        if (known.isPresent()) return chinese ? known.get().zh() : known.get().en();
        Matcher m = GAS_MASS.matcher(p);
        if (m.matches()) {
            UnitDisplay mass = Units.display(m.group(1)).orElseThrow(() -> new IllegalStateException(m.group(1)));
            return mass.en() + gas(m.group(2).toUpperCase(Locale.ROOT) + m.group(3).strip());
        }
        return p;
    }

    /** The gas part of a mass of gas: CO2e for the spellings of CO2 equivalent, else as written. */
    private static String gas(String g) {
        String k = g.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (k) {
            case "co2e", "co2eq", "co2-eq", "co2-e", "co2equivalent" -> "CO2e";
            default -> g;
        };
    }
}
