package dev.pcf.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Column widths that fit a table's content, computed in the view model (the PDF writer's automatic
 * layout splits identifiers such as {@code SC-120} or {@code '排放因子 Factors'!A2} while other
 * columns have room). Widths are estimated in em from the text: a CJK character is 1 em, a Latin
 * letter or digit about 0.55 em. Each column gets at least its widest unbreakable token (a whole cell
 * for identifier columns, which never wrap; else the widest word of a cell or of the header) and
 * shares the rest of the line in proportion to how much more it would need to print its longest cell
 * on one line — the automatic table layout of CSS 2.1, done where it can be tested.
 */
final class ColumnWidths {
    /** Width of the text line of a data table, in em of its font: 170 mm at 8.5 pt, and at 7.5 pt (wide). */
    static final double LINE_EM = 56;
    static final double LINE_EM_WIDE = 64;
    /** Cell padding and borders, in em. */
    private static final double PAD = 0.9;
    /** The least width of a column of long text, in em. */
    private static final double TEXT_MIN_EM = 9;
    /** Bold sans headers run about this much wider than the estimate. */
    private static final double HEADER_BOLD = 1.25;
    /** A column wider than this (in em) wraps anyway; it does not claim more. */
    private static final double MAX_EM = 40;

    private ColumnWidths() {}

    /**
     * Widths in percent of the table, e.g. {@code 12.5%}.
     *
     * @param headers the column headers
     * @param rows    the cells, row by row
     * @param nowrap  per column whether its cells are identifiers kept on one line
     * @param wide    whether the table is set in the smaller {@code wide} style
     */
    static List<String> of(List<String> headers, List<List<String>> rows, boolean[] nowrap, boolean wide) {
        int n = headers.size();
        double[] min = new double[n];
        double[] max = new double[n];
        for (int i = 0; i < n; i++) {
            min[i] = longestWord(headers.get(i)) * HEADER_BOLD; // headers are set in bold sans
            max[i] = Math.min(MAX_EM, width(headers.get(i)) * 0.6);
        }
        for (List<String> r : rows) {
            for (int i = 0; i < n; i++) {
                String t = r.get(i);
                min[i] = Math.max(min[i], nowrap[i] ? width(t) : longestWord(t));
                max[i] = Math.max(max[i], Math.min(MAX_EM, width(t)));
            }
        }
        double line = wide ? LINE_EM_WIDE : LINE_EM;
        double sumMin = 0;
        double sumMax = 0;
        for (int i = 0; i < n; i++) {
            // a column of long text (a data source, a name) gets room for a few words a line, not one
            if (!nowrap[i]) min[i] = Math.max(min[i], Math.min(max[i] / 3, TEXT_MIN_EM));
            min[i] += PAD;
            max[i] = Math.max(max[i] + PAD, min[i]);
            sumMin += min[i];
            sumMax += max[i];
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            if (sumMax <= line) w[i] = max[i] / sumMax;
            else if (sumMin >= line) w[i] = min[i] / sumMin;
            else w[i] = (min[i] + (max[i] - min[i]) * (line - sumMin) / (sumMax - sumMin)) / line;
        }
        List<String> out = new ArrayList<>();
        for (double x : w) out.add(String.format(Locale.ROOT, "%.1f%%", x * 100));
        return out;
    }

    /** The widest run of the text that cannot break: between spaces, and a single CJK character. */
    static double longestWord(String s) {
        double best = 0;
        double run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                run = 0;
            } else if (wide(c)) {
                run = 0;
                best = Math.max(best, 1);
            } else {
                run += em(c);
                best = Math.max(best, run);
            }
        }
        return best;
    }

    /** The width of the whole text on one line, in em. */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) w += wide(s.charAt(i)) ? 1 : em(s.charAt(i));
        return w;
    }

    private static boolean wide(char c) {
        return isWide(c);
    }

    /** Whether a character is set full width (CJK), a line-break opportunity on either side. */
    static boolean isWide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u30ff')
                || (c >= '\uff00' && c <= '\uffef');
    }

    private static double em(char c) {
        if (c == ' ') return 0.25;
        if (Character.isUpperCase(c) || c == 'm' || c == 'w' || c == '%') return 0.7;
        if (Character.isDigit(c)) return 0.6;
        if (".,:;'!|()[]/-·".indexOf(c) >= 0) return 0.3;
        return 0.5;
    }
}
