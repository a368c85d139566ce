package dev.pcf.reader;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pcf.model.InputException;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes given to the reader come back as problems or a workbook, never as an exception, an
 * endless loop or an exhausted heap. The path is the one {@code pcf} takes: {@link SafeOpen}
 * (limits, format sniffing) and, when it lets the file through, {@link WorkbookReader} on a large
 * stack ({@link Limits#withLargeStack}, whose only exception is an {@link InputException}).
 * In a normal test run (regression mode) the inputs under {@code WorkbookReaderFuzzTestInputs/}
 * run once each, the crashes found so far among them; a fuzzing session runs with
 * {@code JAZZER_FUZZ=1} (see {@code bench/fuzzing.md}).
 */
class WorkbookReaderFuzzTest {

    @FuzzTest(maxDuration = "15m")
    void anyBytesGiveProblemsNotExceptions(byte[] bytes) throws IOException {
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
            assertTrue(!documented.errors().isEmpty());
        }
    }
}
