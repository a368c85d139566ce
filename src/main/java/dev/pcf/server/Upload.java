package dev.pcf.server;

import dev.pcf.Pcf;
import dev.pcf.model.Problem;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A workbook received in a request, held in memory: the request body as is (Content-Type of xlsx,
 * xlsm or xls, or application/octet-stream) or the multipart field {@code workbook}. The size limit
 * of the command line applies (413), anything but a spreadsheet container is refused (415). The
 * client's file name is only ever shown (messages, JSON, download names), never used as a path.
 *
 * @param bytes        the file
 * @param name         its display name: the client's file name without any folder, or {@code workbook.xlsx}
 * @param verification the multipart field {@code verification} when sent (a hook for the
 *                     verification workbook: a verified report), else null
 */
record Upload(byte[] bytes, String name, byte[] verification) {

    /** The name under which the verification workbook's problems are reported. */
    static final String VERIFICATION_NAME = "verification.xlsx";
    /** Content types of a raw workbook body. */
    static final Set<String> WORKBOOK_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.ms-excel",
            "application/octet-stream");
    /** Multipart requests carry up to two workbooks and some form fields. */
    static final long MAX_MULTIPART_BYTES = 2 * Pcf.MAX_WORKBOOK_BYTES + 64 * 1024;
    static final String DEFAULT_NAME = "workbook.xlsx";

    /**
     * Reads the workbook of a request.
     *
     * @throws ApiError 400 without a workbook, 413 over the size limit, 415 when it is not a workbook
     */
    static Upload read(Context ctx) {
        String type = mediaType(ctx.contentType());
        long length = ctx.req().getContentLengthLong();
        Upload u;
        if (type.equals("multipart/form-data")) {
            if (length > MAX_MULTIPART_BYTES) throw tooLarge(DEFAULT_NAME);
            u = multipart(ctx);
        } else if (WORKBOOK_TYPES.contains(type)) {
            if (length > Pcf.MAX_WORKBOOK_BYTES) throw tooLarge(DEFAULT_NAME);
            String name = type.equals("application/vnd.ms-excel") ? "workbook.xls" : DEFAULT_NAME;
            u = new Upload(readBounded(ctx, name), name, null);
        } else {
            throw new ApiError(415, "Content-Type " + (type.isEmpty() ? "(none)" : type) + " is not a workbook: send the .xlsx"
                    + " or .xls file as the request body (Content-Type " + String.join(", ", WORKBOOK_TYPES.stream().sorted().toList())
                    + ") or as the multipart/form-data field 'workbook'");
        }
        if (!Pcf.isSpreadsheetContainer(u.bytes())) {
            // the facade's reader says what the file is instead, in the command line's words
            List<Problem> problems = Pcf.read(u.bytes(), u.name()).problems();
            throw new ApiError(415, problems.isEmpty() ? List.of(Problem.error(null, u.name() + ": not an Excel workbook")) : problems);
        }
        return u;
    }

    private static Upload multipart(Context ctx) {
        UploadedFile wb;
        UploadedFile ver;
        try {
            wb = ctx.uploadedFile("workbook");
            ver = ctx.uploadedFile("verification");
        } catch (RuntimeException e) {
            if (isTooLarge(e)) throw tooLarge(DEFAULT_NAME);
            throw ApiError.badRequest("the multipart/form-data body cannot be read: " + e.getClass().getSimpleName());
        }
        if (wb == null) throw ApiError.badRequest("no workbook: send it as the multipart/form-data field 'workbook'");
        String name = displayName(wb.filename());
        if (wb.size() > Pcf.MAX_WORKBOOK_BYTES) throw tooLarge(name);
        if (ver != null && ver.size() > Pcf.MAX_WORKBOOK_BYTES) throw tooLarge(displayName(ver.filename()));
        return new Upload(content(wb), name, ver == null || ver.size() == 0 ? null : content(ver));
    }

    private static byte[] content(UploadedFile f) {
        try (InputStream in = f.content()) {
            return in.readNBytes((int) Pcf.MAX_WORKBOOK_BYTES + 1);
        } catch (IOException e) {
            throw ApiError.badRequest("the upload was cut off: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] readBounded(Context ctx, String name) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Pcf.MAX_WORKBOOK_BYTES + 1);
            if (b.length > Pcf.MAX_WORKBOOK_BYTES) throw tooLarge(name);
            return b;
        } catch (IOException e) {
            throw ApiError.badRequest("the upload was cut off: " + e.getClass().getSimpleName());
        }
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("max") && (m.contains("size") || m.contains("length")) || m.contains("too large") || m.contains("413")) {
                return true;
            }
        }
        return false;
    }

    static ApiError tooLarge(String name) {
        return new ApiError(413, name + ": larger than the limit of " + String.format(Locale.ROOT, "%,d", Pcf.MAX_WORKBOOK_BYTES)
                + " bytes (" + Pcf.MAX_WORKBOOK_BYTES / (1024 * 1024) + " MiB) for a workbook");
    }

    /** The media type without parameters, lower case; "" when absent. */
    static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The client's file name reduced to something safe to show: no folders, no control or
     * formatting characters, at most 100 characters; {@value #DEFAULT_NAME} when nothing is left.
     */
    static String displayName(String clientName) {
        if (clientName == null) return DEFAULT_NAME;
        String n = clientName;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder sb = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && c != '"').forEach(sb::appendCodePoint);
        n = sb.toString().strip();
        if (n.codePointCount(0, n.length()) > 100) n = n.substring(0, n.offsetByCodePoints(0, 100));
        return n.isEmpty() || n.equals(".") || n.equals("..") ? DEFAULT_NAME : n;
    }
}
