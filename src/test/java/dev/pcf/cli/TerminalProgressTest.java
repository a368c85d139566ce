package dev.pcf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong(0);

    private TerminalProgress bar(boolean enabled, boolean monteCarlo) {
        return TerminalProgress.forTest(new PrintWriter(text, true), enabled, monteCarlo, now::get);
    }

    @Test
    void monteCarloStaysSilentDuringTheFirstSecondAndWithoutATerminal() {
        TerminalProgress quick = bar(true, true);
        now.set(900_000_000L);
        quick.advanced(10_000, 20_000, "");
        quick.finished();
        assertEquals("", text.toString());
        TerminalProgress noTerminal = bar(false, true);
        now.set(5_000_000_000L);
        noTerminal.advanced(10_000, 20_000, "");
        noTerminal.finished();
        assertEquals("", text.toString());
    }

    @Test
    void monteCarloDrawsABarAfterASecond() {
        TerminalProgress p = bar(true, true);
        now.set(1_500_000_000L);
        p.advanced(50_000, 100_000, "");
        p.finished();
        // half of 30 characters filled
        assertEquals("\rMonte Carlo [" + "#".repeat(15) + " ".repeat(15) + "] 50,000 iterations" + System.lineSeparator(),
                text.toString());
    }

    @Test
    void batchDrawsAtOnceNamesEachWorkbookAndEndsTheLine() {
        TerminalProgress p = bar(true, false);
        p.started(2);
        p.advanced(1, 2, "a-long-name.xlsx");
        p.advanced(2, 2, "b.xlsx");
        p.finished();
        String empty = "[" + ".".repeat(30) + "] 0/2";
        String half = "[" + "#".repeat(15) + ".".repeat(15) + "] 1/2 a-long-name.xlsx";
        String full = "[" + "#".repeat(30) + "] 2/2 b.xlsx";
        // a shorter line is padded with spaces over the longer one before it
        assertEquals("\r" + empty + "\r" + half + "\r" + full + " ".repeat(half.length() - full.length())
                + System.lineSeparator(), text.toString());
    }

    @Test
    void aDisabledBatchBarPrintsNothing() {
        TerminalProgress p = bar(false, false);
        p.started(2);
        p.advanced(1, 2, "a.xlsx");
        p.finished();
        assertEquals("", text.toString());
    }
}
