package dev.pcf.reader;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;

/**
 * Jazzer target for {@link AnyBytes}: any bytes given to the reader come back as problems or a
 * workbook, never as an exception, an endless loop or an exhausted heap. Compiled and run only
 * under the Maven profile {@code fuzz} ({@code mvn -Pfuzz test}, see {@code bench/fuzzing.md});
 * the inputs it keeps under {@code WorkbookReaderFuzzTestInputs/} are replayed in every test run
 * by {@link FuzzRegressionTest}, without Jazzer.
 */
class WorkbookReaderFuzzTest {

    @FuzzTest(maxDuration = "15m")
    void anyBytesGiveProblemsNotExceptions(byte[] bytes) throws IOException {
        AnyBytes.giveProblemsNotExceptions(bytes);
    }
}
