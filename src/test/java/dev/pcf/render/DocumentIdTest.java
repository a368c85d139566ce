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
        // expected: SHA-256 of the same file with both IDs as 00000000, first 8 hex digits, upper case
        String zeroed = head.replace("<ABCDEF01> <23456789>", "<00000000> <00000000>");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(zeroed.getBytes(StandardCharsets.US_ASCII))).toUpperCase(Locale.ROOT);
        String id = hash.substring(0, 8);
        assertEquals(head.replace("<ABCDEF01> <23456789>", "<" + id + "> <" + id + ">"),
                new String(pdf, StandardCharsets.US_ASCII));
    }

    @Test
    void failsWithoutATrailerId() {
        byte[] pdf = "%PDF-1.7\ntrailer\n<</Size 2>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThrows(IllegalStateException.class, () -> DocumentId.stamp(pdf));
    }
}
