package dev.pcf.report;

import java.util.List;
import java.util.Map;

/**
 * Everything the report template shows, already formatted, rounded and translated for one
 * language mode. Built by {@link ReportViews#build}; rendered by {@code dev.pcf.render.XhtmlRenderer}.
 *
 * @param htmlLang      BCP 47 language of the document: {@code zh-CN} or {@code en}
 * @param title         document title
 * @param runningHeader header of every page after the cover: report number and product
 * @param footer        footer segments: text, and {@code page}/{@code pages} counters
 * @param cover         the cover page
 * @param basicInfo     basic information table (label, value)
 * @param summary       the conclusion summary (heading, paragraphs, result table, boundary statement)
 * @param signatures    the signature table
 * @param toc           table of contents
 * @param body          sections 1–6 and the appendices
 * @param charts        chart data by name (referenced as {@code chart:NAME})
 * @param statements    the verification statement of a verified report (one), none for a study report
 */
public record ReportView(String htmlLang, String title, String runningHeader, List<Segment> footer, Cover cover,
                         Labelled basicInfo, List<Block> summary, Signatures signatures, Toc toc,
                         List<Block> body, Map<String, ChartSpec> charts, List<Statement> statements) {
    public ReportView {
        footer = List.copyOf(footer);
        summary = List.copyOf(summary);
        body = List.copyOf(body);
        charts = Map.copyOf(charts);
        statements = List.copyOf(statements);
    }

    /** Whether this is a verified report (it has a verification statement). */
    public boolean hasStatement() {
        return !statements.isEmpty();
    }

    /** "Verified" for the running header of a verified report, else empty. */
    public String verifiedMark() {
        return statements.isEmpty() ? "" : statements.getFirst().mark();
    }

    /**
     * The verification statement of a verified report.
     *
     * @param id        anchor of its heading
     * @param title     its heading
     * @param fields    body, statement number, criteria, assurance, materiality, activities, dates, files
     * @param blocks    conclusion, reported vs verified, findings, team
     * @param signTitle heading of the seal and signature area
     * @param sealLabel text in the space left for the seal
     * @param boxes     the signature fields, {@code verifier} then {@code reviewer}
     * @param note      how the signature fields are filled
     * @param mark      "verified", shown before the running header's text
     */
    public record Statement(String id, String title, List<Field> fields, List<Block> blocks, String signTitle,
                            String sealLabel, List<SignatureBox> boxes, String note, String mark) {
        public Statement {
            fields = List.copyOf(fields);
            blocks = List.copyOf(blocks);
            boxes = List.copyOf(boxes);
        }
    }

    /**
     * An empty PDF signature field and its caption.
     *
     * @param label  e.g. 核查组长签名 Lead verifier's signature
     * @param signer who is to sign (name from the verification team), may be empty
     * @param src    {@code sigfield:NAME}: the PDF writer places an empty signature field NAME there
     */
    public record SignatureBox(String label, String signer, String src) {}

    /**
     * A piece of the footer line.
     *
     * @param text  literal text (empty for counters)
     * @param style {@code ""}, or {@code page} / {@code pages} for the page counters
     */
    public record Segment(String text, String style) {}

    /** A label and its value. */
    public record Field(String label, String value) {}

    /** A titled list of fields. */
    public record Labelled(String title, List<Field> fields) {
        public Labelled {
            fields = List.copyOf(fields);
        }
    }

    /**
     * The cover.
     *
     * @param title     e.g. 产品碳足迹报告 (in zh+en the Chinese title; in en the English one)
     * @param titleEn   in zh+en the English title, set on its own line; else empty
     * @param subtitle  the standard
     * @param fields    product name, model, manufacturer, report number, issue date
     * @param body      the verification body (label and name)
     * @param sealLabel text in the space left for the seal
     * @param verified  "verified" with the statement number in a verified report, else empty
     */
    public record Cover(String title, String titleEn, String subtitle, List<Field> fields, Field body,
                        String sealLabel, String verified) {
        public Cover {
            fields = List.copyOf(fields);
        }

        /** Whether the cover says the report was verified. */
        public boolean isVerified() {
            return !verified.isEmpty();
        }

        /** Whether there is an English title line. */
        public boolean hasTitleEn() {
            return !titleEn.isEmpty();
        }
    }

    /**
     * The signature table: one row per author, leader and member; signature cells stay blank.
     *
     * @param title   table title
     * @param headers role, name, certificate number, signature
     * @param rows    role label, name, certificate
     */
    public record Signatures(String title, List<String> headers, List<Field3> rows) {
        public Signatures {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** Three cells of a row. */
    public record Field3(String a, String b, String c) {}

    /** The table of contents: a title and one entry per heading. */
    public record Toc(String title, List<TocEntry> entries) {
        public Toc {
            entries = List.copyOf(entries);
        }

        /** The entries as a tree (level 1 with its level 2 with its level 3), for the PDF bookmarks. */
        public List<Bookmark> bookmarks() {
            List<Bookmark> roots = new java.util.ArrayList<>();
            Bookmark[] open = new Bookmark[3];
            for (TocEntry e : entries) {
                Bookmark b = new Bookmark(e.text(), e.href(), new java.util.ArrayList<>());
                int lvl = Math.max(1, Math.min(3, e.level()));
                Bookmark parent = null;
                for (int i = lvl - 2; i >= 0 && parent == null; i--) parent = open[i];
                if (parent == null) roots.add(b); else parent.children().add(b);
                open[lvl - 1] = b;
                for (int i = lvl; i < 3; i++) open[i] = null;
            }
            return roots;
        }
    }

    /** A PDF bookmark and its children. */
    public record Bookmark(String text, String href, List<Bookmark> children) {}

    /**
     * A table-of-contents line; the page number comes from {@code target-counter(attr(href), page)}.
     *
     * @param level 1–3
     * @param href  {@code #id} of the heading
     * @param text  the heading text
     */
    public record TocEntry(int level, String href, String text) {}
}
