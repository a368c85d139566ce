package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.model.Problem;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a workbook received from outside within {@link Limits}: decides the format by content
 * (never by file name), refuses empty, foreign, encrypted and oversized files and zip/XML bombs
 * with a message naming what was found, pre-scans every sheet's XML (streaming, before POI builds
 * its in-memory model) for cells beyond the row, column, cell and formula limits, then checks the
 * text of every cell. Never evaluates a formula and never runs a macro.
 */
public final class SafeOpen {
    private SafeOpen() {}

    /**
     * The outcome of {@link #open}.
     *
     * @param workbook the workbook, or null when an error stops reading (then {@code problems} has one)
     * @param problems errors and warnings found while opening, in the order found
     */
    public record Opened(Workbook workbook, List<Problem> problems) {
        public Opened {
            problems = List.copyOf(problems);
        }

        /** Whether any problem is an error. */
        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /**
     * The outcome of {@link #openBook}.
     *
     * @param book     the workbook, or null when an error stops reading (then {@code problems} has one)
     * @param problems errors and warnings found while opening, in the order found
     */
    public record OpenedBook(Book book, List<Problem> problems) {
        public OpenedBook {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Opens the bytes of a workbook file for reading its values, as {@link #open(byte[], String)} does
     * with the same problems, but without building POI's in-memory model when the pre-scan's streaming
     * pass could represent the .xlsx exactly ({@link Grid}: no formulas, nothing unusual). Otherwise
     * (formulas, .xls, anything the grid does not represent) the book is POI's model, unchanged.
     * The caller owns and closes the book.
     */
    public static OpenedBook openBook(byte[] bytes, String fileName) {
        return openBook(bytes, fileName, true);
    }

    /** As {@link #openBook(byte[], String)}; without {@code streaming} always POI's model. */
    static OpenedBook openBook(byte[] bytes, String fileName, boolean streaming) {
        Object[] book = streaming ? new Object[1] : null;
        Opened o = open(bytes, fileName, false, book);
        if (o.workbook() != null) return new OpenedBook(new PoiBook(o.workbook()), o.problems());
        return new OpenedBook(book != null && book[0] instanceof Grid g && !o.failed() ? g : null, o.problems());
    }

    /**
     * Opens the bytes of a workbook file. Never throws for bad input: every problem is returned.
     * When the result has errors its workbook is null; otherwise the caller owns and closes it.
     * Control characters in text cells are removed from the returned in-memory copy (a warning
     * names each cell), so later stages never see them.
     *
     * @param bytes    the whole file
     * @param fileName the name the user gave, used in messages and for the extension check
     */
    public static Opened open(byte[] bytes, String fileName) {
        return open(bytes, fileName, false);
    }

    /**
     * As {@link #open(byte[], String)}; with {@code keepOnLimitErrors} the workbook is returned
     * despite cells beyond the row, column or text limits (still bounded in memory), so that the
     * annotator ({@code dev.pcf.annotate}) can mark them. Files that cannot be loaded safely
     * still give no workbook.
     *
     * @param bytes             the whole file
     * @param fileName          the name the user gave, used in messages and for the extension check
     * @param keepOnLimitErrors whether to keep the workbook despite errors for cells beyond the limits
     */
    public static Opened open(byte[] bytes, String fileName, boolean keepOnLimitErrors) {
        return open(bytes, fileName, keepOnLimitErrors, null);
    }

    /** As above; given {@code grid} (one element), an .xlsx the {@link Grid} represents is put there instead of building POI's model. */
    private static Opened open(byte[] bytes, String fileName, boolean keepOnLimitErrors, Object[] grid) {
        Limits.apply();
        List<Problem> problems = new ArrayList<>();
        if (bytes.length == 0) {
            problems.add(Problem.error(null, fileName + ": the file is empty (0 bytes); expected an Excel workbook (.xlsx, .xlsm or .xls)"));
            return new Opened(null, problems);
        }
        Problem size = Limits.fileSize(fileName, bytes.length);
        if (size != null) return new Opened(null, List.of(size));
        if (isOpenDocument(bytes)) {
            problems.add(Problem.error(null, fileName + ": an OpenDocument spreadsheet (.ods, as LibreOffice or WPS"
                    + " save by default), not an Excel workbook; open it in LibreOffice Calc, choose File > Save As…,"
                    + " file type \"Excel 2007-365 (.xlsx)\", keep the format, and give pcf the .xlsx file"));
            return new Opened(null, problems);
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        Workbook wb = null;
        try {
            wb = switch (magic) {
                case OOXML -> openXlsx(bytes, fileName, keepOnLimitErrors, problems, grid);
                case OLE2 -> openXls(bytes, fileName, problems);
                default -> {
                    problems.add(Problem.error(null, fileName + ": not an Excel workbook: the file " + kind(magic)
                            + "; expected .xlsx, .xlsm or .xls (open it in Excel and save as Excel Workbook)"));
                    yield null;
                }
            };
            // the .xlsx pre-scan has already checked positions; the .xls path has not
            if (wb != null && checkCells(wb, !(wb instanceof XSSFWorkbook), problems)) {
                // damaged cells would throw from whatever reads them next: never hand the workbook on
                closeQuietly(wb);
                wb = null;
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(null, fileName + ": " + describe(e)));
        } catch (LinkageError e) {
            // found by fuzzing: a zip entry compressed with Zstandard, XZ… makes commons-compress
            // load a codec that is not on the class path (NoClassDefFoundError)
            problems.add(Problem.error(null, fileName + ": the file uses a zip compression method that Excel never writes ("
                    + e.getClass().getSimpleName() + "); refused as damaged or crafted"));
        }
        if (wb != null && !keepOnLimitErrors && problems.stream().anyMatch(Problem::isError)) {
            closeQuietly(wb);
            wb = null;
        }
        return new Opened(wb, problems);
    }

    private static Workbook openXlsx(byte[] bytes, String fileName, boolean keep, List<Problem> problems, Object[] grid)
            throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        try {
            if (lower(fileName).endsWith(".xls")) {
                problems.add(Problem.warning(null, fileName + ": the name ends in .xls but the file is an .xlsx workbook; read as .xlsx"));
            }
            boolean macros = !pkg.getPartsByName(Pattern.compile("(?i)/.*vbaProject\\.bin")).isEmpty()
                    || !pkg.getPartsByContentType("application/vnd.ms-excel.sheet.macroEnabled.main+xml").isEmpty();
            if (macros) problems.add(macroWarning(fileName));
            GridReader reader = grid == null ? null : GridReader.start(pkg);
            // without keep, a limit error found by the scan is final: do not build the model at all
            if (!SheetScan.scan(pkg, problems, reader) || !keep && problems.stream().anyMatch(Problem::isError)) {
                pkg.revert();
                return null;
            }
            Grid g = reader == null ? null : reader.finish();
            if (g != null) {
                // the values are all in the grid: POI's model is not built
                pkg.revert();
                g.check(problems);
                grid[0] = g;
                return null;
            }
            return new XSSFWorkbook(pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static Workbook openXls(byte[] bytes, String fileName, List<Problem> problems) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        DirectoryNode root = fs.getRoot();
        if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
            fs.close();
            problems.add(encrypted(fileName));
            return null;
        }
        if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
            fs.close();
            problems.add(Problem.error(null, fileName + ": not an Excel workbook: an Office (OLE2) file without a workbook stream,"
                    + " perhaps a Word or PowerPoint document; expected .xlsx or .xls"));
            return null;
        }
        if (root.hasEntryCaseInsensitive("_VBA_PROJECT_CUR") || root.hasEntryCaseInsensitive("Macros")) {
            problems.add(macroWarning(fileName));
        }
        try {
            return new HSSFWorkbook(root, true);
        } catch (EncryptedDocumentException e) {
            fs.close();
            problems.add(encrypted(fileName));
            return null;
        } catch (org.apache.poi.hssf.OldExcelFormatException e) {
            fs.close();
            problems.add(Problem.error(null, fileName + ": an Excel 95 or older workbook, a format too old to read;"
                    + " open it in Excel and save it as Excel Workbook (.xlsx)"));
            return null;
        } catch (RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    /**
     * Checks every cell — position limits (the .xls path is not pre-scanned), text length, control
     * characters — and returns whether any cell is damaged.
     */
    private static boolean checkCells(Workbook wb, boolean positions, List<Problem> problems) {
        long cells = 0;
        int damagedCells = 0;
        for (Sheet sheet : wb) {
            String name = sheet.getSheetName();
            boolean positionReported = !positions;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells++;
                    Problem damaged = touch(name, cell);
                    if (damaged != null) {
                        // the first 20 are enough to show the damage; the rest would only bury it
                        if (++damagedCells <= 20) problems.add(damaged);
                        continue;
                    }
                    if (cells > Limits.MAX_CELLS) {
                        problems.add(tooManyCells(name, cell.getRowIndex(), cell.getColumnIndex()));
                        return damagedCells > 0;
                    }
                    if (!positionReported && cell.getCellType() != CellType.BLANK) {
                        Problem p = Limits.position(name, cell.getRowIndex(), cell.getColumnIndex());
                        if (p != null) {
                            problems.add(p);
                            positionReported = true;
                        }
                    }
                    if (cell.getCellType() != CellType.STRING) continue;
                    String text = cell.getStringCellValue();
                    String clean = checkText(new CellRef(name, cell.getRowIndex(), cell.getColumnIndex()), text, problems);
                    if (!clean.equals(text)) {
                        // blanked first: POI sets an inline string's new value beside the old one, which it keeps reading
                        cell.setBlank();
                        cell.setCellValue(clean);
                    }
                }
            }
        }
        return damagedCells > 0;
    }

    /**
     * Reads every attribute of the cell that the reader will read (type, style and its number
     * format, value, formula), so that a damaged attribute — XMLBeans checks them only when read,
     * e.g. a style index {@code s="="}, found by fuzzing — is reported here at its cell rather
     * than thrown later from the middle of the reader.
     */
    private static Problem touch(String sheet, Cell cell) {
        try {
            cell.getCellStyle().getDataFormatString();
            switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> cell.getNumericCellValue();
                case BOOLEAN -> cell.getBooleanCellValue();
                case ERROR -> cell.getErrorCellValue();
                case FORMULA -> {
                    cell.getCellFormula();
                    switch (cell.getCachedFormulaResultType()) {
                        case STRING -> cell.getStringCellValue();
                        case NUMERIC -> cell.getNumericCellValue();
                        case BOOLEAN -> cell.getBooleanCellValue();
                        case ERROR -> cell.getErrorCellValue();
                        default -> { }
                    }
                }
                default -> { }
            }
            return null;
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? "" : ": " + Limits.shorten(e.getMessage().strip().replaceAll("\\s+", " "), 120);
            return Problem.error(new CellRef(sheet, cell.getRowIndex(), cell.getColumnIndex()),
                    "the cell's XML is damaged (" + e.getClass().getSimpleName() + why
                            + "); open the file in Excel, save it again and resend");
        }
    }

    /**
     * Checks a text cell's text: longer than the limit is an error (the text is kept as it is);
     * control characters are removed with a warning naming the cell.
     *
     * @return the text to keep
     */
    static String checkText(CellRef at, String text, List<Problem> problems) {
        Problem longText = Limits.textLength(at, text.length());
        if (longText != null) {
            problems.add(longText);
            return text;
        }
        String clean = Limits.withoutControls(text);
        if (!clean.equals(text)) {
            problems.add(Problem.warning(at, "control characters removed from the text (" + firstControl(text)
                    + "); they cannot be printed"));
        }
        return clean;
    }

    static Problem tooManyCells(String sheet, int row, int column) {
        return Problem.error(new CellRef(sheet, row, column), "the workbook has more than "
                + String.format(Locale.ROOT, "%,d", Limits.MAX_CELLS) + " cells, the limit; delete unused rows, columns or sheets");
    }

    private static String firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Limits.isControl(c) || Character.isSurrogate(c)) {
                return String.format(Locale.ROOT, "U+%04X at character %d", (int) c, i + 1);
            }
        }
        return "";
    }

    /**
     * Whether the bytes are an OpenDocument spreadsheet: a zip whose first entry, stored uncompressed as
     * the format requires, is {@code mimetype} with the spreadsheet media type.
     */
    static boolean isOpenDocument(byte[] bytes) {
        if (bytes.length < 100 || bytes[0] != 'P' || bytes[1] != 'K') return false;
        String head = new String(bytes, 30, Math.min(bytes.length - 30, 90), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.startsWith("mimetypeapplication/vnd.oasis.opendocument.spreadsheet");
    }

    private static Problem encrypted(String fileName) {
        return Problem.error(null, fileName + ": the workbook is password-protected (encrypted); save it without a password"
                + " (File › Info › Protect Workbook › Encrypt with Password: clear it) and send it again");
    }

    private static Problem macroWarning(String fileName) {
        return Problem.warning(null, fileName + ": the workbook contains macros (VBA); they are never run and"
                + " never copied into any output, only the data is read");
    }

    private static final Pattern ENTRY = Pattern.compile("Entry: (\\S+)");

    /** The user's words for why a file could not be opened. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Zip bomb detected")) {
                Matcher entry = ENTRY.matcher(m);
                String part = entry.find() ? " (part " + entry.group(1) + ")" : "";
                return m.contains("max size")
                        ? "a part of the file expands to more than " + Limits.mib(Limits.MAX_ENTRY_BYTES) + part
                                + "; refused as a possible zip bomb"
                        : "a part of the file expands more than 100-fold" + part + "; refused as a possible zip bomb";
            }
            if (m.contains("MAX_FILE_COUNT")) {
                return "the file holds more than " + Limits.MAX_ZIP_ENTRIES + " zip entries; refused as a possible zip bomb";
            }
            if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("entity") || m.contains("Entity")) {
                return "a part of the file declares an XML DOCTYPE or entities (possible XML bomb or XXE); refused";
            }
            if (t instanceof EncryptedDocumentException) {
                return encrypted("").message().substring(2);
            }
            if (m.contains("Tried to allocate an array") || m.contains("maximum length")
                    || m.contains("ByteArrayMaxOverride") || t instanceof org.apache.poi.util.RecordFormatException
                    && m.contains("length")) {
                return "a part of the file is larger than the limit of " + Limits.mib(Limits.MAX_BYTE_ARRAY) + "; refused";
            }
            if (t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                    || m.contains("No valid entries") || m.contains("content type")) {
                return "not an Excel workbook: a zip archive without the parts of a workbook; expected .xlsx or .xls";
            }
        }
        String why = e.getMessage() == null ? "" : ": " + Limits.shorten(e.getMessage().strip().replaceAll("\\s+", " "), 160);
        return "the file is damaged and cannot be read as a workbook (" + e.getClass().getSimpleName() + why
                + "); open it in Excel, save it again and resend";
    }

    private static String kind(FileMagic magic) {
        return switch (magic) {
            case XML -> "is XML (perhaps an Excel 2003 XML spreadsheet)";
            case HTML -> "is an HTML page (perhaps a web export renamed .xls)";
            case BIFF2, BIFF3, BIFF4 -> "is an Excel 2.x–4.x worksheet, a format too old to read";
            case PDF -> "is a PDF document";
            case RTF, MSWRITE, WORD2 -> "is a text document";
            case JPEG, GIF, PNG, TIFF, WMF, EMF, BMP -> "is a picture";
            default -> "is neither a zip (.xlsx) nor an OLE2 (.xls) container (perhaps CSV or text)";
        };
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static void closeQuietly(Workbook wb) {
        try {
            wb.close();
        } catch (IOException | RuntimeException ignored) {
            // the workbook was only read from memory; nothing to release beyond the heap
        }
    }
}
