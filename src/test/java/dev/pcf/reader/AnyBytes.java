package dev.pcf.reader;

import dev.pcf.model.InputException;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property the reader is fuzzed for: any bytes come back as problems or a workbook, never as
 * an exception, an endless loop or an exhausted heap. The path is the one {@code pcf} takes:
 * {@link SafeOpen} (limits, format sniffing) and, when it lets the file through,
 * {@link WorkbookReader} on a large stack ({@link Limits#withLargeStack}, whose only exception is
 * an {@link InputException}). Checked by {@link FuzzRegressionTest} on the inputs found so far and
 * by the Jazzer target {@code src/fuzz/java/dev/pcf/reader/WorkbookReaderFuzzTest} (profile
 * {@code fuzz}, see {@code bench/fuzzing.md}).
 */
final class AnyBytes {
    private AnyBytes() {}

    /** Asserts the property for one input. */
    static void giveProblemsNotExceptions(byte[] bytes) throws IOException {
        SafeOpen.Opened opened = SafeOpen.open(bytes, "fuzz.xlsx");
        assertTrue(opened.workbook() != null || opened.failed(), "no workbook must come with an error saying why");
        if (opened.workbook() == null) return;
        opened.workbook().close();

        try {
            Reading reading = Limits.withLargeStack("fuzz.xlsx", () -> WorkbookReader.read(bytes, "fuzz.xlsx"));
            assertNotNull(reading);
            assertTrue(reading.workbook() != null || reading.problems().stream().anyMatch(p -> p.isError()),
                    "no workbook must come with an error saying why");
        } catch (InputException documented) {
            assertFalse(documented.errors().isEmpty());
        }
    }
}
