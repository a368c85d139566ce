package dev.pcf.model;

import java.util.List;

/**
 * The Monte Carlo uncertainty analysis of a footprint (uncertainty-spec.md). All values are
 * kg CO2e per functional unit unless stated otherwise.
 *
 * @param seed            the seed used
 * @param iterations      iterations used
 * @param adaptive        whether the JCGM 101 §7.9 adaptive procedure chose the number of iterations
 * @param converged       adaptive: whether the tolerance was met before the cap; fixed: true
 * @param tolerance       adaptive: the numerical tolerance δ reached or aimed at (kg CO2e); NaN for fixed runs
 * @param total           summary of the total
 * @param stages          summary per included stage, in workbook order
 * @param contributions   contributions to variance of the inputs, largest first
 * @param approach1       IPCC Approach 1 (error propagation) result for the total
 * @param histogram       histogram of the total
 * @param convergence     the interval endpoints and mean against the number of iterations
 * @param inputs          every input's final distribution and where it came from
 * @param resampledShare  expected share of normal draws that are ≤ 0 and drawn again (0–1), computed from the inputs
 * @param warnings        e.g. resampling above 1 %, skewed inputs
 */
public record UncertaintyResult(long seed, long iterations, boolean adaptive, boolean converged, double tolerance,
                                Summary total, List<StageSummary> stages, List<Contribution> contributions,
                                Approach1 approach1, Histogram histogram, List<ConvergencePoint> convergence,
                                List<InputDistribution> inputs, double resampledShare, List<Problem> warnings) {

    public UncertaintyResult {
        stages = List.copyOf(stages);
        contributions = List.copyOf(contributions);
        convergence = List.copyOf(convergence);
        inputs = List.copyOf(inputs);
        warnings = List.copyOf(warnings);
    }

    /**
     * Monte Carlo summary of one output.
     *
     * @param deterministic the deterministic result
     * @param mean          mean of the draws
     * @param median        median of the draws
     * @param sd            standard deviation of the draws
     * @param cv            sd / mean (NaN when the mean is 0)
     * @param low           lower end of the 95 % probabilistically symmetric interval (order statistic, JCGM 101 §7.7)
     * @param high          upper end of that interval
     * @param minusPct      (deterministic − low) / |deterministic| × 100
     * @param plusPct       (high − deterministic) / |deterministic| × 100
     * @param seMean        Monte Carlo standard error of the mean
     * @param seLow         Monte Carlo standard error of the lower endpoint
     * @param seHigh        Monte Carlo standard error of the upper endpoint
     */
    public record Summary(double deterministic, double mean, double median, double sd, double cv, double low,
                          double high, double minusPct, double plusPct, double seMean, double seLow, double seHigh) {}

    /** A stage's summary. */
    public record StageSummary(String code, Summary summary) {}

    /**
     * One input's contribution to the variance of the total.
     *
     * @param label         what the input is, e.g. {@code 电力 Electricity (RAW)} or {@code factor EF-GRID-2024}
     * @param cell          the row's first cell
     * @param kind          activity or factor row
     * @param share         squared Spearman rank correlation with the total, normalised over all inputs (0–1)
     * @param analyticShare first-order analytic (IPCC Approach 1) share of the variance (0–1)
     */
    public record Contribution(String label, CellRef cell, InputKind kind, double share, double analyticShare) {}

    /** Whether an input is an activity row or a factor row. */
    public enum InputKind { ACTIVITY, FACTOR }

    /**
     * IPCC 2006 Vol. 1 Ch. 3 Approach 1: product rule per line, sum rule over lines.
     *
     * @param relativeHalfWidthPct half-width of the 95 % interval in percent of the total
     * @param low                  total × (1 − U/100)
     * @param high                 total × (1 + U/100)
     */
    public record Approach1(double relativeHalfWidthPct, double low, double high) {}

    /**
     * Equal-width histogram of the total.
     *
     * @param lower  lower edge of the first bin
     * @param width  bin width
     * @param counts draws per bin
     */
    public record Histogram(double lower, double width, long[] counts) {}

    /** The state of the estimate after {@code iterations} draws. */
    public record ConvergencePoint(long iterations, double mean, double low, double high) {}

    /** Where an input's distribution came from. */
    public enum DistributionOrigin { GIVEN, PEDIGREE, DEFAULT }

    /**
     * An input's final distribution, for the uncertainty appendix.
     *
     * @param cell        the row's first cell
     * @param kind        activity or factor row
     * @param label       what the input is
     * @param nominal     the nominal value (the deterministic one), in the row's unit
     * @param type        the distribution used
     * @param description parameters as printed, e.g. {@code lognormal, GSD² = 1.2192}
     * @param origin      given, from the pedigree scores, or the default by data type
     * @param low95       2.5 % quantile of the input's distribution, in the row's unit
     * @param high95      97.5 % quantile of the input's distribution, in the row's unit
     */
    public record InputDistribution(CellRef cell, InputKind kind, String label, double nominal, DistributionType type,
                                    String description, DistributionOrigin origin, double low95, double high95) {}
}
