package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.model.Problem;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * A streaming pass over every worksheet part of an .xlsx before POI builds its in-memory model:
 * counts cells and formulas and finds the first cell holding data beyond the row and column
 * limits, so that an oversized sheet is refused in bounded memory. A part that declares a DOCTYPE
 * is refused outright (no entity is ever expanded). Given a {@link GridReader}, the same pass also
 * collects each sheet's cells for the {@link Grid}, so that each sheet is parsed once.
 */
final class SheetScan {
    private SheetScan() {}

    static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    /**
     * Scans all worksheets and adds the problems found. Returns whether the workbook may be loaded
     * into memory at all: false for a DOCTYPE, damaged XML or too many cells or formulas; cells
     * beyond the row and column limits are errors but leave the workbook loadable (to annotate it).
     */
    static boolean scan(OPCPackage pkg, List<Problem> problems) throws IOException {
        return scan(pkg, problems, null);
    }

    /**
     * As {@link #scan(OPCPackage, List)}; given a {@code grid} (may be null), the sheets are those of its
     * workbook part, the same as POI's {@link XSSFReader} lists when every sheet is a worksheet (the
     * grid's condition), and every sheet's events are fed to it: it gives up by itself on anything it
     * cannot represent, and the scan's problems are the same either way.
     */
    static boolean scan(OPCPackage pkg, List<Problem> problems, GridReader grid) throws IOException {
        long[] totals = new long[2]; // cells, formulas
        if (grid != null) return grid.scan(totals, problems);
        boolean ok = true;
        try {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    ok &= scanSheet(it.getSheetName(), in, totals, problems, null);
                }
                if (totals[0] > Limits.MAX_CELLS || totals[1] > Limits.MAX_FORMULAS) return false;
            }
        } catch (OpenXML4JException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return ok;
    }

    static boolean scanSheet(String sheet, InputStream in, long[] totals, List<Problem> problems, SheetCells cells)
            throws IOException {
        XMLStreamReader x = null;
        try {
            x = FACTORY.createXMLStreamReader(in);
            int row = -1;
            int col = -1;
            int cellRow = 0;
            int cellCol = 0;
            boolean content = false;
            while (x.hasNext()) {
                int ev = x.next();
                if (cells != null) cells.event(ev, x);
                if (ev == XMLStreamConstants.DTD) {
                    problems.add(Problem.error(null, CellRef.quoteSheet(sheet)
                            + ": the sheet's XML declares a DOCTYPE or entities (possible XML bomb or XXE); refused"));
                    return false;
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "row" -> {
                            String r = x.getAttributeValue(null, "r");
                            row = r == null ? row + 1 : parseRow(r, row + 1);
                            col = -1;
                        }
                        case "c" -> {
                            String r = x.getAttributeValue(null, "r");
                            col = r == null ? col + 1 : parseColumn(r, col + 1);
                            cellRow = Math.max(row, 0);
                            cellCol = col;
                            content = false;
                            if (++totals[0] > Limits.MAX_CELLS) {
                                problems.add(SafeOpen.tooManyCells(sheet, cellRow, cellCol));
                                return false;
                            }
                        }
                        case "f" -> {
                            content = true;
                            if (++totals[1] > Limits.MAX_FORMULAS) {
                                problems.add(Problem.error(new CellRef(sheet, cellRow, cellCol), "the workbook has more than "
                                        + String.format(Locale.ROOT, "%,d", Limits.MAX_FORMULAS)
                                        + " formulas, the limit; replace formulas by their values (Paste Special › Values)"));
                                return false;
                            }
                        }
                        case "v", "is" -> content = true;
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c") && content) {
                    Problem p = Limits.position(sheet, cellRow, cellCol);
                    if (p != null) {
                        // the first such cell is enough; the rest of the sheet is not looked at
                        problems.add(p);
                        return true;
                    }
                }
            }
            return true;
        } catch (XMLStreamException e) {
            problems.add(Problem.error(null, CellRef.quoteSheet(sheet) + ": the sheet's XML is damaged ("
                    + Limits.shorten(String.valueOf(e.getMessage()).replaceAll("\\s+", " "), 160) + "); open it in Excel, save it again and resend"));
            return false;
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // the stream itself is closed by the caller
                }
            }
        }
    }

    /** A 1-based row number as a 0-based index; the fallback when it is not a number. */
    static int parseRow(String r, int fallback) {
        try {
            long v = Long.parseLong(r.strip()) - 1;
            return v < 0 ? fallback : (int) Math.min(v, Integer.MAX_VALUE - 1);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The 0-based column of a reference such as {@code AB12}; the fallback when it has no letters. */
    static int parseColumn(String ref, int fallback) {
        long c = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && ref.charAt(i) < 128 && c < 1_000_000) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? fallback : (int) (c - 1);
    }
}
