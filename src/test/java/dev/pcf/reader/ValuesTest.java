package dev.pcf.reader;

import dev.pcf.model.Basis;
import dev.pcf.model.TeamRole;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Number text and choice words, below the sheet level. */
class ValuesTest {

    private static Values.Number n(double v, boolean percent) {
        return new Values.Number(v, percent);
    }

    @Test
    void parsesNumberText() {
        assertEquals(n(1234.5, false), Values.parse("1,234.5"));
        assertEquals(n(-1234567.25, false), Values.parse("-1,234,567.25"));
        assertEquals(n(0.125, true), Values.parse("12.5%"));      // 12.5 / 100
        assertEquals(n(0.05, true), Values.parse("5 %"));
        assertEquals(n(0.5, false), Values.parse("+.5"));
        assertEquals(n(2500.0, false), Values.parse("2.5E3"));
        assertEquals(n(12.5, false), Values.parse("１２．５"));    // full-width
        assertEquals(n(-3.0, false), Values.parse("−3"));         // U+2212 minus
        assertEquals(n(0.98, true), Values.parse("９８％"));
    }

    @Test
    void refusesTextThatIsNotANumber() {
        for (String s : new String[] {"abc", "1,2", "12,34", "1,2345", ",123", "1.2.3", "NaN", "Infinity", "-", ".", "%",
                "1e", "1e9999", "12 kg", "0x10", "1 234"}) {
            assertNull(Values.parse(s), s);
        }
    }

    @Test
    void looksUpWordsWholeOrByEitherPart() {
        assertEquals(Boolean.TRUE, Vocabulary.YES_NO.lookup("是 yes"));
        assertEquals(Boolean.FALSE, Vocabulary.YES_NO.lookup("否／No"));
        assertNull(Vocabulary.YES_NO.lookup("是 no"));             // the parts disagree
        assertEquals(TeamRole.LEADER, Vocabulary.ROLE.lookup("组长 Team leader"));
        assertEquals(TeamRole.LEADER, Vocabulary.ROLE.lookup("Team Leader"));
        assertEquals(Basis.ANNUAL, Vocabulary.BASIS.lookup("ANNUAL"));
        assertNull(Vocabulary.BASIS.lookup("monthly"));
        assertNull(Vocabulary.BASIS.lookup(""));
    }

    @Test
    void recognisesReferencesIntoOtherWorkbooks() {
        for (String f : new String[] {"[1]Sheet1!A1", "'[ext.xlsx]Sheet 1'!B2*2", "SUM([2]Data!A1:A3)", "cmd|' /C calc'!A0"}) {
            assertEquals(true, Limits.isExternal(f), f);
        }
        for (String f : new String[] {"SUM(A1:A3)", "Table1[[#This Row],[Amount]]", "'活动数据 Activity'!D2*2", "\"[x]\""}) {
            assertEquals(false, Limits.isExternal(f), f);
        }
    }
}
