package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pcf.model.ReportInfo;
import java.util.Map;
import org.junit.jupiter.api.Test;

class McOptionsTest {

    static ReportInfo info(Integer iterations, Long seed) {
        return new ReportInfo(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, 4, null, null, null, null, null,
                iterations, seed, Map.of());
    }

    @Test
    void cliOverridesWorkbookWhichOverridesDefaults() {
        McOptions d = McOptions.resolve(info(null, null), null, null, 1);
        assertEquals(20240101L, d.seed());
        assertNull(d.fixedIterations());
        assertEquals(1_000_000, d.cap());
        McOptions wb = McOptions.resolve(info(50_000, 7L), null, null, 2);
        assertEquals(7, wb.seed());
        assertEquals(50_000L, wb.fixedIterations());
        assertEquals(2, wb.threads());
        McOptions cli = McOptions.resolve(info(50_000, 7L), 9L, 1000L, 3);
        assertEquals(9, cli.seed());
        assertEquals(1000L, cli.fixedIterations());
        assertEquals(Runtime.getRuntime().availableProcessors(), McOptions.resolve(null, null, null, null).threads());
    }

    @Test
    void rejectsNonPositiveCounts() {
        assertThrows(IllegalArgumentException.class, () -> McOptions.resolve(null, null, 0L, 1));
        assertThrows(IllegalArgumentException.class, () -> McOptions.resolve(null, null, null, 0));
    }
}
