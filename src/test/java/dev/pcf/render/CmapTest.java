package dev.pcf.render;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cmap reader agrees with OpenPDF's full parse of the same fonts on every code point. */
class CmapTest {

    @Test
    void coverageOfEachRegularFaceEqualsOpenPdfsCharExists() {
        for (String family : new String[] {Fonts.SERIF, Fonts.SANS}) {
            Fonts.Face face = Fonts.face(family, false);
            String file = face.resource().substring(face.resource().lastIndexOf('/') + 1);
            BitSet cmap = Cmap.coverage(FontFiles.map(file));
            int covered = 0;
            for (int cp = 0; cp <= 0x2FFFF; cp++) {
                boolean expected = face.pdf().charExists(cp);
                assertEquals(expected, cmap.get(cp), file + " U+" + Integer.toHexString(cp));
                if (expected) covered++;
            }
            // a CJK subset font: tens of thousands of characters, among them the common ideographs
            assertTrue(covered > 20_000, file + " covers " + covered);
            assertTrue(cmap.get('中') && cmap.get('A') && !cmap.get(0x1F600), file);
        }
    }
}
