package dev.pcf.calc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The template's Guide sheet lists the spellings the reader accepts (section 3, table "也接受的写法
 * Also accepted"); every example it gives is read as the Guide says: known units parse, quotients
 * parse as factor units, and the examples of units of one's own are indeed not in the table.
 */
class GuideSpellingsTest {

    @Test
    void everySpellingTheGuideListsIsAccepted() throws IOException {
        String guide;
        try (InputStream in = GuideSpellingsTest.class.getResourceAsStream("/dev/pcf/template/guide.txt")) {
            guide = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> checked = new ArrayList<>();
        boolean inTable = false;
        for (String line : guide.split("\n")) {
            if (line.startsWith("|! 也接受的写法")) {
                inTable = true;
                continue;
            }
            if (!inTable) continue;
            if (!line.startsWith("| ")) break;
            String[] cells = line.split("\\|");
            boolean own = cells[1].strip().startsWith("自定义单位");
            String examples = cells[2].replaceAll("（[^）]*）", "");
            for (String token : examples.split("、|；|=")) {
                String t = token.strip();
                if (t.isEmpty() || t.contains("…")) continue;
                checked.add(t);
                if (own) {
                    assertTrue(Units.parse(t).isEmpty(), "listed as a unit of one's own but known: " + t);
                } else if (t.contains("/") || t.endsWith("-1")) {
                    assertTrue(FactorUnit.parse(t).isPresent() || NcvUnit.parse(t).isPresent(), "not read: " + t);
                } else {
                    assertTrue(Units.parse(t).isPresent(), "not read: " + t);
                }
            }
        }
        assertTrue(checked.size() > 40, "the table was found: " + checked);
        assertEquals(true, checked.contains("kgN2O-N/kg N"));
    }
}
