package dev.pcf.annotate;

import dev.pcf.reader.Limits;
import dev.pcf.reader.SafeOpen;

import dev.pcf.model.CellRef;
import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a company its own workbook back with every problem marked: each problem cell filled
 * (errors red, warnings amber) and commented in Chinese and English (the problem, then what is
 * expected), and a new first sheet {@value #SHEET} listing every problem with a link to its cell.
 * The output is always .xlsx: an .xlsm loses its macros, an .xls is copied cell by cell (values,
 * formulas, merged areas, column widths; not its formatting). Formulas are never evaluated.
 */
public final class Annotator {
    private Annotator() {}

    /** Name of the problem list sheet, placed first. */
    public static final String SHEET = "问题清单 Problems";

    private static final byte[] ERROR_FILL = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    private static final byte[] WARNING_FILL = {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C};

    /**
     * Writes the annotated copy of a workbook to {@code out} (not closed).
     *
     * @param originalWorkbook the file as received
     * @param fileName         its name, for messages
     * @param problems         what the reader found; problems without a cell, or naming a sheet
     *                         the workbook lacks, are only listed
     * @throws InputException when the file cannot be opened safely at all (empty, encrypted, not
     *                        a workbook, a bomb): there is nothing to annotate
     * @throws IOException    when writing to {@code out} fails
     */
    public static void annotate(byte[] originalWorkbook, String fileName, List<Problem> problems, OutputStream out)
            throws IOException {
        SafeOpen.Opened opened = SafeOpen.open(originalWorkbook, fileName, true);
        if (opened.workbook() == null) throw new InputException(opened.problems());
        try (Workbook source = opened.workbook(); XSSFWorkbook wb = asXlsx(source)) {
            mark(wb, problems);
            wb.write(out);
        }
    }

    /** The same workbook when it is an .xlsx (macros removed), else a cell-by-cell .xlsx copy. */
    private static XSSFWorkbook asXlsx(Workbook source) {
        if (source instanceof XSSFWorkbook x) {
            removeMacros(x);
            return x;
        }
        return XlsCopy.copy((HSSFWorkbook) source);
    }

    private static void removeMacros(XSSFWorkbook wb) {
        PackagePart main = wb.getPackagePart();
        List<PackageRelationship> vba = new ArrayList<>();
        try {
            for (PackageRelationship rel : main.getRelationships()) {
                if (rel.getRelationshipType().endsWith("/vbaProject")) vba.add(rel);
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("relationships of an opened workbook part", e);
        }
        for (PackageRelationship rel : vba) {
            try {
                wb.getPackage().removePart(main.getRelatedPart(rel));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException ignored) {
                // a dangling relationship: removing it below is enough
            }
            main.removeRelationship(rel.getId());
        }
        wb.setWorkbookType(XSSFWorkbookType.XLSX);
    }

    private static void mark(XSSFWorkbook wb, List<Problem> problems) {
        int old = wb.getSheetIndex(SHEET);
        if (old >= 0) wb.removeSheetAt(old);
        Map<CellRef, List<Problem>> byCell = new LinkedHashMap<>();
        for (Problem p : problems) {
            if (p.cell() != null && wb.getSheet(p.cell().sheet()) != null) {
                byCell.computeIfAbsent(p.cell(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, CellStyle> styles = new HashMap<>();
        for (var e : byCell.entrySet()) markCell(wb, e.getKey(), e.getValue(), styles);
        list(wb, problems, byCell);
    }

    private static void markCell(XSSFWorkbook wb, CellRef at, List<Problem> problems, Map<String, CellStyle> styles) {
        Sheet sheet = wb.getSheet(at.sheet());
        Row row = sheet.getRow(at.row()) == null ? sheet.createRow(at.row()) : sheet.getRow(at.row());
        // a whole-row reference (the sheet has no column for the value) is marked on the row's first cell
        int column = at.isWholeRow() ? 0 : at.column();
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        boolean error = problems.stream().anyMatch(Problem::isError);
        CellStyle base = cell.getCellStyle();
        cell.setCellStyle(styles.computeIfAbsent(base.getIndex() + (error ? "E" : "W"), k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setFillForegroundColor(new XSSFColor(error ? ERROR_FILL : WARNING_FILL, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }));
        StringBuilder text = new StringBuilder();
        for (Problem p : problems) {
            if (!text.isEmpty()) text.append("\n\n");
            Hints.Hint h = Hints.of(p.message());
            text.append(p.isError() ? "错误 Error: " : "警告 Warning: ").append(p.message())
                    .append("\n应填：").append(h.zh()).append("\nExpected: ").append(h.en());
        }
        Comment existing = cell.getCellComment();
        if (existing != null) {
            text.append("\n\n原批注 Original comment: ").append(existing.getString().getString());
            cell.removeCellComment();
        }
        CreationHelper factory = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        // anchored at the cell itself: POI names a new comment after the anchor's first cell, so an
        // anchor to the right would collide with a comment of the neighbouring cell
        anchor.setCol1(column);
        anchor.setCol2(column + 4);
        anchor.setRow1(at.row());
        anchor.setRow2(at.row() + 6 + 3 * problems.size());
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(Limits.shorten(text.toString(), Limits.MAX_TEXT_LENGTH - 1)));
        comment.setAuthor("pcf");
        cell.setCellComment(comment);
    }

    private static void list(XSSFWorkbook wb, List<Problem> problems, Map<CellRef, List<Problem>> linked) {
        Sheet s = wb.createSheet(SHEET);
        wb.setSheetOrder(SHEET, 0);
        for (Sheet other : wb) other.setSelected(false);
        s.setSelected(true);
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);

        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        CellStyle link = wb.createCellStyle();
        link.setFont(blue);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);

        String[] headers = {"序号 No.", "级别 Severity", "位置 Cell", "问题 Problem", "应填 Expected (中文)", "Expected (English)"};
        Row h = s.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers[i]);
            c.setCellStyle(head);
        }
        int r = 1;
        for (Problem p : problems) {
            Row row = s.createRow(r);
            row.createCell(0).setCellValue(r);
            row.createCell(1).setCellValue(p.isError() ? "错误 Error" : "警告 Warning");
            Cell where = row.createCell(2);
            if (p.cell() != null) {
                where.setCellValue(p.cell().toString());
                if (linked.containsKey(p.cell())) {
                    Hyperlink hl = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                    hl.setAddress(p.cell().toString());
                    where.setHyperlink(hl);
                    where.setCellStyle(link);
                }
            }
            Hints.Hint hint = Hints.of(p.message());
            text(row, 3, p.message(), wrap);
            text(row, 4, hint.zh(), wrap);
            text(row, 5, hint.en(), wrap);
            r++;
        }
        s.setColumnWidth(0, 8 * 256);
        s.setColumnWidth(1, 14 * 256);
        s.setColumnWidth(2, 32 * 256);
        s.setColumnWidth(3, 80 * 256);
        s.setColumnWidth(4, 40 * 256);
        s.setColumnWidth(5, 40 * 256);
        s.createFreezePane(0, 1);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(Limits.shorten(value, Limits.MAX_TEXT_LENGTH - 1));
        c.setCellStyle(style);
    }
}
