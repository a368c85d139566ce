package dev.pcf.export;

/**
 * Hears how a batch advances. Calls may come from several worker threads; the runner
 * serialises them, so an implementation needs no locking of its own.
 */
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {};

    /** The batch found {@code total} workbooks and starts. */
    default void started(int total) {}

    /** One more workbook is done ({@code done} of {@code total} so far). */
    default void finished(BatchItem item, int done, int total) {}

    /** Every workbook is done and the summary written. */
    default void completed(BatchSummary summary) {}
}
