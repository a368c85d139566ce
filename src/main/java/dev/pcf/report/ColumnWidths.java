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
    /** A column whose longest cell is at most this wide (in em; four Chinese characters) keeps it on one line. */
    private static final double SHORT_EM = 4;
    /** What such a column adds so the layout's rounding never breaks its last character off (em). */
    private static final double SHORT_SLACK = 0.4;
    /**
     * A word of a wrapping column is given this much more than its estimate: a word a little wider than its column
     * is not broken by the PDF writer but runs into the next column (Emission in the inputs table's Kind column).
     */
    private static final double WORD_SLACK = 1.1;
    /** Bold sans headers run about this much wider than the estimate. */
    private static final double HEADER_BOLD = 1.25;
    /** A column wider than this (in em) wraps anyway; it does not claim more. */
    private static final double MAX_EM = 40;

    private ColumnWidths() {}

    /**
     * Widths fitted to a table, and which columns stay on one line.
     *
     * @param widths one width per column in percent of the table, e.g. {@code 12.5%}
     * @param nowrap per column whether its cells are kept on one line: as asked, except a column of values
     *               with spaces (an amount and its unit) that had to be allowed to wrap at its spaces because the
     *               one-line cells together are wider than the line
     */
    record Fit(List<String> widths, boolean[] nowrap) {}

    /**
     * Widths in percent of the table, e.g. {@code 12.5%}, with the asked columns on one line.
     *
     * @param headers the column headers
     * @param rows    the cells, row by row
     * @param nowrap  per column whether its cells are identifiers kept on one line
     * @param wide    whether the table is set in the smaller {@code wide} style
     */
    static List<String> of(List<String> headers, List<List<String>> rows, boolean[] nowrap, boolean wide) {
        return fit(headers, rows, nowrap, new boolean[nowrap.length], wide).widths();
    }

    /**
     * Fitted widths. Every column gets at least its hard minimum (its widest one-line cell, or its widest word);
     * a column of long text also gets room for a few words a line where the line allows (its soft minimum).
     * Where the soft minima do not fit the line, the widest one-line column that may wrap at its spaces
     * ({@code relaxable}: an amount and its unit, a cell reference) does so, one column at a time, until they fit or
     * none is left; then text columns give way down to their hard minima.
     *
     * @param relaxable per column whether a one-line column may wrap at its spaces when the line is too short
     */
    static Fit fit(List<String> headers, List<List<String>> rows, boolean[] nowrap, boolean[] relaxable,
                   boolean wide) {
        int n = headers.size();
        boolean[] keep = nowrap.clone();
        double line = wide ? LINE_EM_WIDE : LINE_EM;
        double[] hard = new double[n];
        double[] soft = new double[n];
        double[] max = new double[n];
        for (int i = 0; i < n; i++) size(headers.get(i), rows, i, keep[i], hard, soft, max);
        while (sum(soft) > line) {
            int widest = -1;
            for (int i = 0; i < n; i++) {
                if (keep[i] && relaxable[i] && hasSpace(rows, i) && (widest < 0 || hard[i] > hard[widest])) widest = i;
            }
            if (widest < 0) break;
            keep[widest] = false;
            size(headers.get(widest), rows, widest, false, hard, soft, max);
        }
        double sumHard = sum(hard);
        double sumSoft = sum(soft);
        double sumMax = sum(max);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            if (sumMax <= line) w[i] = max[i] / sumMax;
            else if (sumSoft <= line) w[i] = (soft[i] + (max[i] - soft[i]) * (line - sumSoft) / (sumMax - sumSoft)) / line;
            else if (sumHard < line) w[i] = (hard[i] + (soft[i] - hard[i]) * (line - sumHard) / (sumSoft - sumHard)) / line;
            else w[i] = hard[i] / sumHard;
        }
        List<String> out = new ArrayList<>();
        for (double x : w) out.add(String.format(Locale.ROOT, "%.1f%%", x * 100));
        return new Fit(out, keep);
    }

    /**
     * Sizes column {@code i}, padding included: its hard minimum (its widest one-line cell, or its widest word), its
     * soft minimum (a column of long text, a data source or a name, gets room for a few words a line, not one) and the
     * width of its longest cell on one line.
     */
    private static void size(String header, List<List<String>> rows, int i, boolean oneLine, double[] hard,
                             double[] soft, double[] max) {
        double h = longestWord(header) * HEADER_BOLD; // headers are set in bold sans
        double m = Math.min(MAX_EM, width(header) * 0.6);
        for (List<String> r : rows) {
            h = Math.max(h, oneLine ? width(r.get(i)) : longestWord(r.get(i)) * WORD_SLACK);
            m = Math.max(m, Math.min(MAX_EM, width(r.get(i))));
        }
        hard[i] = h + PAD;
        // a column of short words (活动数据, a kind or a unit) keeps them on one line where the line allows
        double few = m <= SHORT_EM ? m + SHORT_SLACK : Math.min(m / 3, TEXT_MIN_EM);
        soft[i] = oneLine ? hard[i] : Math.max(hard[i], few + PAD);
        max[i] = Math.max(m + PAD, soft[i]);
    }

    private static boolean hasSpace(List<List<String>> rows, int i) {
        return rows.stream().anyMatch(r -> r.get(i).strip().indexOf(' ') > 0);
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double x : a) s += x;
        return s;
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
