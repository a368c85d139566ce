package dev.pcf.render;

import java.nio.ByteBuffer;
import java.util.BitSet;

/**
 * The characters a TrueType/OpenType font maps to a glyph, read from its {@code cmap} table alone
 * (Unicode subtables of format 4 or 12), without parsing the rest of the font. Validation uses it to
 * warn about characters the report cannot print; loading the full fonts for that costs about a second.
 */
final class Cmap {
    private static final int CMAP = 0x636d6170; // 'cmap'

    private Cmap() {}

    /**
     * The covered code points of the font whose bytes (at least its table directory and cmap table) are
     * {@code font}.
     *
     * @throws IllegalArgumentException when the font has no Unicode cmap subtable of format 4 or 12
     */
    static BitSet coverage(ByteBuffer font) {
        int numTables = u16(font, 4);
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            if (font.getInt(rec) == CMAP) {
                return table(font, (int) u32(font, rec + 8));
            }
        }
        throw new IllegalArgumentException("the font has no cmap table");
    }

    private static BitSet table(ByteBuffer b, int cmap) {
        int n = u16(b, cmap + 2);
        int best = -1;
        int bestRank = 0;
        for (int i = 0; i < n; i++) {
            int rec = cmap + 4 + 8 * i;
            int platform = u16(b, rec);
            int encoding = u16(b, rec + 2);
            int sub = cmap + (int) u32(b, rec + 4);
            int format = u16(b, sub);
            int rank = unicode(platform, encoding) ? (format == 12 ? 2 : format == 4 ? 1 : 0) : 0;
            if (rank > bestRank) {
                best = sub;
                bestRank = rank;
            }
        }
        if (best < 0) throw new IllegalArgumentException("the font has no Unicode cmap of format 4 or 12");
        return bestRank == 2 ? format12(b, best) : format4(b, best);
    }

    private static boolean unicode(int platform, int encoding) {
        return platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
    }

    private static BitSet format12(ByteBuffer b, int t) {
        BitSet set = new BitSet(0x30000);
        long groups = u32(b, t + 12);
        for (long g = 0; g < groups; g++) {
            int rec = t + 16 + (int) (12 * g);
            int start = (int) u32(b, rec);
            int end = (int) u32(b, rec + 4);
            long glyph = u32(b, rec + 8);
            if (glyph == 0) start++; // the first code point of the group maps to .notdef
            if (start <= end) set.set(start, end + 1);
        }
        return set;
    }

    private static BitSet format4(ByteBuffer b, int t) {
        BitSet set = new BitSet(0x10000);
        int segs = u16(b, t + 6) / 2;
        int ends = t + 14;
        int starts = ends + 2 * segs + 2;
        int deltas = starts + 2 * segs;
        int ranges = deltas + 2 * segs;
        for (int s = 0; s < segs; s++) {
            int end = u16(b, ends + 2 * s);
            int start = u16(b, starts + 2 * s);
            int delta = b.getShort(deltas + 2 * s);
            int rangeOffset = u16(b, ranges + 2 * s);
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int at = ranges + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = u16(b, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) set.set(c);
            }
        }
        return set;
    }

    private static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & 0xFFFFFFFFL;
    }
}
