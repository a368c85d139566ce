package dev.pcf.model;

/**
 * Pedigree-matrix scores (ecoinvent v3), each 1 (best) to 5 (worst).
 */
public record Pedigree(int reliability, int completeness, int temporal, int geographical, int technological) {

    public Pedigree {
        for (int s : new int[] {reliability, completeness, temporal, geographical, technological}) {
            if (s < 1 || s > 5) throw new IllegalArgumentException("pedigree score out of 1..5: " + s);
        }
    }

    /** The scores in the order reliability, completeness, temporal, geographical, technological. */
    public int[] scores() {
        return new int[] {reliability, completeness, temporal, geographical, technological};
    }

    /** The scores as printed: (2,3,1,2,3). */
    @Override
    public String toString() {
        return "(" + reliability + "," + completeness + "," + temporal + "," + geographical + "," + technological + ")";
    }
}
