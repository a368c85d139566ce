package dev.pcf.workbook;

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
