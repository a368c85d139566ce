package dev.pcf.uncertainty;

import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.UncertaintyResult.Approach1;
import dev.pcf.model.UncertaintyResult.Contribution;
import dev.pcf.model.UncertaintyResult.InputKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Contributions to variance and the IPCC Approach 1 total.
 *
 * <p>Monte Carlo share: the squared Spearman rank correlation of each sampled input with the
 * total over the first iterations of block 0 (kept by {@link BlockSampler}), normalised to sum to 1.
 * Analytic share (first order): an input j that enters lines with deterministic sum X_j and has a
 * relative standard deviation s_j contributes (X_j·s_j)² to the variance of the total, which is
 * exact to first order for a sum of products; shares are these normalised.
 *
 * <p>IPCC Approach 1 (2006 Vol. 1 Ch. 3, product rule per line, sum rule over lines) treats every
 * line as independent, which understates the spread when one factor feeds several lines. Here the
 * lines sharing an input are summed before squaring, i.e. U_total = 1.959964·√(Σ_j (X_j·s_j)²)/|x|
 * with s_j the relative SD of input j — the same first-order propagation, with each input's
 * 95 % half-width U_j = 1.959964·s_j (exact for normal inputs; for skewed inputs it is the
 * symmetric approximation the note in the report refers to).
 */
final class Sensitivity {
    private Sensitivity() {}

    /** Σ of the deterministic kg CO2e of the lines using each input (spec list order). */
    static double[] lineSums(Footprint fp, List<InputSpec> specs) {
        double[] x = new double[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            InputSpec s = specs.get(i);
            for (LineResult line : fp.lines()) {
                int idx = s.kind() == InputKind.ACTIVITY ? line.activity().index() : line.factor().index();
                if (idx == s.index()) x[i] += line.kgco2e();
            }
        }
        return x;
    }

    static Approach1 approach1(double total, double[] lineSums, List<InputSpec> specs) {
        double var = 0;
        for (int i = 0; i < specs.size(); i++) {
            double v = lineSums[i] * specs.get(i).relativeSd();
            var += v * v;
        }
        double u = total == 0 ? Double.NaN : InputModel.Z975 * Math.sqrt(var) / Math.abs(total) * 100;
        double half = Double.isNaN(u) ? 0 : Math.abs(total) * u / 100;
        return new Approach1(u, total - half, total + half);
    }

    /**
     * Contributions of the sampled inputs, largest Monte Carlo share first.
     *
     * @param kept   per sampled input (slot order) its kept multipliers
     * @param totals the total in the same iterations (at least as many values as kept)
     */
    static List<Contribution> contributions(List<InputSpec> specs, BlockSampler sampler, float[][] kept,
                                            double[] totals, double[] lineSums) {
        int n = kept.length == 0 ? 0 : kept[0].length;
        double[] totalRanks = ranks(Arrays.copyOf(totals, n));
        double[] rho2 = new double[specs.size()];
        double[] analytic = new double[specs.size()];
        double sumRho2 = 0;
        double sumAnalytic = 0;
        double[] x = new double[n];
        for (int i = 0; i < specs.size(); i++) {
            int slot = sampler.keptSlot(i);
            if (slot < 0) continue;
            for (int k = 0; k < n; k++) x[k] = kept[slot][k];
            double r = pearson(ranks(x), totalRanks);
            rho2[i] = Double.isNaN(r) ? 0 : r * r;
            sumRho2 += rho2[i];
            double a = lineSums[i] * specs.get(i).relativeSd();
            analytic[i] = a * a;
            sumAnalytic += analytic[i];
        }
        List<Contribution> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            InputSpec s = specs.get(i);
            if (!s.sampled()) continue;
            out.add(new Contribution(s.label(), s.cell(), s.kind(), sumRho2 == 0 ? 0 : rho2[i] / sumRho2,
                    sumAnalytic == 0 ? 0 : analytic[i] / sumAnalytic));
        }
        out.sort(Comparator.comparingDouble(Contribution::share).reversed());
        return out;
    }

    /** One-based ranks, ties given their average rank. */
    static double[] ranks(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int lo = lowerBound(sorted, x[i]);
            int hi = lowerBound(sorted, Math.nextUp(x[i]));
            r[i] = (lo + 1 + hi) / 2.0;
        }
        return r;
    }

    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) return Double.NaN;
        double ma = OrderStatistics.mean(a);
        double mb = OrderStatistics.mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int k = 0; k < n; k++) {
            double da = a[k] - ma;
            double db = b[k] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }
}
