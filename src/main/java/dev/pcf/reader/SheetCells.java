package dev.pcf.reader;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects one worksheet's cells for the {@link Grid} from the events of {@link SheetScan}'s pass, so
 * that each sheet's XML is parsed once. Gives up ({@link #failed}) at the first thing POI's model
 * might read differently: a formula, a cell or row without its reference or out of order, an unknown
 * cell type, a value POI would reject, column styles, markup-compatibility content.
 */
final class SheetCells {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private static final int OTHER = 0;
    private static final int WORKSHEET = 1;
    private static final int SHEET_DATA = 2;
    private static final int ROW = 3;
    private static final int CELL = 4;
    private static final int VALUE = 5;
    private static final int INLINE = 6;
    private static final int MERGES = 7;
    private static final int COLS = 8;

    private final String name;
    private final GridStyles styles;
    private final List<String> strings;
    private int[] kinds = new int[16];
    private int depth;
    private boolean failed;
    private boolean columnStyles;
    private boolean unstyledCell;

    private int row = -1;
    private int lastColumn;
    private final List<Integer> rows = new ArrayList<>();
    private final List<int[]> columns = new ArrayList<>();
    private final List<Object[]> values = new ArrayList<>();
    private int[] rowColumns = new int[8];
    private Object[] rowValues = new Object[8];
    private int rowCells;
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private String drawingId;

    private int column;
    private String type;
    private String style;
    private final StringBuilder v = new StringBuilder();
    private int valueCount;
    private RichText inline;
    private String inlineText;
    private int inlineDepth;

    SheetCells(String name, GridStyles styles, List<String> strings) {
        this.name = name;
        this.styles = styles;
        this.strings = strings;
    }

    boolean failed() {
        return failed;
    }

    /** The relationship id of the sheet's drawing, or null. */
    String drawingId() {
        return drawingId;
    }

    /** Takes one event of the sheet's XML (the reader is positioned on it). */
    void event(int ev, XMLStreamReader x) {
        if (failed) return;
        try {
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> start(x);
                case XMLStreamConstants.END_ELEMENT -> end();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text(x.getText());
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> failed = true;
                default -> { }
            }
        } catch (RuntimeException e) {
            // whatever POI makes of it, the grid does not guess
            failed = true;
        }
    }

    private void start(XMLStreamReader x) {
        String ns = x.getNamespaceURI();
        String local = x.getLocalName();
        if (MC.equals(ns)) {
            failed = true;
            return;
        }
        if (++depth >= kinds.length) kinds = Arrays.copyOf(kinds, kinds.length * 2);
        if (inline != null) {
            inline.start(local, MAIN.equals(ns));
            kinds[depth] = OTHER;
            return;
        }
        int parent = depth == 1 ? -1 : kinds[depth - 1];
        boolean main = MAIN.equals(ns);
        int kind = OTHER;
        if (depth == 1) {
            if (!main || !local.equals("worksheet")) failed = true;
            kind = WORKSHEET;
        } else if (main && parent == WORKSHEET && local.equals("sheetData")) {
            kind = SHEET_DATA;
        } else if (main && parent == WORKSHEET && local.equals("mergeCells")) {
            kind = MERGES;
        } else if (main && parent == WORKSHEET && local.equals("cols")) {
            kind = COLS;
        } else if (main && parent == WORKSHEET && local.equals("drawing")) {
            drawingId = x.getAttributeValue(REL, "id");
            if (drawingId == null) failed = true;
        } else if (main && parent == MERGES && local.equals("mergeCell")) {
            merged.add(CellRangeAddress.valueOf(x.getAttributeValue(null, "ref")));
        } else if (main && parent == COLS && local.equals("col")) {
            columnStyles |= x.getAttributeValue(null, "style") != null;
        } else if (main && parent == SHEET_DATA && local.equals("row")) {
            kind = ROW;
            startRow(x.getAttributeValue(null, "r"));
        } else if (main && parent == ROW && local.equals("c")) {
            kind = CELL;
            startCell(x.getAttributeValue(null, "r"), x.getAttributeValue(null, "t"), x.getAttributeValue(null, "s"));
        } else if (main && parent == CELL && local.equals("v")) {
            kind = VALUE;
            failed |= ++valueCount > 1;
        } else if (main && parent == CELL && local.equals("is")) {
            kind = INLINE;
            inline = new RichText();
            inlineDepth = depth;
        } else if (local.equals("f") || local.equals("c") || local.equals("row") || local.equals("v") || local.equals("is")) {
            // a formula, or a cell-like element where POI's model would not look for one
            failed = true;
        }
        kinds[depth] = kind;
    }

    private void text(String s) {
        if (inline != null) inline.text(s);
        else if (kinds[depth] == VALUE) v.append(s);
    }

    private void end() {
        if (inline != null && depth > inlineDepth) {
            inline.end();
            depth--;
            return;
        }
        switch (kinds[depth]) {
            case INLINE -> {
                inlineText = inline.result();
                failed |= inlineText == null;
                inline = null;
            }
            case CELL -> endCell();
            case ROW -> endRow();
            default -> { }
        }
        depth--;
    }

    private void startRow(String r) {
        long n = r == null ? -1 : Long.parseLong(r);
        if (n < 1 || n > 1_048_576 || n - 1 <= row) {
            failed = true;
            return;
        }
        row = (int) (n - 1);
        lastColumn = -1;
        rowCells = 0;
    }

    private void endRow() {
        if (rowCells == 0) return;
        rows.add(row);
        columns.add(Arrays.copyOf(rowColumns, rowCells));
        values.add(Arrays.copyOf(rowValues, rowCells));
    }

    private void startCell(String r, String t, String s) {
        int col = r == null ? -1 : column(r, row);
        if (col <= lastColumn) {
            failed = true;
            return;
        }
        column = col;
        lastColumn = column;
        type = t;
        style = s;
        v.setLength(0);
        valueCount = 0;
        inlineText = null;
    }

    private void endCell() {
        if (failed) return;
        int xf = 0;
        if (style == null) unstyledCell = true;
        else xf = Integer.parseInt(style);
        if (xf < 0 || xf >= styles.count()) {
            failed = true;
            return;
        }
        String value = valueCount == 0 ? null : v.toString();
        Object cell = switch (type == null ? "n" : type) {
            case "n" -> value == null ? CellValue.BLANK : styles.number(xf, value.isEmpty() ? 0.0 : Double.parseDouble(value));
            case "b" -> new CellValue.Bool("1".equals(value));
            case "e" -> new CellValue.Err(FormulaError.forInt(value == null ? 0
                    : FormulaError.forString(value).getCode()).getString());
            case "s" -> value == null ? "" : strings.get(Integer.parseInt(value));
            case "inlineStr" -> inlineText != null ? inlineText : value == null ? "" : RichText.decode(value);
            case "str" -> value == null ? "" : RichText.decode(value);
            default -> null;
        };
        if (cell == null) {
            failed = true;
            return;
        }
        if (rowCells == rowColumns.length) {
            rowColumns = Arrays.copyOf(rowColumns, rowCells * 2);
            rowValues = Arrays.copyOf(rowValues, rowCells * 2);
        }
        rowColumns[rowCells] = column;
        rowValues[rowCells++] = cell;
    }

    /**
     * The 0-based column of a plain reference such as {@code AB12} on this 0-based row, as POI's
     * {@code CellReference} reads it; -1 for any other form (lower case, {@code $}, another row,
     * beyond column XFD), which the grid leaves to POI.
     */
    static int column(String ref, int row) {
        int i = 0;
        int col = 0;
        while (i < ref.length() && i < 3 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            col = col * 26 + (ref.charAt(i++) - 'A' + 1);
        }
        if (i == 0 || col > 16_384 || i == ref.length() || ref.charAt(i) == '0') return -1;
        long r = 0;
        for (int j = i; j < ref.length(); j++) {
            char c = ref.charAt(j);
            if (c < '0' || c > '9' || j - i > 7) return -1;
            r = r * 10 + (c - '0');
        }
        return r - 1 == row ? col - 1 : -1;
    }

    /** The sheet, or null when it cannot be represented exactly. */
    Grid.Sheet finish(List<Page.Pic> pictures) {
        // a cell without a style of its own takes its column's in POI's model
        if (failed || unstyledCell && columnStyles || depth != 0) return null;
        int[][] cols = columns.toArray(new int[0][]);
        Object[][] vals = values.toArray(new Object[0][]);
        return new Grid.Sheet(name, rows.stream().mapToInt(Integer::intValue).toArray(), cols, vals, merged, pictures);
    }
}
