package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.model.Problem;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one workbook, in the order found. */
final class Problems {
    private final List<Problem> all = new ArrayList<>();
    private int errors;

    void error(CellRef cell, String message) {
        all.add(Problem.error(cell, message));
        errors++;
    }

    void warning(CellRef cell, String message) {
        all.add(Problem.warning(cell, message));
    }

    /** Adds another collection's problems, ordered by row (problems without a cell first), otherwise as found. */
    void addSortedByRow(Problems other) {
        List<Problem> sorted = new ArrayList<>(other.all);
        sorted.sort(java.util.Comparator.comparingInt(p -> p.cell() == null ? -1 : p.cell().row()));
        all.addAll(sorted);
        errors += other.errors;
    }

    /** Errors so far; compare two counts to tell whether a row added any. */
    int errorCount() {
        return errors;
    }

    List<Problem> all() {
        return List.copyOf(all);
    }

    List<Problem> warnings() {
        return all.stream().filter(p -> !p.isError()).toList();
    }
}
