package dev.pcf.export;

import dev.pcf.model.Numbers;
import dev.pcf.model.Text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PACT declared unit read from the functional unit text. A functional unit that starts
 * with an amount and a physical unit ({@code 1 t 钢材}, {@code 1000 kWh}, {@code 1 m3 …}) declares
 * that unit; anything else ({@code 1 台集中式 DTU}, {@code 1 piece}) is counted in pieces.
 *
 * @param v3Unit the PACT v3 {@code declaredUnitOfMeasurement}
 * @param amount how many of {@code v3Unit} one functional unit is ({@code declaredUnitAmount})
 * @param massKg kg of the declared unit in kg when the unit itself is a mass (t → 1000), else NaN
 */
public record DeclaredUnit(String v3Unit, double amount, double massKg) {
    static final String PIECE = "piece";
    static final String KILOGRAM = "kilogram";

    private static final Pattern LEADING = Pattern.compile(
            "^\\s*(\\d+(?:\\.\\d+)?)?\\s*(t·km|tkm|吨公里|kwh|千瓦时|mwh|mj|gj|kg|千克|公斤|t|吨|m3|m³|立方米|l|升|m2|m²|平方米)(?![a-z])",
            Pattern.CASE_INSENSITIVE);

    /** The amount and the unit, e.g. {@code 1 piece} or {@code 1000 kilogram}. */
    public String label() {
        return Numbers.significant(amount, 10) + " " + v3Unit;
    }

    /** Whether the declared unit is counted in pieces. */
    boolean isPiece() {
        return v3Unit.equals(PIECE);
    }

    /**
     * The declared unit of a functional unit: the English text is tried first, then the Chinese.
     * Without a recognised leading unit: 1 piece.
     */
    public static DeclaredUnit of(Text functionalUnit) {
        for (String s : new String[] {functionalUnit.en(), functionalUnit.zh()}) {
            Matcher m = LEADING.matcher(s);
            if (m.find()) {
                double n = m.group(1) == null ? 1 : Double.parseDouble(m.group(1));
                if (n <= 0) continue;
                DeclaredUnit u = unit(m.group(2).toLowerCase(Locale.ROOT), n);
                if (u != null) return u;
            }
        }
        return new DeclaredUnit(PIECE, 1, Double.NaN);
    }

    private static DeclaredUnit unit(String u, double n) {
        return switch (u) {
            case "kg", "千克", "公斤" -> new DeclaredUnit(KILOGRAM, n, n);
            case "t", "吨" -> new DeclaredUnit(KILOGRAM, n * 1000, n * 1000);
            case "kwh", "千瓦时" -> new DeclaredUnit("kilowatt hour", n, Double.NaN);
            case "mwh" -> new DeclaredUnit("kilowatt hour", n * 1000, Double.NaN);
            case "mj" -> new DeclaredUnit("megajoule", n, Double.NaN);
            case "gj" -> new DeclaredUnit("megajoule", n * 1000, Double.NaN);
            case "m3", "m³", "立方米" -> new DeclaredUnit("cubic meter", n, Double.NaN);
            case "l", "升" -> new DeclaredUnit("liter", n, Double.NaN);
            case "m2", "m²", "平方米" -> new DeclaredUnit("square meter", n, Double.NaN);
            case "t·km", "tkm", "吨公里" -> new DeclaredUnit("ton kilometer", n, Double.NaN);
            default -> null;
        };
    }
}
