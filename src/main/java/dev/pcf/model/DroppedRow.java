package dev.pcf.model;

/**
 * An activity row the reader left out of the workbook because of an error it reported at the row
 * (or at a stage or factor the row refers to). Later checks use it not to draw conclusions from
 * the missing line: a stage whose only rows were dropped is not "without activity rows", and a
 * total that lacks dropped lines is not worth a warning of its own.
 *
 * @param row   the row, as a whole-row reference on the Activity sheet
 * @param stage the code of the Stages sheet row the row names (by code or by name), or null when its
 *              stage cell is empty or names no stage of the Stages sheet
 */
public record DroppedRow(CellRef row, String stage) {}
