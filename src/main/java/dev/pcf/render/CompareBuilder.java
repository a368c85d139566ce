package dev.pcf.render;

import dev.pcf.model.Comparison;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.SourceFile;
import dev.pcf.report.CompareView;
import dev.pcf.report.CompareViews;
import dev.pcf.report.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assembles the PDF document of the one-page comparison ({@code pcf compare -o}): the XHTML from
 * {@code compare.html}, the bar chart of the totals, the document information, and as PDF/A-3
 * associated files every workbook ({@code Source}) and the comparison JSON ({@code Data}). Same
 * comparison, same bytes: the document date is the latest issue date of the workbooks.
 */
public final class CompareBuilder {
    private final XhtmlRenderer renderer;
    private final Messages zh;
    private final Messages en;

    /** Templates and bundles from the class path. */
    public CompareBuilder() {
        this(new XhtmlRenderer(), Messages.load("zh"), Messages.load("en"));
    }

    /** With a given renderer and bundles. */
    public CompareBuilder(XhtmlRenderer renderer, Messages zh, Messages en) {
        this.renderer = Objects.requireNonNull(renderer);
        this.zh = Objects.requireNonNull(zh);
        this.en = Objects.requireNonNull(en);
    }

    /** The view model alone (for tests). */
    public CompareView view(Comparison c, ReportLanguage lang) {
        return CompareViews.build(c, lang, zh, en);
    }

    /**
     * The PDF document of the comparison.
     *
     * @param json the comparison's {@code pcf-compare/1} JSON, embedded as the Data file; may be null
     * @throws IllegalArgumentException when a message bundle lacks a key the page uses
     */
    public PdfDocument document(Comparison c, ReportLanguage lang, byte[] json) {
        CompareView view = view(c, lang);
        String xhtml = renderer.render(view);
        List<String> names = new ArrayList<>();
        List<PdfDocument.Attachment> files = new ArrayList<>();
        LocalDate date = null;
        for (Comparison.Product p : c.products()) {
            ReportInfo i = p.workbook().info();
            names.add((lang == ReportLanguage.EN ? i.productName().enOrZh() : i.productName().zhOrEn())
                    + (i.model() == null ? "" : " " + i.model()));
            if (i.issueDate() != null && (date == null || i.issueDate().isAfter(date))) date = i.issueDate();
            SourceFile src = p.workbook().source();
            if (src != null && src.bytes() != null) {
                files.add(new PdfDocument.Attachment(src.fileName(), src.bytes(), ReportBuilder.mimeType(src.fileName()),
                        "Source", "源数据工作簿 Source workbook (SHA-256 " + src.sha256() + ")"));
            }
        }
        if (json != null) {
            files.add(new PdfDocument.Attachment("comparison.json", json, "application/json", "Data",
                    "比较结果 Comparison (JSON)"));
        }
        ReportInfo first = c.products().get(0).workbook().info();
        String title = view.hasTitleEn() ? view.title() + " " + view.titleEn() : view.title();
        PdfDocument.Meta meta = new PdfDocument.Meta(title, first.verificationBody() == null ? ""
                : (lang == ReportLanguage.EN ? first.verificationBody().enOrZh() : first.verificationBody().zhOrEn()),
                String.join(" / ", names), String.join(", ", keywords(lang, first, names)), view.htmlLang(),
                date != null ? date : LocalDate.of(2000, 1, 1));
        return new PdfDocument(xhtml, view.charts(), Map.of(), meta, files);
    }

    private static List<String> keywords(ReportLanguage lang, ReportInfo first, List<String> names) {
        List<String> k = new ArrayList<>();
        if (lang.hasZh()) k.add("产品碳足迹比较");
        if (lang.hasEn()) k.add("product carbon footprint comparison");
        if (first.standard() != null) k.add(first.standard());
        k.addAll(names);
        return k;
    }
}
