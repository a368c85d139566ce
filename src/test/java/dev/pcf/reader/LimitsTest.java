package dev.pcf.reader;

import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LimitsTest {

    @Test
    void applySetsPoisProtectionsEvenAfterOtherCodeChangedThem() {
        ZipSecureFile.setMaxEntrySize(4L * 1024 * 1024 * 1024 - 1);
        IOUtils.setByteArrayMaxOverride(-1);
        Limits.apply();
        assertEquals(0.01, ZipSecureFile.getMinInflateRatio());
        assertEquals(256L * 1024 * 1024, ZipSecureFile.getMaxEntrySize());
        assertEquals(1_000, ZipSecureFile.getMaxFileCount());
        assertEquals(20_000_000, ZipSecureFile.getMaxTextSize());
        assertEquals(128 * 1024 * 1024, IOUtils.getByteArrayMaxOverride());
    }

    @Test
    void positionAllowsRow100001AndColumnGr() {
        assertNull(Limits.position("S", 100_000, 199)); // row 100,001, column 200 = GR
        assertEquals("S!A100002: data in row 100002 is beyond the limit of 100,000 data rows (last row read: 100001);"
                + " delete what is below", Limits.position("S", 100_001, 0).toString());
    }

    @Test
    void textLengthAllowsExcelsOwnLimit() {
        assertNull(Limits.textLength(null, 32_767));
        Problem p = Limits.textLength(null, 32_768);
        assertEquals("text of 32,768 characters is longer than the limit of 32,767 (Excel's own); shorten it", p.message());
    }

    @Test
    void removesControlCharactersButKeepsEmojiTabsAndNewlines() {
        assertEquals("a\tb\nc🔌d", Limits.withoutControls("a\tb\nc🔌\u0000\u001F\u007F\u0085d"));
        assertEquals("xy", Limits.withoutControls("x\uD800y"), "a lone surrogate is removed");
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }

    @Test
    void aStackOverflowWhileReadingBecomesAnInputProblem() {
        InputException e = assertThrows(InputException.class, () -> Limits.withLargeStack("deep.xlsx", () -> depth(0)));
        assertEquals("deep.xlsx: formulas refer to other formulas too deeply (a chain longer than the reader's stack"
                + " holds); replace some formulas by their values", e.problems().getFirst().toString());
        assertEquals(42, Limits.withLargeStack("x", () -> 42));
        assertThrows(IllegalArgumentException.class, () -> Limits.withLargeStack("x", () -> {
            throw new IllegalArgumentException("passed on");
        }));
    }
}
