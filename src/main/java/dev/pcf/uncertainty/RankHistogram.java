package dev.pcf.uncertainty;

import java.util.Arrays;

/**
 * Counts of values in equal bins over [lo, hi], with one bin for the values below and one for those
 * above, and the least and greatest value seen in each bin. The bin of a value never decreases as the
 * value grows (in {@link Double#compare} order), so the values of one bin are exactly those between its
 * least and greatest value: {@link ExactRanks} narrows an order statistic down to one bin, then to the
 * values inside it.
 */
final class RankHistogram {
    private final double lo;
    private final double hi;
    private final double scale;
    private final int bins;
    private final long[] count;
    private final double[] min;
    private final double[] max;

    /** {@code bins} equal bins over [lo, hi] (one bin when hi = lo), plus the two outer bins. */
    RankHistogram(double lo, double hi, int bins) {
        this.lo = lo;
        this.hi = hi;
        this.bins = bins;
        double sc = bins / (hi - lo);
        // a range too wide or too narrow for a finite scale (never for Monte Carlo totals) splits off its least value
        this.scale = hi > lo && Double.isFinite(sc) && sc > 0 ? sc : 0;
        this.count = new long[bins + 2];
        this.min = new double[bins + 2];
        this.max = new double[bins + 2];
    }

    private RankHistogram(RankHistogram h) {
        lo = h.lo;
        hi = h.hi;
        scale = h.scale;
        bins = h.bins;
        count = h.count.clone();
        min = h.min.clone();
        max = h.max.clone();
    }

    /** A copy that later additions to this one leave unchanged. */
    RankHistogram copy() {
        return new RankHistogram(this);
    }

    /** The bin of v: 0 below lo, bins + 1 above hi; monotone in v. */
    int index(double v) {
        if (v < lo) return 0;
        if (v > hi) return bins + 1;
        if (scale == 0) return Double.compare(v, lo) > 0 ? bins : 1; // also splits −0.0 from 0.0
        return 1 + Math.min(bins - 1, Math.max(0, (int) ((v - lo) * scale)));
    }

    void add(double v) {
        int i = index(v);
        if (count[i]++ == 0) {
            min[i] = v;
            max[i] = v;
        } else if (Double.compare(v, min[i]) < 0) {
            min[i] = v;
        } else if (Double.compare(v, max[i]) > 0) {
            max[i] = v;
        }
    }

    void addAll(double[] values) {
        for (double v : values) add(v);
    }

    /**
     * The bin holding the value of one-based rank {@code target} among the values added.
     *
     * @return {bin, values in the bins before it}
     */
    long[] locate(long target) {
        long before = 0;
        for (int i = 0; i < count.length; i++) {
            if (before + count[i] >= target) return new long[] {i, before};
            before += count[i];
        }
        throw new IllegalArgumentException("rank " + target + " beyond the " + before + " values counted");
    }

    long count(int bin) {
        return count[bin];
    }

    double min(int bin) {
        return min[bin];
    }

    double max(int bin) {
        return max[bin];
    }

    @Override
    public String toString() {
        return "RankHistogram[" + lo + ", " + hi + ", " + Arrays.stream(count).sum() + " values]";
    }
}
