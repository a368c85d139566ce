package dev.pcf.model;

import java.util.Objects;

/**
 * One thing wrong with the input, at a cell where there is one. Prints position first, then
 * what was found and what was expected: {@code '活动数据 Activity'!D7: 数量 Amount must be a number, found "abc"}.
 *
 * @param severity error or warning
 * @param cell     where, or {@code null} when the problem is not at one cell (e.g. a missing sheet)
 * @param message  found vs expected, in the user's terms
 */
public record Problem(Severity severity, CellRef cell, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(CellRef cell, String message) {
        return new Problem(Severity.ERROR, cell, message);
    }

    public static Problem warning(CellRef cell, String message) {
        return new Problem(Severity.WARNING, cell, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return cell == null ? message : cell + ": " + message;
    }
}
