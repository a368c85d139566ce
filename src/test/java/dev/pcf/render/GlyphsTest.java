package dev.pcf.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GlyphsTest {

    @Test
    void everyCharacterOfTheSampleIsInTheFonts() {
        assertEquals("", Glyphs.missing(Sample.xhtml(3)));
    }

    @Test
    void requiredSymbolsAndRareNameCharactersArePresent() {
        // the symbols the brief lists, subscript/superscript digits (added to the fonts by build.sh),
        // the last ideographs of the CJK block (U+9FA5 龥, U+9FFF is unassigned in the font) and of Ext-A (䶵 U+4DB5)
        assertEquals("", Glyphs.missing("±×≤≥²³₂·—…℃‰Ω ₀₁₂₃₄₅₆₇₈₉ ⁰¹²³⁴⁵⁶⁷⁸⁹ 一龥䶵㐀 ﹏（）：；"));
    }

    @Test
    void reportsCharactersOutsideTheFontsOnceInOrder() {
        // U+20000 𠀀 is CJK Extension B and 😀 an emoji: neither is in the subset; control characters are ignored
        assertEquals("𠀀😀", Glyphs.missing("A𠀀B\n😀中\t𠀀"));
    }

    @Test
    void emptyAndNullHaveNothingMissing() {
        assertEquals("", Glyphs.missing(""));
        assertEquals("", Glyphs.missing(null));
    }
}
