package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The selected order statistics against a full sort of the same sample (the oracle), bit for bit. */
class SelectionTest {

    /** Asserts that every position selects what {@link Arrays#sort(double[])} puts there (raw bits compared). */
    private static void agreesWithSort(double[] x, int... positions) {
        double[] copy = x.clone();
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] got = Selection.at(x, positions);
        for (int i = 0; i < positions.length; i++) {
            assertEquals(Double.doubleToLongBits(sorted[positions[i]]), Double.doubleToLongBits(got[i]),
                    "position " + positions[i] + " of " + x.length);
        }
        assertEquals(Arrays.toString(copy), Arrays.toString(x), "the sample is left unchanged");
    }

    @Test
    void everyPositionOfSmallSamplesMatchesTheSort() {
        Random r = new Random(7);
        for (int n = 1; n <= 130; n++) {
            double[] x = r.doubles(n).map(v -> Math.floor(v * 10) - 5).toArray(); // many ties, negative and zero
            agreesWithSort(x, IntStream.range(0, n).toArray());
        }
    }

    @Test
    void theSummaryPositionsOfALargeSampleMatchTheSort() {
        Random r = new Random(11);
        double[] x = r.doubles(200_003).map(v -> 100 * Math.exp(0.1 * r.nextGaussian())).toArray();
        int m = x.length;
        agreesWithSort(x, 0, 5_000, 4_879, 5_121, (m - 1) / 2, m / 2, 195_003, 195_124, m - 1);
    }

    @Test
    void tiesSignedZerosInfinitiesAndNaNAreOrderedAsTheSortOrdersThem() {
        double[] x = new double[5_000];
        double[] pool = {0.0, -0.0, 1, -1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1};
        Random r = new Random(3);
        for (int i = 0; i < x.length; i++) x[i] = pool[r.nextInt(pool.length)];
        agreesWithSort(x, IntStream.range(0, x.length).filter(i -> i % 97 == 0 || i > 4_990).toArray());
    }

    @Test
    void constantAndPresortedSamplesNeedNoQuadraticWork() {
        double[] same = new double[300_000];
        Arrays.fill(same, 2.5);
        agreesWithSort(same, 0, 150_000, 299_999);
        double[] up = IntStream.range(0, 300_000).asDoubleStream().toArray();
        agreesWithSort(up, 7_500, 150_000, 292_499);
        double[] down = IntStream.range(0, 300_000).mapToDouble(i -> -i).toArray();
        agreesWithSort(down, 7_500, 150_000, 292_499);
    }

    @Test
    void largeSamplesAreBracketedByTheirSubsampleWhateverItShows() {
        int n = 100_000;
        assertTrue(n >= Selection.BRACKETED);
        Random r = new Random(13);
        // the positions a summary reads: three brackets, copied and selected
        int[] summary = {2_380, 2_500, 2_620, 49_999, 50_000, 97_380, 97_500, 97_620};
        agreesWithSort(r.doubles(n).map(v -> -Math.log(v)).toArray(), summary);
        agreesWithSort(r.ints(n, 0, 5000).mapToDouble(v -> v == 0 ? -0.0 : v == 1 ? 0.0 : v).toArray(), summary);
        // brackets that would copy more than a quarter of the sample (many positions; heavy ties): selected whole
        int[] spread = IntStream.range(0, 61).map(i -> (int) ((long) i * (n - 1) / 60)).toArray();
        agreesWithSort(r.doubles(n).map(v -> -Math.log(v)).toArray(), spread);
        agreesWithSort(r.ints(n, 0, 5).asDoubleStream().toArray(), summary);
        // five brackets, values above the last (the quick pass's every count), and seven (the general pass)
        double[] big = r.doubles(1_000_000).map(v -> 10 * v - 5).toArray();
        agreesWithSort(big, 100_000, 300_000, 500_000, 700_000, 900_000);
        agreesWithSort(big, 0, 100_000, 250_000, 400_000, 550_000, 700_000, 999_999);
        // NaN (and −0.0) in a large sample: selected whole, NaN last
        double[] odd = r.doubles(n).toArray();
        odd[7] = Double.NaN;
        odd[70_000] = -0.0;
        agreesWithSort(odd, summary);
        agreesWithSort(odd, 0, 1, n - 1);
        // a subsample unlike the sample (every value it reads is huge): the brackets miss, the sample is selected whole
        int s = Math.min(1 << 14, n >>> 6);
        double[] fooled = r.doubles(n).toArray();
        for (int j = 0; j < s; j++) fooled[(int) ((2L * j + 1) * n / (2L * s))] = 1e9 + j;
        agreesWithSort(fooled, 0, 2_500, 50_000, 97_499, n - 1);
    }

    @Test
    void repeatedAndUnorderedPositionsAreAnsweredEach() {
        agreesWithSort(new double[] {5, 3, 9, 1, 7}, 4, 0, 4, 2, 0);
    }

    @Test
    void rejectsAPositionOutsideTheSample() {
        assertThrows(IndexOutOfBoundsException.class, () -> Selection.at(new double[] {1, 2}, 2));
    }

    @Test
    void summaryFromSelectionEqualsSummaryFromTheSortedSample() {
        Random r = new Random(5);
        for (int m : new int[] {1, 2, 39, 40, 10_000, 600_001}) {
            double[] x = r.doubles(m).map(v -> 3 + v * v).toArray();
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            assertEquals(OrderStatistics.summarise(x, sorted, 3.2), OrderStatistics.summarise(x, 3.2), "M = " + m);
        }
    }

    /** Asserts that each prefix's positions select what a sort of that prefix puts there (raw bits compared). */
    private static void prefixesAgreeWithSort(double[] x, int n, int[] cuts, int[][] cutPositions) {
        // three brackets (a stage's summary) and five (the total's, with the histogram's edges)
        prefixesAgreeWithSort(x, n, new int[] {n / 40, n / 2, n - n / 40}, cuts, cutPositions);
        prefixesAgreeWithSort(x, n, new int[] {n / 1000, n / 40, n / 2, n - n / 40, n - n / 1000}, cuts, cutPositions);
    }

    private static void prefixesAgreeWithSort(double[] x, int n, int[] positions, int[] cuts, int[][] cutPositions) {
        double[] copy = x.clone();
        Selection.Ranked r = Selection.ranked(x, n, positions, cuts, cutPositions, 100);
        assertEquals(cuts.length, r.prefixes().length);
        for (int c = 0; c <= cuts.length; c++) {
            int m = c == 0 ? n : cuts[c - 1];
            int[] at = c == 0 ? positions : cutPositions[c - 1];
            double[] got = c == 0 ? r.values() : r.prefixes()[c - 1];
            double[] sorted = Arrays.copyOf(x, m);
            Arrays.sort(sorted);
            for (int i = 0; i < at.length; i++) {
                assertEquals(Double.doubleToLongBits(sorted[at[i]]), Double.doubleToLongBits(got[i]),
                        "position " + at[i] + " of the first " + m);
            }
        }
        double squares = 0;
        for (int i = 0; i < n; i++) squares += (x[i] - 100) * (x[i] - 100);
        assertEquals(Double.doubleToLongBits(squares), Double.doubleToLongBits(r.squares()), "Σ (x − 100)²");
        assertEquals(Arrays.toString(copy), Arrays.toString(x), "the sample is left unchanged");
    }

    @Test
    void prefixesAreSelectedAsTheirOwnSortsOrderThem() {
        Random r = new Random(17);
        int n = 300_000;
        double[] x = r.doubles(n + 5).map(v -> 100 * Math.exp(0.2 * r.nextGaussian())).toArray();
        // the convergence series' cuts and interval ends: answered from the brackets' copies, the shortest
        // (whose ends may lie outside the brackets) and an end far from any bracket from their own selection
        int[] cuts = {1, 10_000, 20_000, 50_000, 100_000, 100_000, 250_000, n};
        int[][] ends = new int[cuts.length][];
        for (int c = 0; c < cuts.length; c++) {
            int[] ranks = OrderStatistics.intervalRanks(cuts[c], OrderStatistics.P);
            ends[c] = new int[] {ranks[0] - 1, ranks[1] - 1};
        }
        ends[5] = new int[] {30_000, 2_499, 97_499};
        prefixesAgreeWithSort(x, n, cuts, ends);
        // draws in ascending blocks: each prefix's ends lie far from the whole sample's brackets
        double[] drift = IntStream.range(0, n).mapToDouble(i -> i / 10_000 + r.nextDouble()).toArray();
        prefixesAgreeWithSort(drift, n, cuts, ends);
        // a grid of 101 values with ±0 in the middle: brackets ending at ±0 (the general pass) hold ties
        double[] grid = r.ints(n, -50, 51).mapToDouble(v -> v == 0 ? (r.nextBoolean() ? 0.0 : -0.0) : v / 100.0).toArray();
        prefixesAgreeWithSort(grid, n, cuts, ends);
        // NaN in the sample (the pass fails) and a sample too short to be bracketed: every prefix selected alone
        double[] odd = x.clone();
        odd[260_000] = Double.NaN;
        prefixesAgreeWithSort(odd, n, cuts, ends);
        prefixesAgreeWithSort(x, 20_000, new int[] {10_000, 20_000}, new int[][] {{0, 250, 9_999}, {19_999}});
        assertThrows(IllegalArgumentException.class,
                () -> Selection.ranked(x, n, new int[] {0}, new int[] {20, 10}, new int[][] {{0}, {0}}, 0));
        assertThrows(IndexOutOfBoundsException.class,
                () -> Selection.ranked(x, n, new int[] {0}, new int[] {20}, new int[][] {{20}}, 0));
    }
}
