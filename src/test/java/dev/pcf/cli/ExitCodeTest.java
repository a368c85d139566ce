package dev.pcf.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Exit codes mean one thing: --verbose never changes them; a failed write is not bad input. */
class ExitCodeTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path tmp;

    @Test
    void aMissingInputIsBadInputWithOrWithoutVerbose() {
        String missing = tmp.resolve("missing.xlsx").toString();
        CliTest.Run quiet = CliTest.run("calc", missing);
        assertEquals(1, quiet.code());
        assertEquals("pcf: no such file: " + missing + NL, quiet.err());
        CliTest.Run verbose = CliTest.run("calc", missing, "--verbose");
        assertEquals(1, verbose.code());
        assertTrue(verbose.err().startsWith("pcf: no such file: " + missing + NL), verbose.err());
    }

    @Test
    void anUnreadableInputIsBadInputWithOrWithoutVerbose() throws Exception {
        // a folder where a workbook should be: reading it fails with an IOException
        Path folder = Files.createDirectories(tmp.resolve("folder.xlsx"));
        assertEquals(1, CliTest.run("calc", folder.toString()).code());
        assertEquals(1, CliTest.run("calc", folder.toString(), "--verbose").code());
    }

    @Test
    void anOutputThatCannotBeWrittenExitsThreeNamingThePath() throws Exception {
        // the output's folder cannot be created: a file is where it should be
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        Path target = file.resolve("t.xlsx");
        CliTest.Run quiet = CliTest.run("template", "-o", target.toString());
        assertEquals(3, quiet.code());
        assertEquals("pcf: cannot write " + target + ": a file is in the way" + NL, quiet.err());
        CliTest.Run verbose = CliTest.run("template", "-o", target.toString(), "--verbose");
        assertEquals(3, verbose.code());
        assertTrue(verbose.err().startsWith("pcf: cannot write " + target + ": a file is in the way" + NL), verbose.err());
        assertTrue(verbose.err().contains("\tat "), "--verbose adds the stack trace: " + verbose.err());
        assertEquals(List.of("file.txt"), names(tmp));
    }

    @Test
    void anOutputInTheWayOfAFolderExitsThreeAndLeavesNothing() throws Exception {
        // the target is a folder: refused before anything is written
        Path target = Files.createDirectories(tmp.resolve("out.xlsx"));
        Files.writeString(target.resolve("inside"), "x");
        CliTest.Run r = CliTest.run("template", "-o", target.toString());
        assertEquals(3, r.code());
        assertEquals("pcf: cannot write " + target + ": a folder is in the way" + NL, r.err());
        assertEquals(List.of("out.xlsx"), names(tmp), "no temporary file left");
    }

    @Test
    void aFolderWithoutWritePermissionExitsThree() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path locked = Files.createDirectories(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root: permissions are not enforced");
            Path target = locked.resolve("t.xlsx");
            CliTest.Run r = CliTest.run("template", "-o", target.toString());
            assertEquals(3, r.code());
            assertEquals("pcf: cannot write " + target + ": permission denied" + NL, r.err());
            assertFalse(Files.exists(target));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
