package dev.pcf.reader;

import dev.pcf.model.Problem;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an .xlsx into a {@link Grid} by streaming its parts, as {@link SheetScan} passes over the
 * worksheets: the workbook part (sheet names and order, the 1904 date system), the shared strings,
 * the styles' number formats ({@link GridStyles}),
 * and per sheet its cells ({@link SheetCells}) and the pictures of its drawing ({@link GridDrawing}).
 * Every part is parsed with the pre-scan's hardened factory (no DTD, no external entity). Anything
 * POI's model might read differently makes the whole workbook unsupported: the caller then builds
 * POI's model as before.
 */
final class GridReader {
    /** The relationship types of the parts read, in the transitional namespace (a strict file is not streamed). */
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WORKSHEET = RELATIONSHIPS + "worksheet";
    private static final String SHARED_STRINGS = RELATIONSHIPS + "sharedStrings";
    private static final String STYLES = RELATIONSHIPS + "styles";

    /** Thrown when the workbook cannot be represented exactly; never reaches the user. */
    static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A sheet of the workbook part: its name and worksheet part. */
    private record SheetRef(String name, PackagePart part) {}

    private final List<SheetRef> sheets = new ArrayList<>();
    private final List<Grid.Sheet> built = new ArrayList<>();
    private final List<String> strings = new ArrayList<>();
    private GridStyles styles;
    private boolean date1904;
    private boolean failed;

    private GridReader() {}

    /** The reader for this package, or null when its workbook-level parts already rule the grid out. */
    static GridReader start(OPCPackage pkg) {
        GridReader g = new GridReader();
        try {
            g.readWorkbook(pkg);
            return g;
        } catch (Unsupported | IOException | XMLStreamException | InvalidFormatException | RuntimeException e) {
            return null;
        }
    }

    /**
     * {@link SheetScan}'s pass over the worksheets, in workbook order, collecting their cells on the way.
     * Returns what {@link SheetScan#scan(OPCPackage, List)} returns.
     */
    boolean scan(long[] totals, List<Problem> problems) throws IOException {
        boolean ok = true;
        for (SheetRef ref : sheets) {
            SheetCells cells = failed ? null : new SheetCells(ref.name(), styles, strings);
            try (InputStream in = ref.part().getInputStream()) {
                ok &= SheetScan.scanSheet(ref.name(), in, totals, problems, cells);
            }
            if (cells != null) done(ref, cells);
            if (totals[0] > Limits.MAX_CELLS || totals[1] > Limits.MAX_FORMULAS) return false;
        }
        return ok;
    }

    /** Ends a sheet: reads its drawing's pictures and keeps it. */
    private void done(SheetRef ref, SheetCells cells) {
        try {
            Grid.Sheet sheet = cells.failed() ? null : cells.finish(GridDrawing.pictures(ref.part(), cells.drawingId()));
            if (sheet == null) failed = true;
            else built.add(sheet);
        } catch (Unsupported | IOException | XMLStreamException | InvalidFormatException | RuntimeException e) {
            failed = true;
        }
    }

    /** The grid, or null when any part could not be represented exactly. */
    Grid finish() {
        return failed || built.size() != sheets.size() ? null : new Grid(built);
    }

    private void readWorkbook(OPCPackage pkg) throws Unsupported, IOException, XMLStreamException, InvalidFormatException {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.size() != 1) throw new Unsupported();
        PackagePart workbook = pkg.getPart(core.getRelationship(0));
        if (workbook == null) throw new Unsupported();
        elements(workbook, "workbook", (depth, parent, local, x) -> {
            if (depth == 2 && local.equals("workbookPr")) date1904 = bool(x.getAttributeValue(null, "date1904"));
            if (depth == 3 && "sheets".equals(parent) && local.equals("sheet")) {
                sheets.add(sheet(workbook, x.getAttributeValue(null, "name"), x.getAttributeValue(SheetCells.REL, "id")));
            }
        });
        PackagePart sst = single(workbook, SHARED_STRINGS, false);
        if (sst != null) readStrings(sst);
        PackagePart st = single(workbook, STYLES, true);
        styles = GridStyles.read(st, date1904);
    }

    private static SheetRef sheet(PackagePart workbook, String name, String id) throws Unsupported {
        if (name == null || id == null) throw new Unsupported();
        PackageRelationship rel = workbook.getRelationship(id);
        if (rel == null || rel.getTargetMode() != TargetMode.INTERNAL || !WORKSHEET.equals(rel.getRelationshipType())) {
            throw new Unsupported();
        }
        try {
            PackagePart part = workbook.getRelatedPart(rel);
            if (part == null) throw new Unsupported();
            return new SheetRef(name, part);
        } catch (InvalidFormatException e) {
            throw new Unsupported();
        }
    }

    /** The one internal part of this relationship type; null when there is none and it may be absent. */
    static PackagePart single(PackagePart from, String type, boolean required) throws Unsupported, InvalidFormatException {
        PackageRelationshipCollection rels = from.getRelationshipsByType(type);
        if (rels.size() == 0 && !required) return null;
        if (rels.size() != 1 || rels.getRelationship(0).getTargetMode() != TargetMode.INTERNAL) throw new Unsupported();
        PackagePart part = from.getRelatedPart(rels.getRelationship(0));
        if (part == null) throw new Unsupported();
        return part;
    }

    private void readStrings(PackagePart part) throws Unsupported, IOException, XMLStreamException {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader x = open(in);
            int depth = 0;
            RichText item = null;
            while (x.hasNext()) {
                int ev = x.next();
                switch (ev) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new Unsupported();
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        boolean main = SheetCells.MAIN.equals(x.getNamespaceURI());
                        if (depth == 1 && (!main || !x.getLocalName().equals("sst"))) throw new Unsupported();
                        if (depth == 2 && main && x.getLocalName().equals("si")) item = new RichText();
                        else if (depth > 2 && item != null) item.start(x.getLocalName(), main);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (item != null) item.text(x.getText());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 2 && item != null) {
                            String s = item.result();
                            if (s == null) throw new Unsupported();
                            strings.add(s);
                            item = null;
                        } else if (depth > 2 && item != null) {
                            item.end();
                        }
                        depth--;
                    }
                    default -> { }
                }
            }
            x.close();
        }
    }

    /** What {@link #elements} calls for each element of the spreadsheet namespace down to depth 3. */
    @FunctionalInterface
    interface Visitor {
        /** {@code parent} is the depth-2 element's name, for an element at depth 3. */
        void element(int depth, String parent, String local, XMLStreamReader x) throws Unsupported;
    }

    /** Streams a part whose root is {@code root} in the spreadsheet namespace, visiting its upper elements. */
    static void elements(PackagePart part, String root, Visitor visitor) throws Unsupported, IOException, XMLStreamException {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader x = open(in);
            int depth = 0;
            String parent = null;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.DTD) throw new Unsupported();
                if (ev == XMLStreamConstants.END_ELEMENT) depth--;
                if (ev != XMLStreamConstants.START_ELEMENT) continue;
                depth++;
                boolean main = SheetCells.MAIN.equals(x.getNamespaceURI());
                String local = x.getLocalName();
                if (depth == 1 && (!main || !local.equals(root))) throw new Unsupported();
                if (depth == 2) parent = main ? local : null;
                if (main && depth <= 3) visitor.element(depth, parent, local, x);
            }
            x.close();
        }
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return SheetScan.FACTORY.createXMLStreamReader(in);
    }

    /** An xsd:boolean as XMLBeans reads it; anything else is not guessed. */
    static boolean bool(String s) throws Unsupported {
        if (s == null || s.equals("false") || s.equals("0")) return false;
        if (s.equals("true") || s.equals("1")) return true;
        throw new Unsupported();
    }
}
