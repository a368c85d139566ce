package dev.pcf.export;

import dev.pcf.model.LineResult;
import dev.pcf.model.Pedigree;

import java.util.List;

/**
 * PACT data quality ratings (DQR) from the pedigree scores of the lines.
 *
 * <p>Each line's score on an indicator is the worse (higher) of its activity row's and its
 * factor row's pedigree score, or the one given when only one row has scores; lines without
 * scores are not covered. A rating is the average of the covered lines' scores weighted by the
 * line's absolute emission |kg CO2e|, as PACT asks ("weighted average of all inputs").
 * Pedigree scores run 1 (best) to 5, as PACT v3 DQRs do, so v3 takes them as they are; PACT v2
 * rates 1 (good) to 3 (poor), so v2 takes {@code 1 + (score − 1) / 2} (1 → 1, 3 → 2, 5 → 3).
 *
 * @param coverage      share of the absolute emissions covered by scores, 0–1
 * @param reliability   weighted reliability score, 1–5
 * @param completeness  weighted completeness score, 1–5
 * @param temporal      weighted temporal score, 1–5
 * @param geographical  weighted geographical score, 1–5
 * @param technological weighted technological score, 1–5
 */
record DataQuality(double coverage, double reliability, double completeness, double temporal,
                   double geographical, double technological) {

    /** The ratings of these lines, or null when no line with a nonzero emission has scores. */
    static DataQuality of(List<LineResult> lines) {
        double all = 0;
        double covered = 0;
        double[] sum = new double[5];
        for (LineResult l : lines) {
            double w = Math.abs(l.kgco2e());
            all += w;
            int[] s = scores(l.activity().uncertainty().pedigree(), l.factor().uncertainty().pedigree());
            if (s == null || w == 0) continue;
            covered += w;
            for (int i = 0; i < 5; i++) sum[i] += w * s[i];
        }
        if (covered == 0) return null;
        return new DataQuality(covered / all, sum[0] / covered, sum[1] / covered, sum[2] / covered,
                sum[3] / covered, sum[4] / covered);
    }

    /** A v3 score (1–5) as a v2 rating (1–3). */
    static double toV2(double score) {
        return 1 + (score - 1) / 2;
    }

    private static int[] scores(Pedigree a, Pedigree f) {
        if (a == null && f == null) return null;
        if (a == null) return f.scores();
        if (f == null) return a.scores();
        int[] x = a.scores();
        int[] y = f.scores();
        int[] r = new int[5];
        for (int i = 0; i < 5; i++) r[i] = Math.max(x[i], y[i]);
        return r;
    }
}
