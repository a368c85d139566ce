package dev.pcf.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzzer's regression inputs (its seeds and every crash it found, under
 * {@code WorkbookReaderFuzzTestInputs/anyBytesGiveProblemsNotExceptions/}, where Jazzer keeps
 * them) replayed as an ordinary test, without Jazzer: each gives problems or a workbook, never an
 * exception ({@link AnyBytes}). Fuzzing itself runs under the Maven profile {@code fuzz}
 * ({@code bench/fuzzing.md}).
 */
class FuzzRegressionTest {
    static final String INPUTS = "WorkbookReaderFuzzTestInputs/anyBytesGiveProblemsNotExceptions";

    static List<Path> inputs() throws IOException, URISyntaxException {
        URL dir = FuzzRegressionTest.class.getResource(INPUTS);
        assertNotNull(dir, "missing test resource folder dev/pcf/reader/" + INPUTS);
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.sorted().toList();
        }
    }

    @Test
    void theInputsHoldTheSeedsAndBothCrashes() throws Exception {
        List<String> names = inputs().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.size() >= 12, names.toString());
        assertTrue(names.stream().filter(n -> n.startsWith("crash-")).count() >= 2, names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void anyBytesGiveProblemsNotExceptions(Path input) throws IOException {
        AnyBytes.giveProblemsNotExceptions(Files.readAllBytes(input));
    }
}
