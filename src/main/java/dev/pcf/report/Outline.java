package dev.pcf.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the body blocks in order, numbering headings (1, 1.1, 1.1.1; appendices A, B…) and
 * recording the table of contents.
 */
final class Outline {
    private final Lang lang;
    private final List<Block> blocks = new ArrayList<>();
    private final List<ReportView.TocEntry> toc = new ArrayList<>();
    private final int[] counters = new int[3];
    private int appendix;
    private int tables;
    private int figures;

    Outline(Lang lang) {
        this.lang = lang;
    }

    /** A new outline for the next part of the document: tables and figures keep counting. */
    Outline next() {
        Outline o = new Outline(lang);
        o.tables = tables;
        o.figures = figures;
        return o;
    }

    /** A numbered heading at level 1–3 whose title is the message {@code key}. */
    Outline h(int level, String key, Object... args) {
        counters[level - 1]++;
        for (int i = level; i < counters.length; i++) counters[i] = 0;
        StringBuilder num = new StringBuilder();
        for (int i = 0; i < level; i++) {
            if (i > 0) num.append('.');
            num.append(appendix > 0 && i == 0 ? Character.toString('A' + appendix - 1) : counters[i]);
        }
        String id = "s-" + num.toString().replace('.', '-');
        return heading(level, id, num + " " + lang.label(key, args));
    }

    /** An appendix heading: "附录 A … Appendix A …"; later h(2…) are numbered A.1. */
    Outline appendix(String key) {
        appendix++;
        counters[0] = 0;
        counters[1] = 0;
        counters[2] = 0;
        String letter = Character.toString('A' + appendix - 1);
        counters[0] = appendix;
        return heading(1, "app-" + letter, lang.join(lang.zh("appendix.prefix", letter) + " " + lang.zh(key),
                lang.en("appendix.prefix", letter) + " " + lang.en(key), " "));
    }

    /** An unnumbered heading (front matter). */
    Outline heading(int level, String id, String text) {
        blocks.add(new Block.Heading(level, id, text));
        toc.add(new ReportView.TocEntry(level, "#" + id, text));
        return this;
    }

    Outline add(Block b) {
        blocks.add(b);
        return this;
    }

    Outline para(String key, Object... args) {
        return add(lang.para("", key, args));
    }

    Outline note(String key, Object... args) {
        return add(lang.para("note", key, args));
    }

    /** The next table caption: "表 3 …" numbered in document order. */
    String tableCaption(String key, Object... args) {
        tables++;
        return lang.join(lang.zh("caption.table", tables) + " " + lang.zh(key, args),
                lang.en("caption.table", tables) + " " + lang.en(key, args), " ");
    }

    /** The next figure caption: "图 2 …". */
    String figureCaption(String key, Object... args) {
        figures++;
        return lang.join(lang.zh("caption.figure", figures) + " " + lang.zh(key, args),
                lang.en("caption.figure", figures) + " " + lang.en(key, args), " ");
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    List<ReportView.TocEntry> toc() {
        return List.copyOf(toc);
    }
}
