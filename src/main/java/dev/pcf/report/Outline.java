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
    /** The label of a standalone appendix ({@link #part}): its headings and captions are numbered C.1, C.2…; else null. */
    private String label;

    Outline(Lang lang) {
        this.lang = lang;
    }

    /**
     * The outline of a standalone appendix labelled {@code label} (e.g. {@code C}): its title is "附录 C …",
     * its sections C.1, C.1.1, its tables and figures 表 C.1, 图 C.1. An empty label gives an unlettered
     * appendix ("附录 …") whose sections, tables and figures are numbered 1, 2….
     */
    static Outline part(Lang lang, String label) {
        Outline o = new Outline(lang);
        o.label = label;
        return o;
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
            String part = appendix > 0 && i == 0 ? letter() : Integer.toString(counters[i]);
            if (part.isEmpty()) continue;
            if (!num.isEmpty()) num.append('.');
            num.append(part);
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

    /** The current appendix's letter: A, B… in a report, the label in a standalone appendix. */
    private String letter() {
        return label != null ? label : Character.toString('A' + appendix - 1);
    }

    /**
     * The title of a standalone appendix ({@link #part}): "附录 C 不确定性与敏感性分析 Appendix C …", or
     * "附录 … Appendix …" without a label; later h(2…) are numbered C.1 (or 1).
     */
    Outline partTitle(String key) {
        appendix = 1;
        counters[0] = 1;
        counters[1] = 0;
        counters[2] = 0;
        return heading(1, label.isEmpty() ? "app" : "app-" + label,
                lang.join(partName(true) + " " + lang.zh(key), partName(false) + " " + lang.en(key), " "));
    }

    /** "附录 C" or "Appendix C" of a standalone appendix ("附录", "Appendix" without a label). */
    String partName(boolean chinese) {
        String key = label.isEmpty() ? "appendix.unlabelled" : "appendix.prefix";
        return chinese ? lang.zh(key, label) : lang.en(key, label);
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
        String n = number(++tables);
        return lang.join(lang.zh("caption.table", n) + " " + lang.zh(key, args),
                lang.en("caption.table", n) + " " + lang.en(key, args), " ");
    }

    /** The next figure caption: "图 2 …". */
    String figureCaption(String key, Object... args) {
        String n = number(++figures);
        return lang.join(lang.zh("caption.figure", n) + " " + lang.zh(key, args),
                lang.en("caption.figure", n) + " " + lang.en(key, args), " ");
    }

    /** A table or figure number: 3 in a report, C.3 in a standalone appendix labelled C. */
    private String number(int n) {
        return label == null || label.isEmpty() ? Integer.toString(n) : label + "." + n;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    List<ReportView.TocEntry> toc() {
        return List.copyOf(toc);
    }
}
