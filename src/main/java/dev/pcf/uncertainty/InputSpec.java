package dev.pcf.uncertainty;

import dev.pcf.model.CellRef;
import dev.pcf.model.UncertaintyResult.InputDistribution;
import dev.pcf.model.UncertaintyResult.InputKind;

/**
 * One input (an activity row or a factor row) resolved to the {@link Distribution} the Monte
 * Carlo samples: a line's value in an iteration is its deterministic kg CO2e times the
 * multipliers of its activity row and factor row.
 *
 * @param kind         activity or factor row
 * @param index        the row's {@code index()} among its sheet's rows
 * @param cell         the row's first cell
 * @param label        what the input is, as printed
 * @param law          the input's distribution
 * @param distribution the distribution as listed in the uncertainty appendix
 */
public record InputSpec(InputKind kind, int index, CellRef cell, String label, Distribution law,
                        InputDistribution distribution) {

    /** The nominal value in the row's unit. */
    public double nominal() {
        return law.nominal();
    }

    /** Whether the input varies between iterations. */
    public boolean sampled() {
        return law.sampled();
    }

    /** Standard deviation of the multiplier (the input's SD relative to its nominal value). */
    public double relativeSd() {
        return law.relativeSd();
    }
}
