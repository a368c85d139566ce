package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The bounds that keep reading a workbook from outside the verification body cheap in memory and
 * time, whatever the file holds, and the checks that enforce them. {@link #apply()} sets POI's own
 * protections (zip-bomb ratio, entry and text sizes, byte-array cap) once per JVM; the other
 * members state one limit each and turn a breach into a {@link Problem} that names the sheet and
 * cell where there is one. Documented for users in {@code docs/limits.md}.
 */
public final class Limits {
    private Limits() {}

    /** Largest workbook file read, in bytes (50 MiB). */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Most data rows read per sheet (below the header row), so the last row read is row 100,001. */
    public static final int MAX_DATA_ROWS = 100_000;
    /** Most columns per sheet: column GR (200) is the last one allowed. */
    public static final int MAX_COLUMNS = 200;
    /**
     * Most cells (styled empty ones too) over all sheets of a workbook: 50,000 activity lines of the
     * template's 22 columns (1.1 million cells) and the other sheets. Counted by a streaming pass before
     * POI builds its model, so a larger file costs no memory. POI's model takes about 2 KB of heap per
     * cell (measured: 200,000 cells read in {@code -Xmx512m} but not 256m; 495,000 in {@code -Xmx1g}),
     * so a workbook at this limit needs about 2.5 GB of heap; the launcher's default heap (a quarter
     * of the RAM) holds it on a machine of 12 GB or more, and a smaller heap ends in the out-of-memory
     * message (exit 3), never in a crash.
     */
    public static final long MAX_CELLS = 1_200_000;
    /** Most formula cells over all sheets (each is evaluated). */
    public static final long MAX_FORMULAS = 20_000;
    /** Longest text in one cell, in UTF-16 chars: Excel's own limit. */
    public static final int MAX_TEXT_LENGTH = 32_767;
    /**
     * Smallest compressed/uncompressed size ratio of any zip entry: 1 byte may expand to at most
     * 100 (POI's default, set explicitly). Entries below 100 KiB expanded are exempt (POI's grace).
     */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest uncompressed zip entry (one sheet's XML, a picture), in bytes (256 MiB). */
    public static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** Most entries in the zip container. */
    public static final long MAX_ZIP_ENTRIES = 1_000;
    /** Most characters of text POI extracts from one part (shared strings included). */
    public static final long MAX_TEXT_CHARS = 20_000_000;
    /** Largest byte array POI allocates for one record or part (128 MiB). */
    public static final int MAX_BYTE_ARRAY = 128 * 1024 * 1024;

    /**
     * Sets POI's global protections to the limits above. Idempotent and cheap (five static
     * setters), so it runs before every opening ({@link SafeOpen#open} does) and so wins over any
     * other code that changed them.
     */
    public static synchronized void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
    }

    /**
     * Stack of the thread that reads a workbook (256 MiB, reserved, committed only as used): POI
     * evaluates a formula referring to another formula recursively, and a chain of 1,000 formulas
     * already overflows the JVM's default 1 MiB stack; {@link #MAX_FORMULAS} in one chain fit in this one.
     */
    public static final long READER_STACK_BYTES = 256L * 1024 * 1024;

    /**
     * Runs a task (reading and evaluating a workbook) on a thread with a
     * {@link #READER_STACK_BYTES} stack and waits for it. A stack overflow that still happens
     * becomes an {@link InputException} naming the file; other exceptions and errors are rethrown.
     *
     * @param fileName for the message
     * @param task     the work, e.g. {@code () -> WorkbookReader.read(bytes, name)}
     * @throws InputException when the formulas nest too deeply even for this stack
     */
    public static <T> T withLargeStack(String fileName, java.util.function.Supplier<T> task) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = task.get();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "pcf-workbook-reader", READER_STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable f = failure[0];
        if (f instanceof StackOverflowError) {
            throw new InputException(Problem.error(null, fileName + ": formulas refer to other formulas too deeply"
                    + " (a chain longer than the reader's stack holds); replace some formulas by their values"));
        }
        if (f instanceof RuntimeException r) throw r;
        if (f instanceof Error e) throw e;
        if (f != null) throw new IllegalStateException(f);
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** A problem when a file of {@code size} bytes is over {@link #MAX_FILE_BYTES}; else null. */
    public static Problem fileSize(String fileName, long size) {
        if (size <= MAX_FILE_BYTES) return null;
        return Problem.error(null, fileName + ": the file is " + String.format(Locale.ROOT, "%,d", size)
                + " bytes, more than the limit of " + mib(MAX_FILE_BYTES) + " (" + String.format(Locale.ROOT, "%,d", MAX_FILE_BYTES)
                + " bytes); remove pictures or unused sheets, or split the workbook");
    }

    /**
     * A problem when a cell lies beyond the row or column limits; else null.
     *
     * @param sheet  sheet name
     * @param row    zero-based row (the header is row 0)
     * @param column zero-based column
     */
    public static Problem position(String sheet, int row, int column) {
        CellRef at = new CellRef(sheet, row, column);
        if (row > MAX_DATA_ROWS) {
            return Problem.error(at, "data in row " + (row + 1) + " is beyond the limit of "
                    + String.format(Locale.ROOT, "%,d", MAX_DATA_ROWS) + " data rows (last row read: "
                    + (MAX_DATA_ROWS + 1) + "); delete what is below");
        }
        if (column >= MAX_COLUMNS) {
            return Problem.error(at, "data in column " + CellRef.columnLetters(column) + " is beyond the limit of "
                    + MAX_COLUMNS + " columns (last column read: " + CellRef.columnLetters(MAX_COLUMNS - 1)
                    + "); delete the extra columns");
        }
        return null;
    }

    /** A problem when a text is longer than {@link #MAX_TEXT_LENGTH}; else null. */
    public static Problem textLength(CellRef at, int length) {
        if (length <= MAX_TEXT_LENGTH) return null;
        return Problem.error(at, "text of " + String.format(Locale.ROOT, "%,d", length)
                + " characters is longer than the limit of " + String.format(Locale.ROOT, "%,d", MAX_TEXT_LENGTH)
                + " (Excel's own); shorten it");
    }

    /** Brackets before a '!' mark a reference into another workbook: {@code [1]Sheet1!A1}, {@code '[x.xlsx]S'!A1}. */
    private static final Pattern EXTERNAL = Pattern.compile("\\[[^\\]]*][^!]*!");
    /** A DDE call such as {@code cmd|' /C calc'!A0}. */
    private static final Pattern DDE = Pattern.compile("[A-Za-z0-9_.]+\\|");

    /** Whether a formula (without its leading '=') refers to another workbook or calls DDE. */
    public static boolean isExternal(String formula) {
        if (formula == null) return false;
        String outsideStrings = formula.replaceAll("\"[^\"]*\"", "\"\"");
        return EXTERNAL.matcher(outsideStrings).find() || DDE.matcher(outsideStrings).find();
    }

    /** The problem for a formula that refers outside the workbook: never followed, never evaluated. */
    public static Problem externalFormula(CellRef at, String formula) {
        return Problem.error(at, "formula =" + shorten(formula, 200) + " refers to another workbook or program;"
                + " external links are not followed, enter the value instead");
    }

    /**
     * Whether a character may not appear in a text the report prints: C0 controls except tab,
     * line feed and carriage return, DEL, C1 controls, lone surrogates, U+FFFE and U+FFFF.
     */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || c == '\uFFFE' || c == '\uFFFF';
    }

    /** The text without control characters and lone surrogates (see {@link #isControl}). */
    public static String withoutControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (isControl(c) || lone) {
                if (sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code s} itself when at most {@code max} characters long, else its first {@code max} characters and …. */
    public static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
