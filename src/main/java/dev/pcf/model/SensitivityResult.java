package dev.pcf.model;

import dev.pcf.model.UncertaintyResult.InputKind;
import java.util.List;

/**
 * The variance-based sensitivity analysis of the total (uncertainty-spec.md, "Sensitivity
 * analysis"): Sobol' indices of every uncertain input and the tornado of one-at-a-time swings.
 *
 * @param method      {@code sobol-jansen}: first-order indices by Saltelli et al. (2010), total-order by Jansen (1999)
 * @param baseSamples N, the rows of each of the two sample matrices A and B
 * @param seed        the seed of the sample matrices and of the bootstrap
 * @param resamples   bootstrap replicates behind each 95 % interval
 * @param indices     one per uncertain input, largest total-order index first
 * @param tornado     one per uncertain input, largest swing first
 */
public record SensitivityResult(String method, int baseSamples, long seed, int resamples, List<SobolIndex> indices,
                                List<TornadoBar> tornado) {
    /** The threshold of {@link SobolIndex#interacts()}: total − first-order above it is flagged in the report. */
    public static final double INTERACTION_THRESHOLD = 0.05;

    public SensitivityResult {
        indices = List.copyOf(indices);
        tornado = List.copyOf(tornado);
    }

    /**
     * Sobol' indices of one input, with 95 % bootstrap percentile intervals.
     *
     * @param cell      the row's first cell
     * @param kind      activity or factor row
     * @param label     what the input is, as printed
     * @param first     first-order index: share of the variance of the total explained by the input alone
     * @param firstLow  lower end of its 95 % bootstrap interval
     * @param firstHigh upper end
     * @param total     total-order index: share of the variance in which the input takes part, interactions included
     * @param totalLow  lower end of its 95 % bootstrap interval
     * @param totalHigh upper end
     */
    public record SobolIndex(CellRef cell, InputKind kind, String label, double first, double firstLow,
                             double firstHigh, double total, double totalLow, double totalHigh) {
        /** Whether the total-order index exceeds the first-order index by more than {@link #INTERACTION_THRESHOLD}. */
        public boolean interacts() {
            return total - first > INTERACTION_THRESHOLD;
        }
    }

    /**
     * The total with one input at its own 2.5 % and 97.5 % quantile and every other input at its
     * nominal value (kg CO2e per functional unit).
     *
     * @param cell  the row's first cell
     * @param kind  activity or factor row
     * @param label what the input is, as printed
     * @param low   the total with the input at its 2.5 % quantile
     * @param high  the total with the input at its 97.5 % quantile
     */
    public record TornadoBar(CellRef cell, InputKind kind, String label, double low, double high) {
        /** |high − low|. */
        public double swing() {
            return Math.abs(high - low);
        }
    }
}
