package dev.pcf.reader;

import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;

import java.util.List;

/**
 * The outcome of reading a workbook.
 *
 * @param workbook what could be read: rows with errors are left out; null only when the file is
 *                 unusable (not a workbook, a required sheet or column missing)
 * @param problems every problem found, errors and warnings, in the order found
 */
public record Reading(PcfWorkbook workbook, List<Problem> problems) {

    public Reading {
        problems = List.copyOf(problems);
    }

    /** Only the errors. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** Only the warnings. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** Whether any error was found. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
