package dev.pcf.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units an activity amount or a factor's reference may be written in: a table of symbols, the
 * SI prefixes each may take, and aliases (Chinese names included), read by {@link UnitText}'s
 * spelling rules. Matching ignores spaces and the product sign ({@code t·km = tkm = t.km = t*km =
 * t km}), reads powers written {@code m^3}, {@code m³} or {@code m3} alike, takes the Chinese scale
 * words 万 (10⁴) and 亿 (10⁸) and {@code 10^n} before any unit, and ignores case where that is
 * unambiguous ({@code Mwh = MWh}, but {@code MG} could be a tonne or a milligram). Gas volumes are
 * taken at standard conditions, so {@code m3 = Nm3}. Every currency is a dimension of its own.
 */
public final class Units {

    /** The meaning of one spelling, and how a report prints it. */
    private record Meaning(String spelling, Dimension dimension, double toBase, UnitDisplay display) {}

    /** Spelling as written (normalised by {@link UnitText#compact}) → meaning, in table order. */
    private static final Map<String, Meaning> EXACT = new LinkedHashMap<>();
    /** Lower-case spelling → the meanings it may have (more than one: ambiguous). */
    private static final Map<String, Set<Meaning>> FOLDED = new LinkedHashMap<>();

    /** Longer texts are no unit of the table (and are not searched: a hostile workbook could make that slow). */
    static final int MAX_LENGTH = 40;

    private static final Map<Character, Double> PREFIXES = Map.of('k', 1e3, 'M', 1e6, 'G', 1e9, 'T', 1e12, 'P', 1e15,
            'm', 1e-3, 'c', 1e-2, 'd', 1e-1);

    // The table: dimension, size in the dimension's base unit, the report's display spelling (Chinese, English;
    // a symbol and its prefixed forms display as themselves, powers as superscripts), then every spelling read.
    static {
        Dimension e = Dimension.ENERGY;
        symbol(e, 0.0036, "Wh", "kMGT", 1);
        alias(e, 3.6, shown("kWh"), "千瓦时", "度");
        alias(e, 3600, shown("MWh"), "兆瓦时");
        symbol(e, 1e-6, "J", "kMGTP", 1);
        alias(e, 1, shown("MJ"), "兆焦");
        alias(e, 1e3, shown("GJ"), "吉焦");
        alias(e, 1e6, shown("TJ"), "太焦");
        alias(e, 1e-3, shown("kJ"), "千焦");
        symbol(e, 4.1868e-6, "cal", "kMG", 1); // International Table calorie, 4.1868 J (GB/T 2589)
        alias(e, 4.1868e-3, shown("kcal"), "千卡", "大卡");
        // coal equivalent, GB/T 2589-2020: 1 kgce = 7000 kcal = 29.3076 MJ
        alias(e, 29.3076, shown("kgce"), "kgce", "千克标准煤", "公斤标准煤");
        alias(e, 29307.6, shown("tce"), "tce", "吨标准煤", "吨标煤");
        Dimension m = Dimension.MASS;
        symbol(m, 1e-3, "g", "mkMG", 1); // Mg is a tonne, mg a milligram
        symbol(m, 1e3, "t", "k", 1); // no Mt: "MT" is a metric ton in trade, never a megatonne here
        alias(m, 1e3, shown("t"), "tonne", "tonnes", "吨", "公吨");
        alias(m, 1, shown("kg"), "千克", "公斤");
        alias(m, 0.5, shown("斤"), "斤");
        alias(m, 1e-3, shown("g"), "克");
        alias(m, 1e-6, shown("mg"), "毫克");
        Dimension v = Dimension.VOLUME;
        symbol(v, 1, "m3", "cd", 3);
        alias(v, 1, shown("Nm³"), "Nm3", "标准立方米", "标方");
        alias(v, 1, shown("m³"), "立方米", "方", "立方");
        symbol(v, 1e-3, "L", "m", 1);
        alias(v, 1e-3, shown("L"), "litre", "liter", "litres", "liters", "升");
        alias(v, 1e-6, shown("mL"), "毫升");
        Dimension a = Dimension.AREA;
        symbol(a, 1, "m2", "kcm", 2);
        alias(a, 1, shown("m²"), "平方米");
        alias(a, 1e4, shown("ha"), "ha", "公顷");
        alias(a, 1e6, shown("km²"), "平方公里", "平方千米");
        Dimension d = Dimension.DISTANCE;
        symbol(d, 1e-3, "m", "kcm", 1);
        alias(d, 1, shown("km"), "公里", "千米");
        alias(d, 1e-3, shown("m"), "米");
        // counting units follow the language
        alias(Dimension.COUNT, 1, new UnitDisplay("个", "pcs"), "pcs", "pc", "piece", "pieces", "个", "件", "只");
        alias(Dimension.COUNT, 1, new UnitDisplay("台", "unit"), "unit", "units", "台");
        alias(Dimension.COUNT, 1, new UnitDisplay("套", "set"), "set", "sets", "套");
        alias(Dimension.currency("CNY"), 1, new UnitDisplay("元", "CNY"), "元", "CNY", "RMB", "人民币", "人民币元");
        alias(Dimension.currency("CNY"), 1e3, new UnitDisplay("千元", "10³ CNY"), "千元");
        alias(Dimension.currency("USD"), 1, new UnitDisplay("美元", "USD"), "USD", "US$", "美元");
        alias(Dimension.currency("EUR"), 1, new UnitDisplay("欧元", "EUR"), "EUR", "€", "欧元");
    }

    private Units() {}

    /** The same display spelling in both languages (a measured unit's international symbol, GB 3100). */
    private static UnitDisplay shown(String symbol) {
        return new UnitDisplay(symbol, symbol);
    }

    /**
     * A symbol and its prefixed forms, each displayed as itself with its power as a superscript ({@code km2} →
     * {@code km²}); a prefix scales a power-n unit by prefix^n (km2 = 10⁶ m2).
     */
    private static void symbol(Dimension dimension, double toBase, String symbol, String prefixes, int power) {
        alias(dimension, toBase, shown(superscriptPower(symbol, power)), symbol);
        for (char p : prefixes.toCharArray()) {
            alias(dimension, toBase * Math.pow(PREFIXES.get(p), power), shown(superscriptPower(p + symbol, power)),
                    p + symbol);
        }
    }

    private static String superscriptPower(String symbol, int power) {
        return power == 1 ? symbol : symbol.substring(0, symbol.length() - 1) + "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(power);
    }

    private static void alias(Dimension dimension, double toBase, UnitDisplay display, String... spellings) {
        for (String s : spellings) {
            Meaning meaning = new Meaning(s, dimension, toBase, display);
            Meaning old = EXACT.put(UnitText.compact(s), meaning);
            if (old != null) throw new IllegalStateException("unit spelled twice: " + s);
            FOLDED.computeIfAbsent(UnitText.compact(s).toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(meaning);
        }
    }

    /**
     * How a report prints a unit of the table: one canonical spelling per language, whatever spelling the
     * workbook used ({@code 千瓦时}, {@code 度}, {@code KWH} → {@code kWh}; {@code 台} → {@code 台} / {@code unit};
     * {@code 万千瓦时} → {@code 万kWh} / {@code 10⁴ kWh}; {@code 吨公里} → {@code t·km}). Only a simple unit,
     * possibly scaled or a freight unit; a quotient or a mass of a gas is the caller's to split.
     *
     * @param text the unit as written
     * @return the display spellings, or empty when the table does not know the unit
     */
    public static Optional<UnitDisplay> display(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) return Optional.empty();
        UnitText.Scaled s = UnitText.scaled(text);
        Optional<UnitDisplay> d = simple(s.rest()).map(Meaning::display);
        if (d.isEmpty()) {
            d = freightParts(s.rest()).map(p -> new UnitDisplay(p[0].display().zh() + "·" + p[1].display().zh(),
                    p[0].display().en() + "·" + p[1].display().en()));
        }
        return d.map(x -> x.scaled(s.scale(), s.written()));
    }

    /**
     * Parses a unit the table knows.
     *
     * @param text the unit as written, e.g. {@code kWh}, {@code 千瓦时}, {@code t·km}, {@code Nm³}, {@code 万元},
     *             {@code kgCO2e} (an emission known directly)
     * @return the unit, or empty when {@code text} is null, blank or not a known unit
     */
    public static Optional<Unit> parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) return Optional.empty();
        UnitText.Scaled s = UnitText.scaled(text);
        Optional<Meaning> m = simple(s.rest());
        if (m.isEmpty()) m = freight(s.rest());
        if (m.isEmpty()) m = emission(s.rest());
        return m.map(x -> new Unit(text.strip(), x.dimension(), x.toBase() * s.scale()));
    }

    /**
     * A unit the table knows, or else a unit of the company's own: counted as written, converting only
     * into itself (see {@link Dimension#own}).
     *
     * @param text the unit as written, not blank
     */
    static Unit parseOrOwn(String text) {
        return parse(text).orElseGet(() -> new Unit(text.strip(), Dimension.own(key(text)), 1));
    }

    /** A mass unit at the start of {@code text}, the longest that parses: {@code kg} of {@code kgCO2e}. */
    static Optional<Unit> massPrefix(String text) {
        for (int i = Math.min(text.length(), 12); i > 0; i--) {
            String head = text.substring(0, i);
            if (Character.isHighSurrogate(head.charAt(i - 1))) continue;
            Optional<Unit> u = parse(head);
            if (u.isPresent() && u.get().dimension().equals(Dimension.MASS)) return u;
        }
        return Optional.empty();
    }

    /**
     * The matching key of a unit: {@link UnitText#compact} in lower case. Two spellings with the same key
     * are the same unit of a company's own ({@code kg N = kgN}).
     */
    static String key(String text) {
        return UnitText.compact(text).toLowerCase(Locale.ROOT);
    }

    /**
     * What to tell a user whose unit is unknown: the nearest known spelling ({@code kwhh} → {@code kWh}),
     * or, when only the case is off and two units differ by it ({@code MG}), both.
     *
     * @return e.g. {@code did you mean "kWh"?}, or empty when nothing is near
     */
    static Optional<String> hint(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) return Optional.empty();
        UnitText.Scaled s = UnitText.scaled(text);
        String head = s.written();
        Set<Meaning> folded = FOLDED.getOrDefault(s.rest().toLowerCase(Locale.ROOT), Set.of());
        if (folded.size() > 1) {
            List<String> both = folded.stream().map(x -> "\"" + head + x.spelling() + "\" (" + x.dimension().description()
                    + ", " + Labels.number(x.toBase()) + " " + x.dimension().base() + ")").toList();
            return Optional.of("the case decides: did you mean " + String.join(" or ", both) + "?");
        }
        return nearest(s.rest()).map(n -> "did you mean \"" + head + n + "\"?");
    }

    /** The nearest known spelling by edit distance (case ignored), within 1 edit for short words and 2 for longer. */
    static Optional<String> nearest(String compact) {
        String lower = compact.toLowerCase(Locale.ROOT);
        int limit = lower.length() <= 3 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Meaning m : EXACT.values()) {
            String candidate = UnitText.compact(m.spelling()).toLowerCase(Locale.ROOT);
            int dist = UnitText.distance(lower, candidate);
            if (dist < bestDistance && dist < candidate.length()) { // never a one-letter unit for a two-letter typo
                bestDistance = dist;
                best = m.spelling();
            }
        }
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Every spelling of the table, in table order (prefixed forms included). */
    static List<String> spellings() {
        return new ArrayList<>(EXACT.values().stream().map(Meaning::spelling).toList());
    }

    private static Optional<Meaning> simple(String compact) {
        Meaning exact = EXACT.get(compact);
        if (exact != null) return Optional.of(exact);
        Set<Meaning> folded = FOLDED.getOrDefault(compact.toLowerCase(Locale.ROOT), Set.of());
        return folded.size() == 1 ? Optional.of(folded.iterator().next()) : Optional.empty();
    }

    /** A mass times a distance: {@code t·km}, {@code tkm}, {@code 吨公里}, {@code kg·km}. Base t·km. */
    private static Optional<Meaning> freight(String compact) {
        return freightParts(compact).map(p -> new Meaning(compact, Dimension.FREIGHT,
                p[0].toBase() / 1000 * p[1].toBase(), null));
    }

    /** The mass and the distance of a freight unit. */
    private static Optional<Meaning[]> freightParts(String compact) {
        for (int i = 1; i < compact.length(); i++) {
            Optional<Meaning> mass = simple(compact.substring(0, i)).filter(x -> x.dimension().equals(Dimension.MASS));
            Optional<Meaning> distance = simple(compact.substring(i)).filter(x -> x.dimension().equals(Dimension.DISTANCE));
            if (mass.isPresent() && distance.isPresent()) return Optional.of(new Meaning[] {mass.get(), distance.get()});
        }
        return Optional.empty();
    }

    /** A mass of CO2e ({@code kgCO2e}, {@code t CO2-eq}): an emission known directly. Base kg CO2e. */
    private static Optional<Meaning> emission(String compact) {
        for (int i = compact.length() - 1; i > 0; i--) {
            Optional<Meaning> mass = simple(compact.substring(0, i)).filter(x -> x.dimension().equals(Dimension.MASS));
            if (mass.isPresent() && GasText.isCo2e(compact.substring(i))) {
                return Optional.of(new Meaning(compact, Dimension.EMISSION, mass.get().toBase(), null));
            }
        }
        return Optional.empty();
    }
}
