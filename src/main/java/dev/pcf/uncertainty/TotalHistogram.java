package dev.pcf.uncertainty;

import dev.pcf.model.UncertaintyResult.Histogram;
import java.util.function.LongToDoubleFunction;

/**
 * The histogram of the total: {@link #BINS} equal bins over its 0.1 % and 99.9 % order statistics,
 * draws outside left out. Counted from the draws in memory, or from the draws read once more
 * when they are streamed; both count alike.
 */
final class TotalHistogram {
    /** Bins of the histogram of the total. */
    static final int BINS = 50;

    private final double lo;
    private final double hi;
    private final double width;
    private final long[] counts;
    private final Histogram single;

    /**
     * The counter for m draws whose 0.1 % and 99.9 % order statistics ({@link #ranks}) are lo and hi.
     */
    TotalHistogram(long m, double lo, double hi) {
        this.lo = lo;
        this.hi = hi;
        if (!(hi > lo)) {
            double w = lo == 0 ? 1 : Math.abs(lo) * 0.01;
            single = new Histogram(lo - w / 2, w, new long[] {m});
            width = w;
            counts = null;
        } else {
            single = null;
            width = (hi - lo) / BINS;
            counts = new long[BINS];
        }
    }

    /** One-based ranks of the 0.1 % and 99.9 % order statistics of m draws. */
    static long[] ranks(long m) {
        return new long[] {(long) Math.max(1, Math.ceil(0.001 * m)), (long) Math.min(m, Math.ceil(0.999 * m))};
    }

    /** The histogram of draws x whose one-based rank r is {@code at(r)} (at least at {@link #ranks}). */
    static Histogram of(double[] x, LongToDoubleFunction at) {
        long[] r = ranks(x.length);
        TotalHistogram h = new TotalHistogram(x.length, at.applyAsDouble(r[0]), at.applyAsDouble(r[1]));
        if (h.needsDraws()) h.addAll(x);
        return h.result();
    }

    /** Whether the counts need the draws (false when all of them fall in one bin). */
    boolean needsDraws() {
        return counts != null;
    }

    void addAll(double[] values) {
        for (double v : values) {
            if (v < lo || v > hi) continue;
            counts[Math.min(BINS - 1, (int) ((v - lo) / width))]++;
        }
    }

    Histogram result() {
        return single != null ? single : new Histogram(lo, width, counts);
    }
}
