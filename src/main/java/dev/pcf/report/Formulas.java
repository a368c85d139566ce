package dev.pcf.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chemical formulas as a reader expects them in running text, headings and captions: CO₂, CH₄, N₂O,
 * SF₆, NF₃ with subscript digits (Unicode U+2080–U+2089, in the embedded fonts), also inside units
 * such as kgCO₂e, but not inside an identifier such as EF-N2O. Table cells keep the ASCII spelling the workbook and the JSON use, except the gas
 * column of the by-gas table.
 */
final class Formulas {
    private static final Pattern FORMULA = Pattern.compile("(?<![A-Z0-9_-])(CO2|CH4|N2O|SF6|NF3)(?![0-9])");

    private Formulas() {}

    /** The text with every CO2, CH4, N2O, SF6 and NF3 written with subscripts; null stays null. */
    static String chemical(String text) {
        if (text == null || text.indexOf('2') < 0 && text.indexOf('4') < 0 && text.indexOf('6') < 0
                && text.indexOf('3') < 0) {
            return text;
        }
        Matcher m = FORMULA.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(subscript(m.group(1))));
        m.appendTail(sb);
        return sb.toString();
    }

    private static String subscript(String formula) {
        StringBuilder sb = new StringBuilder(formula.length());
        for (char c : formula.toCharArray()) sb.append(Character.isDigit(c) ? (char) ('\u2080' + (c - '0')) : c);
        return sb.toString();
    }
}
