package dev.pcf.cli;

import dev.pcf.model.Progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The command line's progress bar on standard error, one line redrawn with a carriage return:
 * {@code Monte Carlo [#####     ] 50,000 iterations} for a run, {@code [#####.....] 25/50 a.xlsx}
 * for a batch. It draws nothing while disabled (standard error is not a terminal) and, for a Monte
 * Carlo run, nothing during the first second, so quick runs stay quiet. It never writes to
 * standard output.
 */
final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;
    private static final long SECOND = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean monteCarlo;
    private final LongSupplier nanoTime;
    private final long start;
    private boolean shown;
    private int lastPermille = -1;
    private int lastLength;

    private TerminalProgress(PrintWriter err, boolean enabled, boolean monteCarlo, LongSupplier nanoTime) {
        this.err = err;
        this.enabled = enabled;
        this.monteCarlo = monteCarlo;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** A Monte Carlo bar on {@code err}, shown after the first second when standard error is a terminal. */
    static TerminalProgress monteCarlo(PrintWriter err) {
        return new TerminalProgress(err, interactive(), true, System::nanoTime);
    }

    /** A batch bar on {@code err}, shown from the start when {@code enabled}. */
    static TerminalProgress batch(PrintWriter err, boolean enabled) {
        return new TerminalProgress(err, enabled, false, System::nanoTime);
    }

    /** For tests: a bar with an injected clock (nanoseconds). */
    static TerminalProgress forTest(PrintWriter err, boolean enabled, boolean monteCarlo, LongSupplier nanoTime) {
        return new TerminalProgress(err, enabled, monteCarlo, nanoTime);
    }

    /**
     * Whether the JVM is attached to an interactive terminal: {@code System.console()} is not null
     * and, on Java 22 and later (where a console also exists when the streams are redirected),
     * {@code Console.isTerminal()} is true. Java cannot test standard error alone, so redirecting
     * standard output also turns the bar off.
     */
    static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) return false;
        try {
            // Console.isTerminal() exists from Java 22; the build targets 21
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void started(long total) {
        if (!monteCarlo && enabled) draw(0, total, "");
    }

    @Override
    public void advanced(long done, long total, String item) {
        if (!enabled || monteCarlo && (total <= 0 || nanoTime.getAsLong() - start < SECOND)) return;
        if (monteCarlo) {
            int permille = (int) Math.min(1000, done * 1000 / total);
            if (permille == lastPermille) return;
            lastPermille = permille;
        }
        draw(done, total, item);
    }

    @Override
    public void finished() {
        if (shown) {
            err.println();
            err.flush();
        }
    }

    /** The bar's text for {@code done} of {@code total}, without the item. */
    String bar(long done, long total) {
        int filled = total <= 0 ? WIDTH : (int) (Math.min(done, total) * WIDTH / total);
        String unfilled = (monteCarlo ? " " : ".").repeat(WIDTH - filled);
        return monteCarlo
                ? String.format(Locale.ROOT, "Monte Carlo [%s%s] %,d iterations", "#".repeat(filled), unfilled, done)
                : String.format(Locale.ROOT, "[%s%s] %d/%d", "#".repeat(filled), unfilled, done, total);
    }

    private void draw(long done, long total, String item) {
        String line = bar(done, total) + (item.isEmpty() ? "" : " " + item);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
        shown = true;
    }
}
