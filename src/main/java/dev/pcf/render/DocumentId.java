package dev.pcf.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Replaces the random trailer {@code /ID [<…><…>]} that OpenPDF writes with one derived from the file's
 * content (the MD5 digest of the file with the ID digits zeroed), so that equal input gives equal bytes and
 * different content a different ID. The ID has a fixed length, so the cross-reference offsets stay valid.
 *
 * <p>MD5, as ISO 32000-1 (14.4, "File Identifiers") suggests for the ID: its 16 bytes fill OpenPDF's 32 hex
 * digits exactly. The ID identifies a file, it secures nothing (a signature covers the bytes itself), so a
 * cryptographic digest brings nothing here; under C1 alone, as {@code pcf report} and {@code pcf batch} run,
 * SHA-256 is not an intrinsic and took ≈ 5 ms per report over the ≈ 0.7 MB file, MD5 takes ≈ 1.6 ms.
 */
final class DocumentId {

    private static final byte[] KEY = "/ID".getBytes(StandardCharsets.US_ASCII);

    private DocumentId() {}

    /** Rewrites the last trailer ID of {@code pdf} in place. */
    static void stamp(byte[] pdf) {
        for (int i = pdf.length - KEY.length; i >= 0; i--) {
            if (matchesAt(pdf, i)) {
                int[] digits = hexStrings(pdf, i + KEY.length);
                if (digits != null) {
                    rewrite(pdf, digits);
                    return;
                }
            }
        }
        throw new IllegalStateException("the PDF has no trailer /ID");
    }

    private static boolean matchesAt(byte[] pdf, int i) {
        for (int k = 0; k < KEY.length; k++) {
            if (pdf[i + k] != KEY[k]) {
                return false;
            }
        }
        return true;
    }

    /** Start and end (exclusive) of the two hex strings after {@code /ID}, or null if it is not an ID. */
    private static int[] hexStrings(byte[] pdf, int p) {
        p = skipSpace(pdf, p);
        if (p >= pdf.length || pdf[p] != '[') {
            return null;
        }
        int[] result = new int[4];
        p++;
        for (int s = 0; s < 2; s++) {
            p = skipSpace(pdf, p);
            if (p >= pdf.length || pdf[p] != '<') {
                return null;
            }
            int start = p + 1;
            int end = start;
            while (end < pdf.length && Character.digit(pdf[end], 16) >= 0) {
                end++;
            }
            if (end >= pdf.length || pdf[end] != '>' || end == start) {
                return null;
            }
            result[2 * s] = start;
            result[2 * s + 1] = end;
            p = end + 1;
        }
        return result;
    }

    private static int skipSpace(byte[] pdf, int p) {
        while (p < pdf.length && (pdf[p] == ' ' || pdf[p] == '\n' || pdf[p] == '\r')) {
            p++;
        }
        return p;
    }

    private static void rewrite(byte[] pdf, int[] d) {
        for (int s = 0; s < 2; s++) {
            for (int i = d[2 * s]; i < d[2 * s + 1]; i++) {
                pdf[i] = '0';
            }
        }
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("MD5").digest(pdf);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
        String hex = HexFormat.of().formatHex(hash).toUpperCase(java.util.Locale.ROOT);
        for (int s = 0; s < 2; s++) {
            int start = d[2 * s];
            for (int i = start; i < d[2 * s + 1]; i++) {
                pdf[i] = (byte) hex.charAt((i - start) % hex.length());
            }
        }
    }
}
