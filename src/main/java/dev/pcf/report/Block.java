package dev.pcf.report;

import java.util.List;

/**
 * One display-ready piece of the report body, in document order. Headings, paragraphs, captions and
 * notes write chemical formulas with subscripts ({@link Formulas}). The template switches on
 * {@link #kind()} only; every string is already formatted, rounded and translated.
 */
public sealed interface Block {
    /** {@code heading}, {@code paragraph}, {@code table} or {@code figure}. */
    String kind();

    /**
     * A numbered heading; each becomes a PDF bookmark and a table-of-contents entry.
     *
     * @param level 1–3
     * @param id    anchor, unique in the document
     * @param text  number and title, e.g. {@code 5.2 计算结果 Results}
     */
    record Heading(int level, String id, String text) implements Block {
        public Heading {
            text = Formulas.chemical(text);
        }

        @Override
        public String kind() {
            return "heading";
        }

        /** The HTML element name, {@code h1}…{@code h3}. */
        public String tag() {
            return "h" + level;
        }
    }

    /**
     * A paragraph: the primary text and, in zh+en, its English version shown in a secondary style.
     *
     * @param text      primary text (Chinese in zh+en)
     * @param secondary the English version in zh+en, else empty
     * @param style     CSS class: {@code ""}, {@code note}, {@code item} or {@code formula}
     */
    record Para(String text, String secondary, String style) implements Block {
        public Para {
            if (!"formula".equals(style)) {
                text = Formulas.chemical(text);
                secondary = Formulas.chemical(secondary);
            }
        }

        @Override
        public String kind() {
            return "paragraph";
        }

        /** Whether there is a secondary text to show. */
        public boolean hasSecondary() {
            return !secondary.isEmpty();
        }
    }

    /**
     * A data table.
     *
     * @param caption  caption above the table (names the product), may be empty
     * @param headers  column headers
     * @param align    per column {@code l}, {@code c} or {@code r}, followed by {@code " nw"} for an
     *                 identifier column whose cells never wrap
     * @param widths   per column a CSS width such as {@code 12%}, or empty for automatic widths
     * @param rows     the rows
     * @param note     a note below the table, may be empty
     */
    record Table(String caption, List<String> headers, List<String> align, List<String> widths, List<Row> rows,
                 String note, boolean part) implements Block {
        public Table {
            caption = Formulas.chemical(caption);
            note = Formulas.chemical(note);
            headers = List.copyOf(headers);
            align = List.copyOf(align);
            widths = List.copyOf(widths);
            rows = List.copyOf(rows);
        }

        /** A whole table (not a {@link #part}). */
        public Table(String caption, List<String> headers, List<String> align, List<String> widths, List<Row> rows,
                     String note) {
            this(caption, headers, align, widths, rows, note, false);
        }

        @Override
        public String kind() {
            return "table";
        }

        /** Whether a note follows. */
        public boolean hasNote() {
            return !note.isEmpty();
        }

        /** Whether there is a caption. */
        public boolean hasCaption() {
            return !caption.isEmpty();
        }

        /**
         * The table's CSS classes: {@code data}, plus {@code wide} (a smaller font, tighter padding) for
         * tables of {@value #WIDE_COLUMNS} or more columns, which would otherwise wrap heavily in zh+en, and
         * {@code keep} (not split across pages, so a header is never left alone at a page's foot) for
         * tables of at most {@value #KEEP_ROWS} rows: a longer table moved whole to the next page would
         * leave most of a page blank, so it splits between rows, its header repeated; a {@link #part} of a long
         * table is {@code dense keep part}.
         */
        public String cssClass() {
            if (part) return "data dense keep part";
            return "data" + (headers.size() >= WIDE_COLUMNS ? " wide" : "") + (rows.size() <= KEEP_ROWS ? " keep" : "");
        }

        /**
         * Rows of a {@link #part}: a long table is set as consecutive parts of this many short rows, each kept
         * on one page with its header — a page's worth. (One table of thousands of rows makes Flying Saucer's
         * layout quadratic in its rows.)
         */
        public static final int PART_ROWS = 64;

        /** Tables of at most this many rows are kept on one page. */
        public static final int KEEP_ROWS = 6;

        /** From this many columns on a table is set in the smaller {@code wide} style. */
        public static final int WIDE_COLUMNS = 7;

        /** The rows as the template shows them: each cell with its alignment class. */
        public List<Line> lines() {
            return rows.stream().map(r -> {
                List<Cell> cells = new java.util.ArrayList<>();
                for (int i = 0; i < r.cells().size(); i++) cells.add(new Cell(r.cells().get(i), align.get(i), ""));
                return new Line(cells, r.total() ? "total" : "");
            }).toList();
        }

        /** The header cells with their alignment classes. */
        public List<Cell> head() {
            List<Cell> cells = new java.util.ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                cells.add(new Cell(headers.get(i), align.get(i), widths.isEmpty() ? "" : "width:" + widths.get(i)));
            }
            return cells;
        }

        /** A table row; {@code total} rows are set in bold. */
        public record Row(List<String> cells, boolean total) {
            public Row {
                cells = List.copyOf(cells);
            }
        }

        /** A row as shown: its cells and CSS class ({@code total} or empty). */
        public record Line(List<Cell> cells, String style) {}

        /** A cell: its text, alignment class {@code l}, {@code c} or {@code r}, and CSS style (header widths). */
        public record Cell(String text, String align, String style) {}
    }

    /**
     * A chart or a workbook picture.
     *
     * @param src     {@code chart:NAME} or {@code image:NAME}
     * @param caption caption below, naming the product
     * @param style   CSS size, e.g. {@code width:160mm;height:90mm}
     */
    record Figure(String src, String caption, String style) implements Block {
        public Figure {
            caption = Formulas.chemical(caption);
        }

        @Override
        public String kind() {
            return "figure";
        }
    }
}
