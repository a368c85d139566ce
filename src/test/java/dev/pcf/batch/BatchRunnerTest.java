package dev.pcf.batch;

import dev.pcf.model.CellRef;
import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import dev.pcf.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchRunnerTest {
    @TempDir
    Path tmp;

    private Path in(String... names) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        for (String n : names) Files.write(dir.resolve(n), new byte[] {1});
        return dir;
    }

    /** A fake worker: the total is the digits of the file name, the interval ±10 %. */
    private static final Function<Path, BatchItem> BY_NAME = p -> {
        double v = Double.parseDouble(p.getFileName().toString().replaceAll("\\D", ""));
        return BatchItem.ok(p, v, v * 0.9, v * 1.1);
    };

    @Test
    void scansWorkbooksOnlyInFileNameOrder() throws IOException {
        Path dir = in("b2.xlsx", "a1.XLSX", "c3.xls", "d4.xlsm", "notes.txt", "~$a1.xlsx", ".hidden.xlsx");
        Files.createDirectories(dir.resolve("sub.xlsx"));
        assertEquals(List.of("a1.XLSX", "b2.xlsx", "c3.xls", "d4.xlsm"),
                BatchRunner.scan(dir).stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void refusesAFileAsFolder() throws IOException {
        Path f = Files.write(tmp.resolve("x.xlsx"), new byte[0]);
        assertThrows(NotDirectoryException.class, () -> BatchRunner.run(f, tmp, 1, BY_NAME, Progress.NONE));
    }

    @Test
    void failuresAreRecordedAndDoNotStopTheOthers() throws Exception {
        Path dir = in("a1.xlsx", "b2.xlsx", "c3.xlsx", "d4.xlsx");
        CellRef d7 = new CellRef("活动数据 Activity", 6, 3);
        Function<Path, BatchItem> worker = p -> switch (p.getFileName().toString()) {
            case "b2.xlsx" -> throw new InputException(List.of(
                    Problem.warning(null, "产品名称（英文）missing"),
                    Problem.error(d7, "数量 Amount must be a number, found \"abc\""),
                    Problem.error(d7, "second"), Problem.error(d7, "third"), Problem.error(d7, "fourth")));
            case "c3.xlsx" -> throw new IllegalStateException("boom");
            default -> BY_NAME.apply(p);
        };
        BatchSummary s = BatchRunner.run(dir, tmp.resolve("out"), 2, worker, Progress.NONE);
        assertEquals(List.of(BatchItem.Status.OK, BatchItem.Status.INVALID, BatchItem.Status.ERROR, BatchItem.Status.OK),
                s.items().stream().map(BatchItem::status).toList());
        // errors only, the first three
        assertEquals(List.of("'活动数据 Activity'!D7: 数量 Amount must be a number, found \"abc\"",
                "'活动数据 Activity'!D7: second", "'活动数据 Activity'!D7: third"), s.items().get(1).problems());
        assertEquals("internal error java.lang.IllegalStateException: boom", s.items().get(2).firstProblem());
        assertEquals(4.0, s.items().get(3).total());
        assertEquals(2, s.count(BatchItem.Status.OK));
    }

    @Test
    void writesTheSummaryCsvWithBomQuotingAndInjectionGuard() throws Exception {
        Path dir = in("a1.xlsx", "=b2,x.xlsx");
        Function<Path, BatchItem> worker = p -> p.getFileName().toString().startsWith("=")
                ? BatchItem.invalid(p, new InputException(Problem.error(null, "-bad \"quote\"")))
                : BatchItem.ok(p, 113.38570715, 105.5, 122.25);
        BatchSummary s = BatchRunner.run(dir, tmp.resolve("out"), 1, worker, Progress.NONE);
        byte[] bytes = Files.readAllBytes(s.csv());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        // sorted by name: "=b2,x.xlsx" (0x3D) before "a1.xlsx" (0x61)
        assertEquals("\uFEFFfile,status,total,p2_5,p97_5,first_problem\r\n"
                + "\"'=b2,x.xlsx\",invalid,,,,\"'-bad \"\"quote\"\"\"\r\n"
                + "a1.xlsx,ok,113.38570715,105.5,122.25,\r\n", new String(bytes, StandardCharsets.UTF_8));
        try (var files = Files.list(tmp.resolve("out"))) {
            assertEquals(List.of("summary.csv"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    @Test
    void replacesAnEarlierSummary() throws Exception {
        Path dir = in("a1.xlsx");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("summary.csv"), "old");
        BatchRunner.run(dir, out, 1, BY_NAME, Progress.NONE);
        assertTrue(Files.readString(out.resolve("summary.csv")).contains("a1.xlsx,ok,1,0.9,1.1"));
    }

    @Test
    void theSummaryHasTheUsualPermissionsOfANewFile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path out = Files.createDirectories(tmp.resolve("out"));
        // a file created the ordinary way gets 0666 & ~umask; Files.createTempFile would give 0600
        var usual = Files.getPosixFilePermissions(Files.createFile(out.resolve("plain.txt")));
        BatchRunner.run(in("a1.xlsx"), out, 1, BY_NAME, Progress.NONE);
        assertEquals(usual, Files.getPosixFilePermissions(out.resolve("summary.csv")));
    }

    @Test
    void aFailedSummaryWriteLeavesTheEarlierSummaryAndNoTemporaryFile() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path csv = Files.writeString(out.resolve("summary.csv"), "old");
        // a folder where the summary should go: the move fails after the temporary file was written
        Path blocked = Files.createDirectories(out.resolve("blocked.csv"));
        Files.writeString(blocked.resolve("inside"), "x");
        assertThrows(IOException.class, () -> SummaryCsv.write(List.of(), blocked));
        assertEquals("old", Files.readString(csv));
        try (var files = Files.list(out)) {
            assertEquals(List.of("blocked.csv", "summary.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void runsInParallelOnTheThreadsAsked() throws Exception {
        Path dir = in("a1.xlsx", "b2.xlsx", "c3.xlsx", "d4.xlsx");
        // every worker waits until two are inside at once: with one thread this would time out
        CountDownLatch both = new CountDownLatch(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Function<Path, BatchItem> worker = p -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            both.countDown();
            try {
                if (!both.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("not parallel");
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inside.decrementAndGet();
            }
            return BY_NAME.apply(p);
        };
        BatchSummary s = BatchRunner.run(dir, tmp.resolve("out"), 2, worker, Progress.NONE);
        assertTrue(s.allOk(), s.table());
        assertEquals(2, most.get(), "at most the two threads asked for");
        assertEquals(2, s.threads());
    }

    @Test
    void reportsProgressForEveryWorkbook() throws Exception {
        Path dir = in("a1.xlsx", "b2.xlsx", "c3.xlsx");
        List<String> events = new ArrayList<>();
        Progress l = new Progress() {
            @Override public void started(long total) { events.add("start " + total); }
            @Override public void advanced(long done, long total, String item) { events.add(done + "/" + total); }
            @Override public void finished() { events.add("done"); }
        };
        BatchRunner.run(dir, tmp.resolve("out"), 3, BY_NAME, l);
        assertEquals(List.of("start 3", "1/3", "2/3", "3/3", "done"), events);
    }

    @Test
    void theTableListsTheFirstProblemsOfEachBadWorkbook() {
        CellRef d7 = new CellRef("活动数据 Activity", 6, 3);
        BatchItem bad = BatchItem.invalid(Path.of("bad.xlsx"), new InputException(List.of(
                Problem.error(d7, "first"), Problem.error(d7, "second"))));
        String table = new BatchSummary(List.of(bad), Path.of("summary.csv"), java.time.Duration.ofSeconds(2), 1).table();
        assertTrue(table.contains("problems of bad.xlsx:%n  '活动数据 Activity'!D7: first%n  '活动数据 Activity'!D7: second%n"
                .formatted()), table);
    }

    @Test
    void anEmptyFolderGivesAnEmptySummary() throws Exception {
        BatchSummary s = BatchRunner.run(in(), tmp.resolve("out"), 0, BY_NAME, Progress.NONE);
        assertEquals(List.of(), s.items());
        assertEquals("\uFEFF" + SummaryCsv.HEADER + "\r\n", Files.readString(s.csv()));
    }
}
