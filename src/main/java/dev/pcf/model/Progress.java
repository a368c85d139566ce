package dev.pcf.uncertainty;

/**
 * Told how far a Monte Carlo run has got, after each block of iterations, from the thread that
 * runs {@link MonteCarlo#run}. The engine itself never prints.
 */
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = (done, expected) -> { };

    /**
     * Called after each completed block.
     *
     * @param done     iterations completed so far
     * @param expected iterations planned: the fixed number, or the cap of an adaptive run (which may stop earlier)
     */
    void onProgress(long done, long expected);

    /** Called once when the run ends (normally or not). */
    default void onFinish() { }
}
