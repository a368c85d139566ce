package dev.pcf.workbook;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes given to the reader come back as a {@link Reading} (a workbook or problems), never as
 * an exception, an endless loop or an exhausted heap. In a normal test run (regression mode) the
 * inputs under {@code WorkbookReaderFuzzTestInputs/} run once each; a fuzzing session runs with
 * {@code JAZZER_FUZZ=1} (see {@code bench/fuzzing.md}).
 */
class WorkbookReaderFuzzTest {

    @FuzzTest(maxDuration = "15m")
    void anyBytesGiveProblemsNotExceptions(byte[] bytes) {
        Reading reading = WorkbookReader.read(bytes, "fuzz.xlsx");
        assertNotNull(reading);
        assertTrue(reading.workbook() != null || reading.problems().stream().anyMatch(p -> p.isError()),
                "no workbook must come with an error saying why");

        SafeOpen.Opened opened = SafeOpen.open(bytes, "fuzz.xlsx");
        assertTrue(opened.workbook() != null || opened.failed(), "no workbook must come with an error saying why");
        if (opened.workbook() != null) {
            try {
                opened.workbook().close();
            } catch (java.io.IOException e) {
                throw new AssertionError("closing an in-memory workbook", e);
            }
        }
    }
}
