package dev.pcf.reader;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The number formats of an .xlsx's cell styles ({@code cellXfs}) for the {@link Grid}, resolved as POI's
 * model resolves them (a custom format of the styles part, else the built-in one of that id), and what
 * {@link CellValue#of} makes of a numeric cell with each: a percent format, a date format.
 */
final class GridStyles {
    private final boolean[] percent;
    private final boolean[] dateFormat;
    private final boolean date1904;

    /** Per style, its number format's id and text (null when unknown). */
    private GridStyles(int[] formatIds, String[] formats, boolean date1904) {
        this.percent = new boolean[formatIds.length];
        this.dateFormat = new boolean[formatIds.length];
        for (int i = 0; i < formatIds.length; i++) {
            String fmt = formats[i];
            percent[i] = fmt != null && fmt.replaceAll("\"[^\"]*\"", "").contains("%");
            dateFormat[i] = DateUtil.isADateFormat(formatIds[i], fmt);
        }
        this.date1904 = date1904;
    }

    int count() {
        return percent.length;
    }

    /** A numeric cell's value with style {@code xf}: percent and date as {@link CellValue#of} finds them. */
    CellValue.Num number(int xf, double v) {
        LocalDate date = null;
        if (!percent[xf] && Double.isFinite(v) && DateUtil.isValidExcelDate(v) && dateFormat[xf]) {
            date = DateUtil.getLocalDateTime(v, date1904).toLocalDate();
        }
        return new CellValue.Num(v, percent[xf], date);
    }

    static GridStyles read(PackagePart part, boolean date1904)
            throws GridReader.Unsupported, IOException, XMLStreamException {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> ids = new ArrayList<>();
        GridReader.elements(part, "styleSheet", (depth, parent, local, x) -> {
            if (depth == 3 && "numFmts".equals(parent) && local.equals("numFmt")) {
                String code = x.getAttributeValue(null, "formatCode");
                if (code == null) throw new GridReader.Unsupported();
                custom.put(formatId(x.getAttributeValue(null, "numFmtId")), code);
            } else if (depth == 3 && "cellXfs".equals(parent) && local.equals("xf")) {
                ids.add(formatId(x.getAttributeValue(null, "numFmtId")));
            }
        });
        int[] formatIds = ids.stream().mapToInt(Integer::intValue).toArray();
        String[] formats = new String[formatIds.length];
        for (int i = 0; i < formats.length; i++) {
            String f = custom.get(formatIds[i]);
            formats[i] = f != null ? f : BuiltinFormats.getBuiltinFormat(formatIds[i]);
        }
        return new GridStyles(formatIds, formats, date1904);
    }

    private static int formatId(String s) throws GridReader.Unsupported {
        if (s == null) return 0;
        try {
            int id = Integer.parseInt(s);
            if (id < 0 || id > Short.MAX_VALUE) throw new GridReader.Unsupported();
            return id;
        } catch (NumberFormatException e) {
            throw new GridReader.Unsupported();
        }
    }
}
