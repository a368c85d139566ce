package dev.pcf.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small factories for table blocks. */
final class Tables {
    private Tables() {}

    /**
     * A table whose column widths fit its content ({@link ColumnWidths}).
     *
     * @param align one letter per column: l, c or r; upper case (L, C) for an identifier column whose
     *              cells are not broken across lines (model numbers, factor IDs, cell references, amounts with
     *              their units), except at their spaces where the table's columns do not fit the line otherwise
     */
    static Block.Table table(String caption, List<String> headers, String align, List<Block.Table.Row> rows,
                             String note) {
        boolean[] nowrap = new boolean[align.length()];
        boolean[] relaxable = new boolean[align.length()];
        // identifier columns and right-aligned (numeric) columns never wrap (report.css: td.nw, td.r); an identifier
        // column with spaces (an amount and its unit, a cell reference) wraps at them where the line is too short
        for (int i = 0; i < nowrap.length; i++) {
            relaxable[i] = Character.isUpperCase(align.charAt(i));
            nowrap[i] = relaxable[i] || align.charAt(i) == 'r';
        }
        if (headers.size() != align.length() || !rows.stream().allMatch(r -> r.cells().size() == headers.size())) {
            return table(caption, headers, align, List.of(), rows, note);
        }
        ColumnWidths.Fit fit = ColumnWidths.fit(headers, rows.stream().map(Block.Table.Row::cells).toList(), nowrap,
                relaxable, headers.size() >= Block.Table.WIDE_COLUMNS);
        StringBuilder fitted = new StringBuilder(align);
        for (int i = 0; i < nowrap.length; i++) {
            if (nowrap[i] && !fit.nowrap()[i]) fitted.setCharAt(i, Character.toLowerCase(align.charAt(i)));
        }
        return table(caption, headers, fitted.toString(), fit.widths(), rows, note);
    }

    /**
     * A table with fixed column widths.
     *
     * @param align  one letter per column: l, c or r (upper case: an identifier column, never wrapped)
     * @param widths one CSS width per column (e.g. {@code 12%}), or empty for automatic widths
     */
    static Block.Table table(String caption, List<String> headers, String align, List<String> widths,
                             List<Block.Table.Row> rows, String note) {
        if (!widths.isEmpty() && widths.size() != headers.size()) {
            throw new IllegalArgumentException(widths.size() + " widths for " + headers.size() + " columns");
        }
        if (align.length() != headers.size()) {
            throw new IllegalArgumentException("align " + align + " for " + headers.size() + " columns");
        }
        List<String> a = new ArrayList<>();
        for (char c : align.toCharArray()) {
            a.add(Character.isUpperCase(c) ? Character.toLowerCase(c) + " nw" : String.valueOf(c));
        }
        for (Block.Table.Row r : rows) {
            if (r.cells().size() != headers.size()) {
                throw new IllegalArgumentException("row of " + r.cells().size() + " cells for " + headers.size()
                        + " columns: " + r.cells());
            }
        }
        return new Block.Table(caption, headers, a, widths, rows, note);
    }

    /**
     * A long table as consecutive {@link Block.Table#part parts} of {@link Block.Table#PART_ROWS} rows each (the
     * first of half as many): the first with the caption, the last with the note.
     */
    static List<Block.Table> parts(String caption, List<String> headers, String align, List<String> widths,
                                   List<Block.Table.Row> rows, String note) {
        Block.Table whole = table(caption, headers, align, widths, rows, note);
        List<Block.Table> parts = new ArrayList<>();
        // the first part is half as long, to fit below the text that leads to the table
        for (int from = 0, n = Block.Table.PART_ROWS / 2; from < rows.size() || from == 0; from += n, n = Block.Table.PART_ROWS) {
            int to = Math.min(rows.size(), from + n);
            parts.add(new Block.Table(from == 0 ? caption : "", whole.headers(), whole.align(), whole.widths(),
                    rows.subList(from, to), to == rows.size() ? note : "", true));
        }
        return parts;
    }

    static Block.Table.Row row(String... cells) {
        return new Block.Table.Row(Arrays.asList(cells), false);
    }

    static Block.Table.Row total(String... cells) {
        return new Block.Table.Row(Arrays.asList(cells), true);
    }

    /** Bilingual header labels of message keys. */
    static List<String> headers(Lang lang, String... keys) {
        List<String> h = new ArrayList<>();
        for (String k : keys) h.add(lang.label(k));
        return h;
    }
}
