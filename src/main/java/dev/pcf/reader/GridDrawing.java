package dev.pcf.reader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.IOUtils;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The pictures of a worksheet's drawing for the {@link Grid}, as POI's model lists them: each picture
 * placed directly in a two-cell or one-cell anchor, with its anchor's top-left cell and the image
 * its {@code r:embed} relationship points to. Shapes, connectors, charts and groups are passed over
 * (POI lists them, but not as pictures); absolute anchors, alternate content and anything else are
 * {@link GridReader.Unsupported}.
 */
final class GridDrawing {
    private GridDrawing() {}

    private static final String XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String DRAWING = GridReader.RELATIONSHIPS + "drawing";
    private static final String IMAGE = GridReader.RELATIONSHIPS + "image";

    /** The pictures of the sheet's drawing ({@code id} its relationship id, or null for none). */
    static List<Page.Pic> pictures(PackagePart sheet, String id)
            throws GridReader.Unsupported, IOException, XMLStreamException, InvalidFormatException {
        List<Page.Pic> pictures = new ArrayList<>();
        if (id == null) return pictures;
        PackagePart drawing = GridReader.single(sheet, DRAWING, true);
        PackageRelationship rel = sheet.getRelationship(id);
        if (rel == null || sheet.getRelatedPart(rel) != drawing) throw new GridReader.Unsupported();
        try (InputStream in = drawing.getInputStream()) {
            XMLStreamReader x = GridReader.open(in);
            int depth = 0;
            int[] from = new int[2];
            String marker = null;
            StringBuilder number = new StringBuilder();
            String embed = null;
            boolean picture = false;
            while (x.hasNext()) {
                int ev = x.next();
                switch (ev) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new GridReader.Unsupported();
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        String ns = x.getNamespaceURI();
                        String local = x.getLocalName();
                        boolean xdr = XDR.equals(ns);
                        if (depth == 1 && (!xdr || !local.equals("wsDr"))) throw new GridReader.Unsupported();
                        if (depth == 2) {
                            if (!xdr || !local.equals("twoCellAnchor") && !local.equals("oneCellAnchor")) {
                                throw new GridReader.Unsupported();
                            }
                            from[0] = -1;
                            from[1] = -1;
                        } else if (depth == 3) {
                            if (!xdr) throw new GridReader.Unsupported();
                            switch (local) {
                                case "from" -> marker = "from";
                                case "pic" -> {
                                    picture = true;
                                    embed = null;
                                }
                                case "to", "ext", "clientData", "sp", "cxnSp", "graphicFrame", "grpSp" -> { }
                                default -> throw new GridReader.Unsupported();
                            }
                        } else if (depth == 4 && "from".equals(marker) && xdr && (local.equals("col") || local.equals("row"))) {
                            number.setLength(0);
                            marker = "from:" + local;
                        } else if (depth == 5 && picture && A.equals(ns) && local.equals("blip")) {
                            embed = x.getAttributeValue(SheetCells.REL, "embed");
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                        if (marker != null && marker.startsWith("from:")) number.append(x.getText());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 4 && marker != null && marker.startsWith("from:")) {
                            from[marker.endsWith("col") ? 1 : 0] = Integer.parseInt(number.toString().strip());
                            marker = "from";
                        } else if (depth == 3 && "from".equals(marker)) {
                            marker = null;
                        } else if (depth == 3 && picture) {
                            picture = false;
                            if (from[0] < 0 || from[1] < 0) throw new GridReader.Unsupported();
                            pictures.add(picture(drawing, embed, from));
                        }
                        depth--;
                    }
                    default -> { }
                }
            }
            x.close();
        }
        return pictures;
    }

    private static Page.Pic picture(PackagePart drawing, String embed, int[] from)
            throws GridReader.Unsupported, IOException, InvalidFormatException {
        PackageRelationship rel = embed == null || embed.isEmpty() ? null : drawing.getRelationship(embed);
        if (rel == null || rel.getTargetMode() != TargetMode.INTERNAL || !IMAGE.equals(rel.getRelationshipType())) {
            throw new GridReader.Unsupported();
        }
        PackagePart image = drawing.getRelatedPart(rel);
        if (image == null) throw new GridReader.Unsupported();
        try (InputStream in = image.getInputStream()) {
            return new Page.Pic(from[0], from[1], IOUtils.toByteArray(in), image.getContentType());
        }
    }
}
