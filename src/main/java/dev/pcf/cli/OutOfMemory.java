package dev.pcf.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Running out of memory is neither bad input (exit 1) nor a bug: it is exit {@link Main#INTERNAL} with
 * one message that says what ran out and how to give the JVM more, and a stack trace only with
 * {@code --verbose}. Output files are written only after the whole run succeeded
 * ({@link AtomicFile}), so nothing is left behind.
 */
final class OutOfMemory {
    private OutOfMemory() {}

    /** The {@link OutOfMemoryError} that is {@code t} or one of its causes (a worker thread's), else null. */
    static OutOfMemoryError cause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError oom) return oom;
            if (c.getCause() == c) break;
        }
        return null;
    }

    /** Prints the message for {@code oom} and returns the exit code. */
    static int report(OutOfMemoryError oom, PrintWriter err, boolean verbose) {
        err.println(message(oom, Runtime.getRuntime().maxMemory()));
        if (verbose) oom.printStackTrace(err);
        err.flush();
        return Main.INTERNAL;
    }

    /** The message for an error with the JVM's detail text and its maximum heap of {@code maxHeap} bytes. */
    static String message(OutOfMemoryError oom, long maxHeap) {
        String what = oom.getMessage() == null ? "Java heap space" : oom.getMessage();
        long mb = maxHeap / (1024 * 1024);
        String more = maxHeap == Long.MAX_VALUE ? "4g" : suggestion(mb);
        String kind;
        if (what.contains("Metaspace")) {
            kind = "the JVM ran out of class space (" + what + "); give more with PCF_JAVA_OPTS=-XX:MaxMetaspaceSize=512m";
        } else if (what.contains("native thread")) {
            kind = "the system refused another thread (" + what + "); try fewer threads (--threads, --jobs)";
        } else if (what.contains("Direct buffer")) {
            kind = "the JVM ran out of direct buffer memory (" + what + "); give more with PCF_JAVA_OPTS=-XX:MaxDirectMemorySize=1g";
        } else {
            kind = String.format(Locale.ROOT, "the Java heap (at most %d MB in this run) is too small for this work (%s); "
                    + "give the JVM more, e.g. PCF_JAVA_OPTS=-Xmx%s ./pcf <the same arguments>", mb, what, more);
        }
        return "pcf: out of memory: " + kind + ". Nothing was written (--verbose prints the stack trace).";
    }

    /** Twice the current maximum, rounded up to whole gigabytes when at least one. */
    private static String suggestion(long mb) {
        long twice = Math.max(512, mb * 2);
        return twice >= 1024 ? ((twice + 1023) / 1024) + "g" : twice + "m";
    }
}
