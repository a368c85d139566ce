package dev.pcf.model;

import java.util.List;

/**
 * The input has problems: thrown once, carrying every problem found (errors and the warnings
 * found alongside them). Maps to exit code 1.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    /** Only the errors. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder sb = new StringBuilder(errors + (errors == 1 ? " problem" : " problems") + " in the input");
        for (Problem p : problems) {
            if (p.isError()) sb.append(System.lineSeparator()).append(p);
        }
        return sb.toString();
    }
}
