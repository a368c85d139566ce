package dev.pcf.calc;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units an activity amount or a factor's reference may be written in, Chinese names
 * included. Matching ignores case, spaces and the separator in compound units
 * ({@code t·km = tkm = t.km = t*km = t-km}); superscripts are normalised ({@code m³ = m3},
 * {@code 10⁴Nm³ = 10^4Nm3}). Gas volumes are taken at standard conditions, so {@code m3 = Nm3}.
 */
public final class Units {

    private static final Map<String, Entry> UNITS = new HashMap<>();

    private record Entry(Dimension dimension, double toBase) {}

    static {
        Dimension e = Dimension.ENERGY;
        put(e, 3.6, "kWh", "千瓦时", "度");
        put(e, 3600, "MWh", "兆瓦时");
        put(e, 36000, "万kWh", "万千瓦时", "万度");
        put(e, 3.6e6, "GWh");
        put(e, 0.0036, "Wh");
        put(e, 1, "MJ", "兆焦");
        put(e, 1e3, "GJ", "吉焦");
        put(e, 1e6, "TJ", "太焦");
        put(e, 1e-3, "kJ", "千焦");
        put(e, 4.1868e-3, "kcal", "千卡"); // International Table calorie, 4.1868 J (GB/T 2589)
        // coal equivalent, GB/T 2589-2020: 1 kgce = 7000 kcal = 29.3076 MJ
        put(e, 29.3076, "kgce", "千克标准煤", "公斤标准煤");
        put(e, 29307.6, "tce", "吨标准煤", "吨标煤");
        put(e, 2.93076e8, "万tce", "万吨标准煤");
        Dimension m = Dimension.MASS;
        put(m, 1e-3, "g", "克");
        put(m, 1, "kg", "千克", "公斤");
        put(m, 1e3, "t", "tonne", "tonnes", "吨");
        put(m, 1e6, "Gg");
        put(m, 1e7, "万t", "万吨");
        Dimension v = Dimension.VOLUME;
        put(v, 1, "m3", "Nm3", "立方米", "方", "标准立方米", "标方");
        put(v, 1e4, "10^4Nm3", "10^4m3", "万Nm3", "万m3", "万立方米", "万标准立方米", "万方");
        put(v, 1e-3, "L", "升");
        Dimension f = Dimension.FREIGHT;
        put(f, 1, "t·km", "tonne·km", "吨公里", "吨·公里", "吨千米", "吨·千米");
        put(f, 1e-3, "kg·km", "千克公里");
        Dimension d = Dimension.DISTANCE;
        put(d, 1, "km", "公里", "千米");
        put(d, 1e-3, "m", "米");
        put(Dimension.COUNT, 1, "pcs", "pc", "piece", "pieces", "unit", "units", "个", "件", "台", "套", "只");
    }

    private Units() {}

    private static void put(Dimension dimension, double toBase, String... names) {
        for (String n : names) {
            Entry e = new Entry(dimension, toBase);
            Entry old = UNITS.put(key(n), e);
            if (old != null && !old.equals(e)) throw new IllegalStateException("unit of two meanings: " + n);
        }
    }

    /**
     * Parses a unit.
     *
     * @param text the unit as written, e.g. {@code kWh}, {@code 千瓦时}, {@code t·km}, {@code Nm³}
     * @return the unit, or empty when {@code text} is null, blank or not a known unit
     */
    public static Optional<Unit> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        Entry entry = UNITS.get(key(text));
        return entry == null ? Optional.empty() : Optional.of(new Unit(text.strip(), entry.dimension(), entry.toBase()));
    }

    /**
     * The matching key of a unit text: NFKC-normalised (superscripts and full-width forms become
     * ASCII, {@code 10⁴} becomes {@code 10^4}), lower case, without spaces or the separators
     * {@code · ⋅ ∙ • ・ * . × -}.
     */
    static String key(String text) {
        String s = text.replace("10⁴", "10^4");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "·⋅∙•・*.×-".indexOf(c) >= 0) continue;
            sb.append(c);
        }
        return sb.toString();
    }
}
