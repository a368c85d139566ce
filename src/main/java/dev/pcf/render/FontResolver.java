package dev.pcf.render;

import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flying Saucer's font resolver over the report's faces only, with a cache in front of it. Flying Saucer resolves a font for every piece of
 * text it measures, and its resolver builds its own cache key with {@code String.format} each time (≈ 3 % of a
 * report's layout under C1). This one looks the font up by the CSS font families, weight and style first; it
 * returns what the resolver would: a font of the same face at the requested size. One per render, like the
 * resolver ({@link FontSet}); not thread-safe.
 */
final class FontResolver extends ITextFontResolver {

    private record Key(List<String> families, IdentValue weight, IdentValue style) {}

    private final Map<Key, FontDescription> resolved = new HashMap<>();

    /**
     * No base-14 fonts: Flying Saucer parses the AFM metrics of all fourteen for every resolver (about 0.1 s
     * of CPU per process, interpreted), and a PDF/A file may not use them anyway (they are not embedded).
     */
    @Override
    protected Map<String, FontFamily> loadFonts() {
        return new HashMap<>();
    }

    @Override
    public FSFont resolveFont(SharedContext context, FontSpecification spec) {
        Key key = new Key(spec.families == null ? List.of() : Arrays.asList(spec.families), spec.fontWeight,
                spec.fontStyle);
        FontDescription face = resolved.get(key);
        if (face != null) {
            return new ITextFSFont(face, spec.size);
        }
        FSFont font = super.resolveFont(context, spec);
        if (font instanceof ITextFSFont f) {
            resolved.put(key, f.getFontDescription());
        }
        return font;
    }

    @Override
    public void flushCache() {
        resolved.clear();
        super.flushCache();
    }

    @Override
    public void flushFontFaceFonts() {
        resolved.clear();
        super.flushFontFaceFonts();
    }
}
