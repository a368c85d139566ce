package dev.pcf.calc;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spelling rules of units as companies write them: full-width forms and superscripts
 * ({@code m³ = m^3 = m3}), the product signs {@code · . * ×}, hyphen and space, the quotient
 * {@code /} or a trailing power −1 ({@code kgCO2e·kWh-1}, {@code MJ kg^-1}), and the scale words
 * 万 (10⁴), 亿 (10⁸) and {@code 10^n} before a unit.
 */
final class UnitText {
    private UnitText() {}

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String PRODUCT_SIGNS = "·⋅∙•・*×.-‐‑–—−";
    private static final Pattern TEN_POWER = Pattern.compile("10\\^(-?\\d{1,2})(.+)");
    private static final Pattern INVERSE = Pattern.compile("(.*[\\p{L}\\d)])\\^?-1");

    /** A unit's text split at a scale word: {@code 万kWh} → 10⁴ × {@code kWh}. */
    record Scaled(double scale, String written, String rest) {}

    /**
     * NFKC, superscript digits as powers ({@code ³} → {@code ^3}), en and em dashes and the minus sign as
     * {@code -}, stripped.
     */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 4);
        boolean inPower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int sup = SUPERSCRIPTS.indexOf(c);
            if (c == '⁻' || sup >= 0) {
                if (!inPower) sb.append('^');
                inPower = true;
                sb.append(c == '⁻' ? '-' : (char) ('0' + sup));
                continue;
            }
            inPower = false;
            sb.append(c);
        }
        String s = Normalizer.normalize(sb, Normalizer.Form.NFKC);
        return s.replace('–', '-').replace('—', '-').replace('−', '-').replace('‐', '-').replace('‑', '-').strip();
    }

    /** {@link #normalize}d, without spaces and product signs: the spelling a table lookup sees. */
    static String compact(String text) {
        String s = normalize(text);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || PRODUCT_SIGNS.indexOf(c) >= 0) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    /** The scale word at the start of a unit, and the rest with powers written plainly ({@code m^3} → {@code m3}). */
    static Scaled scaled(String text) {
        String c = compact(text);
        double scale = 1;
        String written = "";
        Matcher m = TEN_POWER.matcher(c);
        if (m.matches()) {
            scale = Math.pow(10, Integer.parseInt(m.group(1)));
            written = "10^" + m.group(1);
            c = m.group(2);
        } else if (c.length() > 1 && (c.charAt(0) == '万' || c.charAt(0) == '亿')) {
            scale = c.charAt(0) == '万' ? 1e4 : 1e8;
            written = c.substring(0, 1);
            c = c.substring(1);
        }
        return new Scaled(scale, written, c.replace("^", ""));
    }

    /**
     * A quotient unit split into numerator and denominator: at its one {@code /}, or at the factors
     * written with the power −1 ({@code kgCO2e·t-1·km-1} → {@code kgCO2e} per {@code t·km}). Brackets
     * around the denominator are dropped: {@code kgCO2e/(t·km)}.
     *
     * @return the two parts, or empty when the text is not one quotient
     */
    static Optional<String[]> quotient(String text) {
        String s = normalize(text);
        int slash = s.indexOf('/');
        if (slash >= 0) {
            if (s.indexOf('/', slash + 1) >= 0) return Optional.empty();
            String num = s.substring(0, slash).strip();
            String den = stripBrackets(s.substring(slash + 1));
            return num.isEmpty() || den.isEmpty() ? Optional.empty() : Optional.of(new String[] {num, den});
        }
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        for (String token : s.split("[\\s·⋅∙•・*×.]+")) {
            if (token.isEmpty()) continue;
            Matcher m = INVERSE.matcher(token);
            if (m.matches() && !num.isEmpty()) den.add(stripBrackets(m.group(1)));
            else if (den.isEmpty()) num.add(token);
            else return Optional.empty(); // a numerator factor after the denominator: not a form we read
        }
        if (num.isEmpty() || den.isEmpty()) return Optional.empty();
        return Optional.of(new String[] {String.join(" ", num), String.join("·", den)});
    }

    static String stripBrackets(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')') {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** Edit distance with adjacent transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
