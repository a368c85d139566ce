package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import dev.pcf.model.SourceFile;
import dev.pcf.workbook.Schema.SheetDef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The steps every workbook read shares, whatever the workbook (the company's, the verifier's):
 * the size limit, a thread with a large stack, the safe opening ({@link SafeOpen}), the source
 * file's SHA-256, and finding the sheets by their Chinese or English names. What is read from the
 * open workbook is the caller's {@link Body}; every problem is collected in one {@link Problems}.
 */
public final class WorkbookFile {
    private WorkbookFile() {}

    /**
     * What a reader makes of an open workbook.
     *
     * @param <R> the reader's result
     */
    @FunctionalInterface
    public interface Body<R> {
        /**
         * Reads the open workbook.
         *
         * @param wb       the workbook, opened within {@link Limits}
         * @param source   the file read, with its SHA-256
         * @param problems where every problem goes; the opening's are in it already
         */
        R read(Book wb, SourceFile source, Problems problems);
    }

    /**
     * Reads a workbook file: refused before parsing when larger than {@link Limits#MAX_FILE_BYTES}.
     *
     * @param unusable the result for a file that cannot be read, from its problems
     * @throws IOException when the file cannot be read from disk at all
     */
    public static <R> R read(Path file, Function<List<Problem>, R> unusable, Body<R> body) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Problem tooLarge = Limits.fileSize(name, Files.size(file));
        if (tooLarge != null) return unusable.apply(List.of(tooLarge));
        return read(Files.readAllBytes(file), name, unusable, body);
    }

    /**
     * Reads a workbook from its bytes on a thread with a large stack (see {@link Limits}).
     *
     * @param fileName the file name used in messages and kept in {@link SourceFile}
     * @param unusable the result for bytes that cannot be opened as a workbook, from their problems
     */
    public static <R> R read(byte[] bytes, String fileName, Function<List<Problem>, R> unusable, Body<R> body) {
        return read(bytes, fileName, unusable, body, true);
    }

    /**
     * As {@link #read(byte[], String, Function, Body)}; without {@code streaming} POI's in-memory model
     * is built even where the streamed {@link Grid} would do (to compare the two).
     */
    static <R> R read(byte[] bytes, String fileName, Function<List<Problem>, R> unusable, Body<R> body, boolean streaming) {
        try {
            return Limits.withLargeStack(fileName, () -> readHere(bytes, fileName, unusable, body, streaming));
        } catch (InputException e) {
            return unusable.apply(e.problems());
        }
    }

    private static <R> R readHere(byte[] bytes, String fileName, Function<List<Problem>, R> unusable, Body<R> body,
                                  boolean streaming) {
        Problems problems = new Problems();
        SourceFile source = new SourceFile(fileName, sha256(bytes), bytes.clone());
        SafeOpen.OpenedBook opened = SafeOpen.openBook(bytes, fileName, streaming);
        for (Problem p : opened.problems()) {
            if (p.isError()) problems.error(p.cell(), p.message());
            else problems.warning(p.cell(), p.message());
        }
        if (opened.book() == null) return unusable.apply(problems.all());
        try (Book wb = opened.book()) {
            return body.read(wb, source, problems);
        }
    }

    /**
     * Finds the sheets by their Chinese or English names. Two sheets naming one sheet, and a
     * required sheet missing, are errors.
     *
     * @param missingHint appended to the message of a missing required sheet (may be empty)
     * @return each sheet found, in the order of {@code defs}
     */
    public static Map<SheetDef, Page> findSheets(Book wb, String fileName, List<SheetDef> defs, String missingHint,
                                                 Problems problems) {
        Map<SheetDef, Page> found = new LinkedHashMap<>();
        for (SheetDef def : defs) {
            for (Page s : wb.pages()) {
                if (!Headers.matchesSheet(s.name(), def)) continue;
                Page first = found.putIfAbsent(def, s);
                if (first != null) {
                    problems.error(null, fileName + ": sheets " + CellRef.quoteSheet(first.name())
                            + " and " + CellRef.quoteSheet(s.name()) + " both name the sheet "
                            + def.title() + "; keep only one");
                }
            }
            if (def.required() && !found.containsKey(def)) {
                List<String> names = new ArrayList<>();
                for (Page p : wb.pages()) names.add(p.name());
                problems.error(null, fileName + ": required sheet " + def.title() + " not found (sheets: "
                        + String.join(", ", names) + ")" + missingHint);
            }
        }
        return found;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
