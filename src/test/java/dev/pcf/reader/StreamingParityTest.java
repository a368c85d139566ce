package dev.pcf.reader;

import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Picture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The streamed read ({@link Grid}) and POI's in-memory model give the same workbook and the same
 * problems, in the same order, for every workbook shipped (examples, templates) and every fixture
 * of the reader's tests; and the examples and templates are indeed read by streaming.
 */
class StreamingParityTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));

    private static Stream<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.xls[xm]?$")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyShippedWorkbookAndFixtureReadsTheSameBothWays() {
        Stream<Path> all = Stream.of(files(ROOT.resolve("workbook-templates")), files(ROOT.resolve("src/test/resources")))
                .flatMap(s -> s);
        return all.map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> assertSameBothWays(read(p), p.getFileName().toString())));
    }

    @Test
    void theShippedWorkbooksAreStreamedNotModelled() throws IOException {
        List<Path> shipped = files(ROOT.resolve("workbook-templates")).toList();
        assertEquals(3, shipped.size(), shipped.toString());
        for (Path p : shipped) {
            try (Book b = SafeOpen.openBook(read(p), p.getFileName().toString()).book()) {
                assertInstanceOf(Grid.class, b, p.toString());
            }
        }
    }

    @Test
    void workbooksBuiltByTheTestsReadTheSameBothWays() {
        assertSameBothWays(TestWorkbook.minimal().xlsx(), "minimal.xlsx");
        assertSameBothWays(TestWorkbook.reportAndStages().xlsx(), "stages.xlsx");
        assertSameBothWays(TestWorkbook.minimal().report("issueDate", "2024/05/20").set(dev.pcf.workbook.Schema.ACTIVITY, 2,
                dev.pcf.model.Activity.AMOUNT, "abc").imageLabel(2, "产品图片 Product photo")
                .picture(2, new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 1, 2, 3}).imageLabel(3, "其它").picture(3, new byte[] {9}).xlsx(), "edited.xlsx");
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertSameBothWays(byte[] bytes, String name) {
        Reading streamed = WorkbookReader.read(bytes, name, true);
        Reading modelled = WorkbookReader.read(bytes, name, false);
        assertEquals(modelled.problems(), streamed.problems(), name + ": problems");
        if (modelled.workbook() == null) {
            assertNull(streamed.workbook(), name);
            return;
        }
        assertNotNull(streamed.workbook(), name);
        assertEquals(withoutPictures(modelled.workbook()), withoutPictures(streamed.workbook()), name + ": workbook");
        List<Picture> a = modelled.workbook().pictures();
        List<Picture> b = streamed.workbook().pictures();
        assertEquals(a.size(), b.size(), name + ": pictures");
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).kind(), b.get(i).kind());
            assertEquals(a.get(i).mimeType(), b.get(i).mimeType());
            assertEquals(a.get(i).anchor(), b.get(i).anchor());
            assertArrayEquals(a.get(i).data(), b.get(i).data());
        }
    }

    private static PcfWorkbook withoutPictures(PcfWorkbook w) {
        return new PcfWorkbook(new dev.pcf.model.SourceFile(w.source().fileName(), w.source().sha256(), null), w.info(),
                w.stages(), w.factors(), w.activities(), w.team(), w.improvements(), List.of(), w.warnings(), w.scenarios(),
                w.dropped());
    }
}
