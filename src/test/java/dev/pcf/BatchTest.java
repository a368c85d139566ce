package dev.pcf;

import dev.pcf.batch.BatchRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchTest {
    @TempDir
    Path tmp;

    @Test
    void workbooksThatShareABaseNameGetOneReportEach() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String n : new String[] {"x.xlsx", "x.xlsm", "y.xlsx"}) Files.writeString(in.resolve(n), "");
        assertEquals(Set.of("x"), Batch.clashingBaseNames(BatchRunner.workbooks(in)));
        assertEquals("x.xlsm.pdf", Batch.pdfName(in.resolve("x.xlsm"), Set.of("x")));
        assertEquals("y.pdf", Batch.pdfName(in.resolve("y.xlsx"), Set.of("x")));
        assertEquals("a.b", Batch.baseName(Path.of("a.b.xlsx")));
        assertEquals(".hidden", Batch.baseName(Path.of(".hidden")));
    }
}
