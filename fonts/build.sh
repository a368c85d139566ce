#!/bin/sh
# Rebuilds the fonts in this directory from the Debian package fonts-noto-cjk
# (1:20220127+repack1-1, Debian 12) with python3-fonttools (4.38.0-1+deb12u1).
#
#   apt-get install -y fonts-noto-cjk python3-fonttools
#   sh fonts/build.sh            # run from the repository root
#
# For each face: take the Simplified Chinese (SC) font out of the .ttc collection, subset it with
# pyftsubset to the ranges below (the whole CJK Unified Ideographs block U+4E00-9FFF and Extension A
# included), then convert the CFF (cubic) outlines to TrueType glyf (quadratic) outlines with
# fontTools' cu2qu pen, because OpenPDF / Flying Saucer handle TrueType glyf fonts most reliably.
# The output is deterministic: head.modified is set to the source's head.created.
set -eu
PY=${PYTHON:-/usr/bin/python3}
SRC=${NOTO_DIR:-/usr/share/fonts/opentype/noto}
OUT=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Basic Latin, Latin-1, Latin Extended-A/B (pinyin tones), spacing modifiers, Greek, general punctuation,
# super/subscripts (₂), letterlike (℃ Ω), number forms (Ⅰ), arrows, math operators (≤ ≥),
# enclosed alphanumerics (①), box/geometric shapes (■ ●), CJK symbols and punctuation,
# CJK Ext-A, CJK Unified Ideographs (whole block), CJK compatibility ideographs, full-width forms.
UNICODES="U+0020-007E,U+00A0-024F,U+02B0-02FF,U+0370-03FF,U+2000-206F,U+2070-209F,U+20AC,U+2100-218F,U+2190-21FF,U+2200-22FF,U+2460-24FF,U+2500-25FF,U+3000-303F,U+3200-32FF,U+3400-4DBF,U+4E00-9FFF,U+F900-FAFF,U+FE30-FE4F,U+FF00-FFEF"

build() { # $1 = source .ttc, $2 = output .ttf
  "$PY" - "$SRC/$1" "$TMP/$2.otf" <<'PYEOF'
import sys
from fontTools.ttLib import TTCollection
coll = TTCollection(sys.argv[1])
sc = [f for f in coll.fonts if f['name'].getDebugName(1).endswith(' CJK SC') and 'Mono' not in f['name'].getDebugName(1)]
assert len(sc) == 1, [f['name'].getDebugName(1) for f in coll.fonts]
sc[0].save(sys.argv[2])
PYEOF
  "$PY" -m fontTools.subset "$TMP/$2.otf" --unicodes="$UNICODES" --layout-features='' --no-hinting \
      --desubroutinize --name-IDs='*' --name-languages='*' --drop-tables+=VORG,BASE,vhea,vmtx \
      --output-file="$TMP/$2.sub.otf"
  "$PY" - "$TMP/$2.sub.otf" "$TMP/$2" <<'PYEOF'
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent

font = TTFont(sys.argv[1])
assert font.sfntVersion == 'OTTO' and 'CFF ' in font
order = font.getGlyphOrder()
glyphSet = font.getGlyphSet()
glyphs = {}
for name in order:
    tt = TTGlyphPen(glyphSet)
    # max_err 1 font unit of 1000 per em: invisible; reverse: CFF is counter-clockwise, glyf clockwise
    glyphSet[name].draw(Cu2QuPen(tt, 1.0, reverse_direction=True))
    glyphs[name] = tt.glyph()
# Noto CJK has no subscript digits (CO₂) and only ¹²³⁴ as superscripts: add them as composite glyphs
# that reuse the font's own digits scaled to 60 % and raised or lowered.
cmap = font.getBestCmap()
hmtx = font['hmtx']
for first, dy in ((0x2080, -110), (0x2070, 460)):         # subscripts ₀-₉, superscripts ⁰-⁹ (as high as ²)
    for digit in range(10):
        cp = first + digit
        if cp in cmap or (first == 0x2070 and digit in (1, 2, 3)):
            continue
        base = cmap[ord('0') + digit]
        comp = GlyphComponent()
        comp.glyphName = base
        comp.x, comp.y = 25, dy
        comp.flags = 0
        comp.transform = [[0.6, 0], [0, 0.6]]
        glyph = Glyph()
        glyph.numberOfContours = -1
        glyph.components = [comp]
        name = 'uni%04X' % cp
        order.append(name)
        glyphs[name] = glyph
        hmtx[name] = (round(hmtx[base][0] * 0.6) + 50, 0)
        for table in font['cmap'].tables:
            if table.format == 4:
                table.cmap[cp] = name
font.setGlyphOrder(order)
font['loca'] = newTable('loca')
glyf = font['glyf'] = newTable('glyf')
glyf.glyphOrder = order
glyf.glyphs = glyphs
del font['CFF ']
glyf.compile(font)
hmtx = font['hmtx']
for name in order:                      # left side bearing = xMin of the new outline
    g = glyf[name]
    hmtx[name] = (hmtx[name][0], getattr(g, 'xMin', 0) if g.numberOfContours else 0)
maxp = font['maxp'] = newTable('maxp')
maxp.tableVersion = 0x00010000
maxp.numGlyphs = len(order)
for attr in ('maxZones',):
    setattr(maxp, attr, 1)
for attr in ('maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs', 'maxStackElements',
             'maxSizeOfInstructions', 'maxComponentElements', 'maxPoints', 'maxContours',
             'maxCompositePoints', 'maxCompositeContours', 'maxComponentDepth'):
    setattr(maxp, attr, 0)
post = font['post']
post.formatType = 3.0                   # no glyph names (CID fonts have none worth keeping)
font.sfntVersion = '\x00\x01\x00\x00'
font['head'].glyphDataFormat = 0
font['head'].modified = font['head'].created   # a fixed date (the subsetter stamps "now"): reproducible bytes
font.recalcTimestamp = False
font.save(sys.argv[2])                  # save() recomputes maxp and bounding boxes
print(sys.argv[2].rsplit('/', 1)[-1], len(order), 'glyphs')
PYEOF
  cp "$TMP/$2" "$OUT/.$2.part" && mv "$OUT/.$2.part" "$OUT/$2"   # replace the file in one step
}

build NotoSerifCJK-Regular.ttc NotoSerifSC-Regular.ttf
build NotoSerifCJK-Bold.ttc    NotoSerifSC-Bold.ttf
build NotoSansCJK-Regular.ttc  NotoSansSC-Regular.ttf
build NotoSansCJK-Bold.ttc     NotoSansSC-Bold.ttf
(cd "$OUT" && sha256sum *.ttf)
