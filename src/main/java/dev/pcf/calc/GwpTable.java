package dev.pcf.calc;

import dev.pcf.io.Csv;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.GwpSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IPCC GWP-100 values (kg CO2e per kg gas) of AR4, AR5 and AR6, read from the data file
 * {@code gwp-ar.csv} next to this class (reference-data.md §1), with the table each value comes
 * from. Gas names match ignoring case, spaces, hyphens, underscores, brackets and commas, and
 * through aliases ({@code R-134a → HFC-134a}, {@code PFC-14 → CF4}).
 */
public final class GwpTable {

    /** Plain {@code CH4} (or methane) takes its GWP from the carbon origin. */
    private static final Set<String> ORIGIN_DEPENDENT = Set.of("ch4", "methane", "甲烷");
    static final String CH4_FOSSIL = "CH4-fossil";
    static final String CH4_NON_FOSSIL = "CH4-non-fossil";

    /**
     * One gas of the table.
     *
     * @param name    the normalised name, e.g. {@code HFC-134a}
     * @param gwp     GWP-100 per set, kg CO2e per kg
     * @param sources the table each value comes from, per set
     */
    public record Gas(String name, Map<GwpSet, Double> gwp, Map<GwpSet, String> sources) {
        public Gas {
            gwp = Map.copyOf(gwp);
            sources = Map.copyOf(sources);
        }
    }

    private static final class Holder {
        static final GwpTable STANDARD = load();
    }

    private final Map<String, Gas> gases;
    private final Map<String, Gas> byKey;

    private GwpTable(Map<String, Gas> gases, Map<String, Gas> byKey) {
        this.gases = gases;
        this.byKey = byKey;
    }

    /** The table shipped with the tool. */
    public static GwpTable standard() {
        return Holder.STANDARD;
    }

    /** Every gas, in the data file's order. */
    public List<Gas> gases() {
        return List.copyOf(gases.values());
    }

    /**
     * The normalised name of a gas as written.
     *
     * @param written the gas as written in the Gas column or a factor unit, e.g. {@code r134a}, {@code CO2eq}
     * @param origin  the carbon origin: plain CH4 is {@code CH4-non-fossil} for biogenic, biogenic-removal
     *                and dLUC origins (biomass), {@code CH4-fossil} otherwise
     * @return the name, e.g. {@code HFC-134a}, or empty when the gas is not in the table
     */
    public Optional<String> resolve(String written, CarbonOrigin origin) {
        if (written == null) return Optional.empty();
        String key = key(written);
        if (ORIGIN_DEPENDENT.contains(key)) {
            boolean biomass = origin == CarbonOrigin.BIOGENIC || origin == CarbonOrigin.BIOGENIC_REMOVAL
                    || origin == CarbonOrigin.DLUC;
            return Optional.of(biomass ? CH4_NON_FOSSIL : CH4_FOSSIL);
        }
        Gas g = byKey.get(key);
        return g == null ? Optional.empty() : Optional.of(g.name());
    }

    /**
     * GWP-100 of a gas.
     *
     * @param gas normalised name (from {@link #resolve})
     * @param set the GWP set
     * @return kg CO2e per kg of the gas
     * @throws IllegalArgumentException when the gas is not in the table
     */
    public double gwp(String gas, GwpSet set) {
        return gas(gas).gwp().get(set);
    }

    /**
     * The table a value comes from, e.g. {@code IPCC AR6 WG1 Ch.7 Table 7.15}.
     *
     * @throws IllegalArgumentException when the gas is not in the table
     */
    public String source(String gas, GwpSet set) {
        return gas(gas).sources().get(set);
    }

    /** The citation of a set as the report prints it, e.g. {@code IPCC AR6 WG1 Ch.7 Table 7.15}. */
    public String citation(GwpSet set) {
        // every IPCC table lists CO2 = 1, so the CO2 row names the set's table
        return source("CO2", set);
    }

    private Gas gas(String name) {
        Gas g = gases.get(name);
        if (g == null) throw new IllegalArgumentException("gas not in the GWP table: " + name);
        return g;
    }

    /** The matching key of a gas name: NFKC, lower case, without spaces, hyphens, underscores, brackets, commas. */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "-_()[],".indexOf(c) >= 0) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    static GwpTable load() {
        try (InputStream in = GwpTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the classpath");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String RESOURCE = "gwp-ar.csv";

    /**
     * Parses the table from CSV text.
     *
     * @param name the file's name, for messages
     * @throws IllegalStateException naming the file and line of a malformed row
     */
    static GwpTable parse(String text, String name) {
        Map<String, Gas> gases = new LinkedHashMap<>();
        Map<String, Gas> byKey = new HashMap<>();
        GwpSet[] sets = GwpSet.values();
        // RFC 4180, a header row, # comments, blank lines skipped, fields trimmed
        Csv.read(text, name, Csv.Dialect.COMMENTED, header -> {
            for (GwpSet set : sets) {
                for (String column : List.of(set.name(), set.name() + " source")) {
                    if (!header.contains(column)) {
                        throw new IllegalStateException(name + " line 1: no column " + column + " in the header");
                    }
                }
            }
        }, f -> {
            String where = name + " line " + f.line();
            if (f.size() != f.header().size()) {
                throw new IllegalStateException(where + ": " + f.size() + " fields, expected " + f.header().size());
            }
            Map<GwpSet, Double> gwp = new EnumMap<>(GwpSet.class);
            Map<GwpSet, String> sources = new EnumMap<>(GwpSet.class);
            for (GwpSet set : sets) {
                String value = f.get(set.name());
                try {
                    gwp.put(set, Double.parseDouble(value));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(where + ": " + set.name() + " is not a number: " + value, e);
                }
                sources.put(set, f.get(set.name() + " source"));
            }
            Gas gas = new Gas(f.get(0), gwp, sources);
            gases.put(gas.name(), gas);
            List<String> names = new ArrayList<>(List.of(f.get(1).split(";")));
            names.add(gas.name());
            for (String n : names) {
                if (n.isBlank()) continue;
                Gas old = byKey.put(key(n), gas);
                if (old != null && old != gas) throw new IllegalStateException(where + ": name of two gases " + n);
            }
        });
        return new GwpTable(gases, byKey);
    }
}
