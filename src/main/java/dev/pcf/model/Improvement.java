package dev.pcf.model;

/** One of the company's own improvement suggestions (改进建议 Improvements sheet). */
public record Improvement(Text text, RowCells cells) {
    /** Keys of the fields in {@link #cells()}: the {@link ImprovementField} keys, kept as constants for brevity. */
    public static final String ZH = ImprovementField.ZH.key();
    public static final String EN = ImprovementField.EN.key();
}
