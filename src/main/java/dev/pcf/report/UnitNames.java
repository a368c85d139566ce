package dev.pcf.report;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the report spells a unit: one canonical spelling per language, whatever the company typed
 * ({@code 千瓦时}, {@code 度}, {@code KWH} → {@code kWh}). Measured units are printed with their
 * international symbols in both languages, as GB 3100 asks of technical documents and as Chinese
 * verification reports write them ({@code kWh}, {@code kg}, {@code m³}, {@code t·km}); counting units
 * and the Chinese scale word 万 follow the language ({@code 台} / {@code unit}, {@code 万kWh} /
 * {@code 10⁴ kWh}). A compound unit is respelled part by part: {@code kgCO2e/千瓦时} → {@code kgCO2e/kWh}.
 * A part the table does not know is printed as written.
 */
final class UnitNames {
    /** Canonical Chinese and English spelling. */
    private record Name(String zh, String en) {}

    private static final Map<String, Name> NAMES = new HashMap<>();
    /** A mass unit followed by a gas: kgCO2e, t CO2, 千克CO2-eq, kgCH4-fossil. */
    private static final Pattern GAS_MASS = Pattern.compile("(?i)(kg|t|g|千克|公斤|吨|克)\\s*[-·]?\\s*(CO2|CH4|N2O|SF6|NF3|HFC|PFC)(.*)");

    static {
        put("kWh", "kWh", "kWh", "千瓦时", "度", "千瓦·时");
        put("MWh", "MWh", "MWh", "兆瓦时");
        put("万kWh", "10⁴ kWh", "万kWh", "万千瓦时", "万度", "10^4kWh");
        put("GWh", "GWh", "GWh");
        put("Wh", "Wh", "Wh");
        put("MJ", "MJ", "MJ", "兆焦");
        put("GJ", "GJ", "GJ", "吉焦");
        put("TJ", "TJ", "TJ", "太焦");
        put("kJ", "kJ", "kJ", "千焦");
        put("kcal", "kcal", "kcal", "千卡", "大卡");
        put("kgce", "kgce", "kgce", "千克标准煤", "公斤标准煤");
        put("tce", "tce", "tce", "吨标准煤", "吨标煤");
        put("万tce", "10⁴ tce", "万tce", "万吨标准煤");
        put("g", "g", "g", "克");
        put("kg", "kg", "kg", "千克", "公斤");
        put("t", "t", "t", "tonne", "tonnes", "吨");
        put("Gg", "Gg", "Gg");
        put("万t", "10⁴ t", "万t", "万吨");
        put("m³", "m³", "m3", "立方米", "方");
        put("Nm³", "Nm³", "Nm3", "标准立方米", "标方");
        put("万m³", "10⁴ m³", "万m3", "10^4m3", "万立方米", "万方");
        put("万Nm³", "10⁴ Nm³", "万Nm3", "10^4Nm3", "万标准立方米");
        put("L", "L", "L", "升");
        put("t·km", "t·km", "t·km", "tkm", "tonne·km", "吨公里", "吨·公里", "吨千米", "吨·千米");
        put("kg·km", "kg·km", "kg·km", "千克公里");
        put("km", "km", "km", "公里", "千米");
        put("m", "m", "m", "米");
        put("个", "pcs", "pcs", "pc", "piece", "pieces", "个", "件", "只");
        put("台", "unit", "unit", "units", "台");
        put("套", "set", "set", "sets", "套");
        put("元", "CNY", "元", "CNY", "RMB", "人民币");
        put("万元", "10⁴ CNY", "万元", "万元人民币");
    }

    private UnitNames() {}

    private static void put(String zh, String en, String... spellings) {
        Name n = new Name(zh, en);
        for (String s : spellings) NAMES.put(key(s), n);
        NAMES.put(key(zh), n);
    }

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
        Name n = NAMES.get(key(p));
        if (n != null) return chinese ? n.zh() : n.en();
        Matcher m = GAS_MASS.matcher(p);
        if (m.matches()) {
            Name mass = NAMES.get(key(m.group(1)));
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

    /** NFKC, lower case, without spaces or the separators that do not change a unit's meaning. */
    static String key(String text) {
        String s = Normalizer.normalize(text.replace("10⁴", "10^4"), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "·⋅∙•・*.×-^".indexOf(c) >= 0) continue;
            sb.append(c);
        }
        return sb.toString();
    }
}
