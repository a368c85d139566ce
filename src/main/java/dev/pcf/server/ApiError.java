package dev.pcf.server;

import dev.pcf.model.Problem;

import java.util.List;

/**
 * A request the server answers with a 4xx (or 503) and the problems JSON: thrown by the handlers,
 * turned into the answer in one place ({@link PcfServer}).
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** 503's Retry-After, in seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final int status;
    private final transient List<Problem> problems;

    ApiError(int status, List<Problem> problems) {
        super(status + " " + (problems.isEmpty() ? "" : problems.get(0).toString()), null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    ApiError(int status, String message) {
        this(status, List.of(Problem.error(null, message)));
    }

    int status() {
        return status;
    }

    List<Problem> problems() {
        return problems;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError busy(int maxJobs) {
        return new ApiError(503, "the server is busy: " + maxJobs + (maxJobs == 1 ? " job is" : " jobs are")
                + " running, the limit (--max-jobs); try again in " + RETRY_AFTER_SECONDS + " seconds");
    }

    static ApiError notFound(String what) {
        return new ApiError(404, what + " not found");
    }
}
