package dev.pcf.report;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void bundlesHaveIdenticalKeys() {
        Messages zh = Messages.load("zh");
        Messages en = Messages.load("en");
        Set<String> onlyZh = new TreeSet<>(zh.keys());
        onlyZh.removeAll(en.keys());
        Set<String> onlyEn = new TreeSet<>(en.keys());
        onlyEn.removeAll(zh.keys());
        assertEquals(Set.of(), onlyZh, "keys only in messages_zh");
        assertEquals(Set.of(), onlyEn, "keys only in messages_en");
        assertTrue(zh.keys().size() > 200, "the bundles hold the report's wording: " + zh.keys().size());
    }

    @Test
    void bundlesHaveIdenticalPlaceholdersAndNoEmptyText() {
        Messages zh = Messages.load("zh");
        Messages en = Messages.load("en");
        for (String k : zh.keys()) {
            assertEquals(placeholders(zh.get(k)), placeholders(en.get(k)), "placeholders of " + k);
            assertFalse(zh.get(k).isBlank(), "empty zh text " + k);
            assertFalse(en.get(k).isBlank(), "empty en text " + k);
        }
    }

    @Test
    void chineseBundleIsChineseAndEnglishBundleIsNot() {
        // read as UTF-8: a mis-decoded bundle would not contain these characters
        assertEquals("计算结果", Messages.load("zh").get("sec5.results"));
        assertEquals("Results", Messages.load("en").get("sec5.results"));
    }

    @Test
    void replacesPlaceholdersLiterally() {
        Messages m = new Messages("en", Map.of("k", "it's {0} of {1}, {0}"));
        assertEquals("it's 3 of 4, 3", m.get("k", 3, "4"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.get("missing"));
        assertEquals("message key missing in the en bundle: missing", e.getMessage());
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }
}
