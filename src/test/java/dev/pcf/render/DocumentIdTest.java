package dev.pcf.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentIdTest {

    @Test
    void replacesTheTrailerIdByTheHashOfTheZeroedFile() throws Exception {
        String head = "%PDF-1.7\n1 0 obj <</ID [<1234>]>> endobj\ntrailer\n<</Size 2/ID [<ABCDEF01> <23456789>]>>\n%%EOF\n";
        byte[] pdf = head.getBytes(StandardCharsets.US_ASCII);
        DocumentId.stamp(pdf);
        // expected: MD5 of the same file with both IDs as 00000000, first 8 hex digits, upper case
        String zeroed = head.replace("<ABCDEF01> <23456789>", "<00000000> <00000000>");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest(zeroed.getBytes(StandardCharsets.US_ASCII))).toUpperCase(Locale.ROOT);
        String id = hash.substring(0, 8);
        assertEquals(head.replace("<ABCDEF01> <23456789>", "<" + id + "> <" + id + ">"),
                new String(pdf, StandardCharsets.US_ASCII));
    }

    @Test
    void aSixteenByteIdIsTheWholeDigest() throws Exception {
        String zero = "0".repeat(32);
        String head = "%PDF-1.7\ntrailer\n<</Size 2/ID [<" + "AB".repeat(16) + "><" + "CD".repeat(16) + ">]>>\n%%EOF\n";
        byte[] pdf = head.getBytes(StandardCharsets.US_ASCII);
        DocumentId.stamp(pdf);
        // RFC 1321 MD5 through the JDK, of the file with the 32 digits of both strings zeroed
        String zeroed = "%PDF-1.7\ntrailer\n<</Size 2/ID [<" + zero + "><" + zero + ">]>>\n%%EOF\n";
        String md5 = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5")
                .digest(zeroed.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(zeroed.replace(zero, md5), new String(pdf, StandardCharsets.US_ASCII));
    }

    @Test
    void failsWithoutATrailerId() {
        byte[] pdf = "%PDF-1.7\ntrailer\n<</Size 2>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThrows(IllegalStateException.class, () -> DocumentId.stamp(pdf));
    }
}
