package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    @Test
    void staysSilentDuringTheFirstSecondAndWithoutAConsole() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong(0);
        ConsoleProgress quick = ConsoleProgress.forTest(new PrintStream(out, true, StandardCharsets.UTF_8), true, now::get);
        now.set(900_000_000L);
        quick.onProgress(10_000, 20_000);
        quick.onFinish();
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        ConsoleProgress noConsole = ConsoleProgress.forTest(new PrintStream(out, true, StandardCharsets.UTF_8), false, now::get);
        now.set(5_000_000_000L);
        noConsole.onProgress(10_000, 20_000);
        noConsole.onFinish();
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void drawsABarAfterASecond() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong(0);
        ConsoleProgress p = ConsoleProgress.forTest(new PrintStream(out, true, StandardCharsets.UTF_8), true, now::get);
        now.set(1_500_000_000L);
        p.onProgress(50_000, 100_000);
        p.onFinish();
        // half of 30 characters filled
        assertEquals("\rMonte Carlo [" + "#".repeat(15) + " ".repeat(15) + "] 50,000 iterations" + System.lineSeparator(),
                out.toString(StandardCharsets.UTF_8));
    }
}
