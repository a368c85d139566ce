package dev.pcf.io;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvTest {

    @Test
    void writesRfc4180WithCrlfQuotingOnlyWhereNeededAndNullAsEmpty() {
        String text = Csv.text(List.of(List.of("a", "b,c"), Arrays.asList("say \"hi\"", null), List.of("x\ny", 1.5)));
        assertEquals("a,\"b,c\"\r\n\"say \"\"hi\"\"\",\r\n\"x\ny\",1.5\r\n", text);
    }

    @Test
    void aRecordIsNumberedByTheLineItEndsOn() {
        List<Csv.Row> rows = new ArrayList<>();
        Csv.read("id,note\n\nA,\"two\nlines\"\nB,x\n", "t.csv", Csv.Dialect.PLAIN, h -> assertEquals(List.of("id", "note"), h),
                rows::add);
        // header on line 1, blank line 2 skipped, A spans lines 3-4, B on line 5
        assertEquals(List.of(4L, 5L), rows.stream().map(Csv.Row::line).toList());
        assertEquals("two\nlines", rows.getFirst().get("note"));
        assertEquals("B", rows.getLast().get(0));
    }

    @Test
    void theCommentedDialectSkipsCommentsAndTrims() {
        List<Csv.Row> rows = new ArrayList<>();
        Csv.read("id, note\n# skipped\n A , b \n", "t.csv", Csv.Dialect.COMMENTED, h -> assertEquals(List.of("id", "note"), h),
                rows::add);
        assertEquals(List.of(List.of("A", "b")), rows.stream().map(Csv.Row::fields).toList());
    }

    @Test
    void brokenQuotingNamesTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Csv.read("id\n\"open\n", "t.csv", Csv.Dialect.PLAIN, h -> { }, r -> { }));
        assertEquals(true, e.getMessage().startsWith("t.csv: malformed CSV: "), e.getMessage());
    }
}
