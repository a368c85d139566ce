package dev.pcf.model;

/**
 * Told how far a long piece of work has got: the iterations of a Monte Carlo run, the workbooks of
 * a batch. The one progress type of every stage and of the facade; the stages never print, the
 * command line draws a bar from these calls and a service may report them otherwise. Calls come
 * from one thread at a time (a batch serialises its workers' calls), so an implementation needs no
 * locking of its own.
 */
public interface Progress {
    /** A listener that ignores everything. */
    Progress NONE = new Progress() { };

    /**
     * The work starts.
     *
     * @param total units planned (iterations, workbooks); 0 when none
     */
    default void started(long total) { }

    /**
     * More of the work is done.
     *
     * @param done  units completed so far
     * @param total units planned: for an adaptive Monte Carlo run its cap (it may stop earlier)
     * @param item  what was just finished (a workbook's file name), or the empty string
     */
    default void advanced(long done, long total, String item) { }

    /** The work ended, normally or not; called once. */
    default void finished() { }
}
