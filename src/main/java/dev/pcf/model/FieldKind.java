package dev.pcf.model;

/**
 * What a column or field of the standard workbook holds; decides how the reader parses it, which
 * dropdown the template offers and how its cells are styled.
 */
public enum FieldKind {
    /** a short text */
    TEXT,
    /** a paragraph (wrapped in the template) */
    LONG_TEXT,
    /** a number: a numeric cell, a cached formula result or number text such as {@code "1,234.5"} */
    NUMBER,
    /** the ±% column: 5, "5%" and a cell formatted 5 % all mean 5 (percent) */
    PERCENT,
    /** a share 0–1: 0.98, "98%" and a cell formatted 98 % all mean 0.98 */
    FRACTION,
    /** a whole number */
    INTEGER,
    /** a date cell or {@code yyyy-mm-dd} text */
    DATE,
    /** a word from a code list (a dropdown in the template) */
    CHOICE
}
