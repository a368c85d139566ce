package dev.pcf.uncertainty;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for runs that take longer than about a second. It prints
 * nothing when standard error is not an interactive terminal ({@code System.console() == null})
 * and never writes to standard output.
 */
public final class ConsoleProgress implements ProgressListener {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean enabled;
    private final LongSupplier nanoTime;
    private final long start;
    private boolean shown;
    private int lastPermille = -1;

    private ConsoleProgress(PrintStream err, boolean enabled, LongSupplier nanoTime) {
        this.err = err;
        this.enabled = enabled;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /**
     * A bar on {@code System.err}, enabled only when the JVM is attached to an interactive
     * terminal: {@code System.console()} is not null and, on Java 22 and later (where a console
     * also exists when the streams are redirected), {@code Console.isTerminal()} is true. Java
     * cannot test standard error alone, so redirecting standard output also turns the bar off.
     */
    public static ConsoleProgress create() {
        return new ConsoleProgress(System.err, interactive(), System::nanoTime);
    }

    /** Whether standard error is an interactive terminal (see {@link #create()}). */
    public static boolean interactive() {
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

    /** For tests: a bar on {@code out}, enabled or not, with an injected clock (nanoseconds). */
    static ConsoleProgress forTest(PrintStream out, boolean enabled, LongSupplier nanoTime) {
        return new ConsoleProgress(out, enabled, nanoTime);
    }

    @Override
    public void onProgress(long done, long expected) {
        if (!enabled || expected <= 0 || nanoTime.getAsLong() - start < DELAY_NANOS) {
            return;
        }
        int permille = (int) Math.min(1000, done * 1000 / expected);
        if (permille == lastPermille) {
            return;
        }
        lastPermille = permille;
        int filled = permille * WIDTH / 1000;
        err.print(String.format(Locale.ROOT, "\rMonte Carlo [%s%s] %,d iterations",
                "#".repeat(filled), " ".repeat(WIDTH - filled), done));
        err.flush();
        shown = true;
    }

    @Override
    public void onFinish() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
