package dev.pcf.model;

/**
 * A scenario computed: its deterministic footprint and how it differs from the base.
 *
 * @param scenario  the scenario
 * @param footprint the footprint of the base workbook with the scenario's changes applied
 * @param delta     scenario total − base total, kg CO2e per functional unit
 * @param deltaPct  delta / |base total| × 100 (NaN when the base total is 0)
 * @param pLower    probability that the scenario's total is below the base total, from a paired
 *                  Monte Carlo run (common draws for every input the scenario does not change); NaN without one
 * @param pairedIterations iterations of that paired run (0 without one)
 */
public record ScenarioResult(Scenario scenario, Footprint footprint, double delta, double deltaPct, double pLower,
                             long pairedIterations) {
    /** The same result with the paired probability. */
    public ScenarioResult withPLower(double p, long iterations) {
        return new ScenarioResult(scenario, footprint, delta, deltaPct, p, iterations);
    }
}
