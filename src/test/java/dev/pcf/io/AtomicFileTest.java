package dev.pcf.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFileTest {
    @Test
    void failedWriteLeavesNothing(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("out.pdf");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("boom");
        }));
        assertFalse(Files.exists(target));
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void failedWriteKeepsThePreviousFile(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("out.pdf");
        Files.writeString(target, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            throw new IllegalStateException("bug");
        }));
        assertEquals("old", Files.readString(target));
    }

    @Test
    void successfulWriteReplaces(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("sub/out.txt");
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void aFileSystemFailureIsAnOutputExceptionNamingTheTarget(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        Path target = file.resolve("out.pdf");
        var e = assertThrows(dev.pcf.model.OutputException.class, () -> AtomicFile.write(target, new byte[] {1}));
        assertEquals("cannot write " + target + ": a file is in the way", e.getMessage());
        assertEquals(target, e.target());
    }

    @Test
    void aFailureOfTheContentIsPassedOnUnchanged(@TempDir Path tmp) {
        IOException boom = new IOException("cannot read the workbook");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(tmp.resolve("out.xlsx"), out -> {
            throw boom;
        }));
        assertEquals(boom, e, "not wrapped: reading the input is not writing the output");
    }
}
