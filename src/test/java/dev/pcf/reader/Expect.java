package dev.pcf.reader;

import dev.pcf.model.Problem;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Assertions on a reading's problems, compared as whole printed messages (cell first). */
final class Expect {
    private Expect() {}

    static void errors(Reading r, String... expected) {
        assertEquals(List.of(expected), r.errors().stream().map(Problem::toString).toList());
    }

    static void warnings(Reading r, String... expected) {
        assertEquals(List.of(expected), r.warnings().stream().map(Problem::toString).toList());
    }
}
