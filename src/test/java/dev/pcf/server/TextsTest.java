package dev.pcf.server;

import org.junit.jupiter.api.Test;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page's words: zh and en have the same keys and the same placeholders. */
class TextsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        assertEquals(new TreeSet<>(Texts.keys(Texts.Lang.EN)), new TreeSet<>(Texts.keys(Texts.Lang.ZH)));
        for (String key : Texts.keys(Texts.Lang.EN)) {
            assertEquals(placeholders(Texts.get(Texts.Lang.EN, key)), placeholders(Texts.get(Texts.Lang.ZH, key)), key);
        }
    }

    @Test
    void countsReadNaturallyInBothLanguages() {
        assertEquals("1 error, 2 warnings", Texts.get(Texts.Lang.EN, "problems.count", 1L, 2L));
        assertEquals("3 errors, no warnings", Texts.get(Texts.Lang.EN, "problems.count", 3L, 0L));
        assertEquals("3 个错误，0 个警告", Texts.get(Texts.Lang.ZH, "problems.count", 3L, 0L));
    }

    private static TreeSet<String> placeholders(String s) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
