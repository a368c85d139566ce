/**
 * Monte Carlo uncertainty analysis of a footprint (uncertainty-spec.md), with commons-rng and
 * commons-statistics only. Entry point: {@link dev.pcf.uncertainty.MonteCarlo#run}; options:
 * {@link dev.pcf.uncertainty.McOptions#resolve}; input checks for the reader's problem list:
 * {@link dev.pcf.uncertainty.InputModel#check}.
 *
 * <h2>Design choices</h2>
 * <ul>
 * <li><b>Model.</b> A line's kg CO2e is linear in its activity amount and its factor value, so an
 *     iteration's line value is the deterministic kg CO2e × the activity row's multiplier × the
 *     factor row's multiplier (multiplier = draw / nominal). The package needs no calculation
 *     code. NCV, carbon content and oxidation are part of the factor row's single draw; GWPs are
 *     fixed.</li>
 * <li><b>Zero nominal values</b> are fixed (the multiplier is undefined); a distribution given for
 *     one is ignored with a warning. Negative nominal values (biogenic removals) keep their sign:
 *     the multiplier is positive.</li>
 * <li><b>Distributions</b> ({@link dev.pcf.uncertainty.InputModel}): named type, else ±%/GSD²
 *     as lognormal, else pedigree, else the documented default by data type. Lognormal is
 *     median-preserving (the nominal is the median; the mean is above it). Normal draws ≤ 0 are
 *     drawn again (a truncated normal), and its reported 2.5 %/97.5 % limits are the truncated
 *     distribution's; inputs where that happens more than 1 % of the time are warned about, from
 *     Φ(−1/s) so the warning does not depend on the seed; the expected share redrawn is reported.
 *     Each shape is a validated record of the sealed {@link dev.pcf.uncertainty.Distribution},
 *     whose quantiles and samplers are commons-statistics-distribution's.</li>
 * <li><b>Sampling semantics.</b> Each factor row is drawn once per iteration and shared by every
 *     line using it; activity rows are independent; stage and total values are sums over the same
 *     line values of the same iteration.</li>
 * <li><b>Reproducibility.</b> Iterations run in fixed blocks (10⁴). Block b's generator is
 *     XO_RO_SHI_RO_128_PP seeded with two SplitMix64 outputs of a state mixing (seed, b); the
 *     draw order inside a block is fixed (chunks of 512 iterations: factors in row order, then
 *     activities in line order). Blocks are computed on a fixed thread pool and consumed in
 *     block order, so every number is identical for any thread count. Default seed 20240101.</li>
 * <li><b>Adaptive stopping</b>, JCGM 101 §7.9 exactly: after each block h ≥ 2, the standard
 *     deviations of the block means, SDs and interval endpoints divided by √h, doubled, must all
 *     be ≤ δ = ½·10^l, where the SD of all draws so far is c·10^l with c a 2-digit integer
 *     (n_dig = 2). Cap 10⁶ iterations (configurable); blocks computed ahead by idle threads are
 *     discarded. As in the standard, a stop after two blocks is possible when the two blocks
 *     happen to agree; the Monte Carlo standard errors printed beside the results show the
 *     remaining uncertainty.</li>
 * <li><b>Coverage interval</b>: JCGM 101 §7.7 probabilistically symmetric, order statistics
 *     y(r), y(r+q) with q = ⌊pM + ½⌋, r = (M − q)/2 or (M − q + 1)/2; no interpolation.</li>
 * <li><b>Standard errors</b>: mean sd/√M; an endpoint of rank j: half the distance between the
 *     order statistics of ranks j ± ⌈√(M p(1 − p))⌉ (the binomial SD of the rank), which estimates
 *     √(p(1 − p)/M)/f(q_p) without a density estimate.</li>
 * <li><b>Contributions</b>: squared Spearman rank correlation of each sampled input with the
 *     total, normalised to 100 %, over the first iterations of block 0 (all 10⁴ for up to 400
 *     inputs, then 4·10⁶/inputs but at least 1,000, kept as floats); ranks by radix sort. With
 *     many inputs of similar size the shares carry a noise floor of about 1/n each. Beside it
 *     the first-order analytic share (X_j·s_j)², X_j the kg CO2e of the lines using input j and
 *     s_j its relative SD.</li>
 * <li><b>IPCC Approach 1</b>: product rule and sum rule to first order, combining per input (the
 *     lines sharing a factor are summed before squaring, so the correlation the Monte Carlo
 *     respects is respected here too; the textbook per-line form would understate it);
 *     U_j = 1.959964·s_j, symmetric, which is where it departs from the Monte Carlo for skewed or
 *     large uncertainties.</li>
 * <li><b>Charts</b>: histogram of 50 equal bins over the 0.1 %–99.9 % order statistics (draws
 *     outside are left out); convergence after 1…10 blocks, then at every 25 % growth, and at the
 *     end.</li>
 * <li><b>Memory independent of the iterations</b>: while iterations × (1 + stages) ≤ 8·2²⁰ (64 MB) the
 *     total and stage draws are kept and their order statistics selected ({@link dev.pcf.uncertainty.Selection}:
 *     a bracketing pass, which also sums the SD's squares and holds the convergence points' intervals, then a
 *     quickselect of the few per cent it copies; the values a sort gives); past that
 *     the run streams them
 *     ({@link dev.pcf.uncertainty.StreamedDraws}): a second and a third pass regenerate the blocks
 *     from their seeds for the two-pass SDs, the exact order statistics (histogram narrowing,
 *     {@link dev.pcf.uncertainty.ExactRanks}) and the histogram counts. Every number is the one the
 *     kept draws give, bit for bit; the streamed run costs about three times the sampling. The
 *     contributions use block 0 only and the Sobol', tornado and paired runs their own fixed sizes,
 *     so none of them grows with the iterations.</li>
 * <li><b>Sensitivity</b> ({@link dev.pcf.uncertainty.Sobol}, {@link dev.pcf.uncertainty.Tornado}): Sobol'
 *     first-order (Saltelli 2010, on the centred total) and total-order (Jansen 1999) indices of every
 *     sampled input from two N-row sample matrices (N the largest power of 2 with N·inputs ≤ 2²², 512–8,192),
 *     95 % bootstrap percentile intervals from 400 resamples (the same rows for every input, drawn once per
 *     replicate and walked for all inputs together); f(A_B^i) − f(A) is evaluated through the
 *     lines of input i only, so the cost is O(N·lines + 400·N·inputs). Input i's columns in sample block b
 *     come from a generator seeded by (seed, i, b). Tornado: the total with one input at its own 2.5 %/97.5 %
 *     quantile, the others nominal (exact: the total is linear in each input).</li>
 * <li><b>Scenarios</b> ({@link dev.pcf.uncertainty.PairedRun}): the probability that a scenario is below the
 *     base, from a paired run with common draws for every input the scenario does not change; a changed
 *     input (amount, factor-value, scale) draws afresh from its base relative distribution. All scenarios of
 *     a workbook run together: each stream is drawn once per block for all of them.</li>
 * <li><b>Comparisons</b> ({@link dev.pcf.uncertainty.PairedComparison}, {@code pcf compare}): several
 *     footprints on the same iterations; factor rows with the same ID and definition share their draws,
 *     every other input is independent; each difference to the first summarised with P(lower). Both paired
 *     runs draw through {@code CommonDraws}: stream k's multipliers in block b from a generator seeded by
 *     (seed, k, b).</li>
 * <li><b>Progress</b>: {@link dev.pcf.model.Progress} after each block;
 *     {@link dev.pcf.uncertainty.ConsoleProgress} draws a bar on stderr only with a console and
 *     only after a second. The engine never prints.</li>
 * </ul>
 */
package dev.pcf.uncertainty;
