package dev.pcf.uncertainty;

import dev.pcf.model.ReportInfo;

/**
 * How to run the Monte Carlo analysis.
 *
 * @param seed            the seed; every number of the result is a function of it (and of the input)
 * @param fixedIterations a fixed number of iterations, or null for the JCGM 101 §7.9 adaptive procedure
 * @param cap             adaptive runs stop at this many iterations at the latest (rounded down to whole blocks, at least 2 blocks)
 * @param threads         worker threads (≥ 1); the result does not depend on it
 * @param blockSize       iterations per block (the unit of the adaptive procedure and of seeding); keep the default
 */
public record McOptions(long seed, Long fixedIterations, long cap, int threads, int blockSize) {
    /** The default seed, printed in every report so that a run can be repeated. */
    public static final long DEFAULT_SEED = 20240101L;
    /** The default cap of adaptive runs (uncertainty-spec.md). */
    public static final long DEFAULT_CAP = 1_000_000L;
    /** The default block size M = 10⁴ of JCGM 101 §7.9. */
    public static final int DEFAULT_BLOCK = 10_000;

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException when a count is not positive
     */
    public McOptions {
        if (fixedIterations != null && fixedIterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, found " + fixedIterations);
        }
        if (cap < 1) throw new IllegalArgumentException("cap must be at least 1, found " + cap);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        if (blockSize < 1) throw new IllegalArgumentException("block size must be at least 1, found " + blockSize);
    }

    /** Adaptive, default seed, default cap, every available core. */
    public static McOptions defaults() {
        return new McOptions(DEFAULT_SEED, null, DEFAULT_CAP, availableCores(), DEFAULT_BLOCK);
    }

    /**
     * The options of a run: the CLI's values override the workbook's ({@link ReportInfo#seed()},
     * {@link ReportInfo#mcIterations()}), which override the defaults.
     *
     * @param info          the workbook's Report sheet, or null
     * @param cliSeed       {@code --seed}, or null
     * @param cliIterations {@code --iterations}, or null
     * @param cliThreads    {@code --threads}, or null for every available core
     * @throws IllegalArgumentException when iterations or threads are not positive
     */
    public static McOptions resolve(ReportInfo info, Long cliSeed, Long cliIterations, Integer cliThreads) {
        long seed = cliSeed != null ? cliSeed
                : info != null && info.seed() != null ? info.seed() : DEFAULT_SEED;
        Long iterations = cliIterations != null ? cliIterations
                : info != null && info.mcIterations() != null ? Long.valueOf(info.mcIterations()) : null;
        int threads = cliThreads != null ? cliThreads : availableCores();
        return new McOptions(seed, iterations, DEFAULT_CAP, threads, DEFAULT_BLOCK);
    }

    /** The same options with another number of threads. */
    public McOptions withThreads(int n) {
        return new McOptions(seed, fixedIterations, cap, n, blockSize);
    }

    /** The same options with another seed. */
    public McOptions withSeed(long s) {
        return new McOptions(s, fixedIterations, cap, threads, blockSize);
    }

    /** Whether the adaptive procedure chooses the number of iterations. */
    public boolean adaptive() {
        return fixedIterations == null;
    }

    private static int availableCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
