package dev.pcf.model;

/** One of the company's own improvement suggestions (改进建议 Improvements sheet). */
public record Improvement(Text text, RowCells cells) {
    public static final String ZH = "zh";
    public static final String EN = "en";
}
