package dev.pcf.cli;

import dev.pcf.Pcf;
import picocli.CommandLine.Option;

/** Monte Carlo options shared by calc, report and export. */
final class McOptionsMixin {
    @Option(names = "--iterations", paramLabel = "N", description = "Fixed number of Monte Carlo iterations (default: the workbook's, else adaptive per JCGM 101 §7.9).")
    Long iterations;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: the workbook's, else a fixed default).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Monte Carlo worker threads (default: all cores; in batch, 1 per workbook). Results do not depend on it.")
    Integer threads;

    @Option(names = "--no-mc", description = "Skip the Monte Carlo analysis.")
    boolean noMc;

    Pcf.Options options() {
        if (iterations != null && iterations <= 0) throw new Main.UsageException("--iterations must be a positive integer, found " + iterations);
        if (threads != null && threads <= 0) throw new Main.UsageException("--threads must be a positive integer, found " + threads);
        return new Pcf.Options(seed, iterations, threads, !noMc);
    }
}
