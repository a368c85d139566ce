package dev.pcf.render;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where Flying Saucer may break a line: its own rule, with the work it does for URLs skipped where there is no
 * URL. Flying Saucer wraps the JDK's line-break iterator in one that also breaks after the slashes of a URL,
 * allocating and searching at every break opportunity of every text (≈ 2 % of a report's CPU under C1); a text
 * without a slash gets exactly the JDK iterator's opportunities from that wrapper, so it gets the JDK iterator
 * itself here. Texts with a slash go to Flying Saucer's strategy.
 */
final class LineBreaks implements LineBreakingStrategy {
    /**
     * Cloned for each text, never used itself. (The JDK keeps one iterator per kind to clone from, for the last
     * locale asked: Flying Saucer's default-locale one and this one would keep replacing each other.) The line
     * rules are the same in every locale but those of the dictionary-broken scripts, which the report lacks.
     */
    private static final BreakIterator PROTOTYPE = BreakIterator.getLineInstance(Locale.ROOT);
    private final LineBreakingStrategy urls = new DefaultLineBreakingStrategy();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        if (text.indexOf('/') >= 0) {
            return urls.getBreakPointsProvider(text, lang, style);
        }
        BreakIterator breaks = (BreakIterator) PROTOTYPE.clone();
        breaks.setText(text);
        return () -> {
            int next = breaks.next();
            return next == BreakIterator.DONE ? BreakPoint.getDonePoint() : new BreakPoint(next);
        };
    }
}
