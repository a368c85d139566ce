package dev.pcf.export;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A one-line text progress bar, redrawn with a carriage return: {@code [#####.....] 25/50 JX0317.xlsx}.
 * On completion it ends the line; the summary table is the caller's to print (on standard output,
 * see {@link BatchSummary#table()}).
 */
public final class ConsoleProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private int lastLength;

    /** A bar drawn on this writer (usually stderr, so stdout stays clean). */
    public ConsoleProgressBar(PrintWriter out) {
        this.out = out;
    }

    /** A bar drawn on this stream (usually stderr), in UTF-8. */
    public ConsoleProgressBar(PrintStream out) {
        this(new PrintWriter(out, true, StandardCharsets.UTF_8));
    }

    @Override
    public void started(int total) {
        draw(0, total, "");
    }

    @Override
    public void finished(BatchItem item, int done, int total) {
        draw(done, total, item.file().getFileName().toString());
    }

    @Override
    public void completed(BatchSummary summary) {
        out.println();
        out.flush();
    }

    /** The bar's text for {@code done} of {@code total}. */
    static String bar(int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format(Locale.ROOT, "%d/%d", done, total);
    }

    private void draw(int done, int total, String name) {
        String line = bar(done, total) + (name.isEmpty() ? "" : " " + name);
        int pad = Math.max(0, lastLength - line.length());
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
        lastLength = line.length();
    }
}
