package dev.pcf.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact order statistics of values that are not kept but can be read again, pass after pass, in the
 * same order (the Monte Carlo blocks, regenerated from their seeds). Each wanted rank starts from a
 * {@link RankHistogram} of all the values, which names the bin holding it and how many values lie
 * before that bin. In each further pass a wanted rank whose bin holds few values ({@code gatherLimit})
 * gathers them, sorts them and reads its value; one whose bin holds more counts them in a finer
 * histogram over the bin's range, and so on. The value found is the one sorting all the values would
 * give ({@link Arrays#sort(double[])} order), in memory bounded by the bins and the gather limit
 * whatever the count of values.
 *
 * <p>A value belongs to one of several series (the total, each stage); a rank is wanted among the values
 * of the first {@code prefix} blocks of its series. Not thread-safe.
 */
final class ExactRanks {
    private final int bins;
    private final int gatherLimit;
    private final Map<Key, Query> queries = new LinkedHashMap<>();
    private final List<List<Query>> open = new ArrayList<>();

    private record Key(int series, int prefix, long rank) {}

    /** One wanted rank: its candidates are the values v with a ≤ v ≤ b; {@code below} values sort before them. */
    private static final class Query {
        final int prefix;
        final long rank;
        double a;
        double b;
        long below;
        long inside;
        boolean done;
        double value;
        RankHistogram finer;
        double[] gathered;
        int n;

        Query(int prefix, long rank) {
            this.prefix = prefix;
            this.rank = rank;
        }
    }

    ExactRanks(int series, int bins, int gatherLimit) {
        this.bins = bins;
        this.gatherLimit = gatherLimit;
        for (int s = 0; s < series; s++) open.add(new ArrayList<>());
    }

    /**
     * Wants the value of one-based rank {@code rank} among the values of the first {@code prefix}
     * blocks of series {@code series}, of which {@code all} is the histogram.
     */
    void want(int series, int prefix, long rank, RankHistogram all) {
        Key k = new Key(series, prefix, rank);
        if (queries.containsKey(k)) return;
        Query q = new Query(prefix, rank);
        queries.put(k, q);
        narrow(q, all);
        if (!q.done) open.get(series).add(q);
    }

    /** Whether the value of a wanted rank is known. */
    boolean known(int series, int prefix, long rank) {
        Query q = queries.get(new Key(series, prefix, rank));
        return q != null && q.done;
    }

    /** The value of a wanted rank, once known. */
    double value(int series, int prefix, long rank) {
        Query q = queries.get(new Key(series, prefix, rank));
        if (q == null || !q.done) throw new IllegalStateException("rank " + rank + " of series " + series + " not known");
        return q.value;
    }

    /** Whether every wanted rank is known. */
    boolean done() {
        return open.stream().allMatch(List::isEmpty);
    }

    /** Starts a pass: each open rank gathers its candidates when they are few, else counts them in finer bins. */
    void startPass() {
        for (List<Query> list : open) {
            for (Query q : list) {
                if (q.inside <= gatherLimit) {
                    q.gathered = new double[(int) q.inside];
                    q.n = 0;
                } else {
                    q.finer = new RankHistogram(q.a, q.b, bins);
                }
            }
        }
    }

    /** The values of series {@code series} in block {@code block}; blocks come in order, in every pass the same. */
    void feed(int series, int block, double[] values) {
        for (Query q : open.get(series)) {
            if (block >= q.prefix) continue;
            double a = q.a;
            double b = q.b;
            for (double v : values) {
                if (Double.compare(v, a) < 0 || Double.compare(v, b) > 0) continue;
                if (q.gathered != null) {
                    if (q.n == q.gathered.length) throw new IllegalStateException("a pass read other values than the first");
                    q.gathered[q.n++] = v;
                } else {
                    q.finer.add(v);
                }
            }
        }
    }

    /** Ends a pass: ranks that gathered their candidates are known, the others narrowed down. */
    void endPass() {
        for (List<Query> list : open) {
            for (Query q : list) {
                if (q.gathered != null) {
                    if (q.n != q.inside) throw new IllegalStateException("a pass read other values than the first");
                    Arrays.sort(q.gathered);
                    q.value = q.gathered[(int) (q.rank - q.below - 1)];
                    q.done = true;
                    q.gathered = null;
                } else {
                    narrow(q, q.finer); // a finer bin holds fewer values: its range leaves out a or b
                    q.finer = null;
                }
            }
            list.removeIf(q -> q.done);
        }
    }

    private static void narrow(Query q, RankHistogram h) {
        long[] at = h.locate(q.rank - q.below);
        int bin = (int) at[0];
        q.below += at[1];
        q.inside = h.count(bin);
        q.a = h.min(bin);
        q.b = h.max(bin);
        if (Double.compare(q.a, q.b) == 0) {
            q.value = q.a;
            q.done = true;
        }
    }
}
