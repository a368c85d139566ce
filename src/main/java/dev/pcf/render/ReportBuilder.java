package dev.pcf.render;

import dev.pcf.model.Footprint;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Picture;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ScenarioResult;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.SourceFile;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.model.Verification;
import dev.pcf.report.AppendixView;
import dev.pcf.report.Messages;
import dev.pcf.report.ReportView;
import dev.pcf.report.ReportViews;
import dev.pcf.report.UncertaintyAppendix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Assembles everything the PDF writer needs for one report: the XHTML, the chart specs, the
 * workbook's pictures, the document information and the embedded files.
 */
public final class ReportBuilder {
    private final XhtmlRenderer renderer;
    private final Messages zh;
    private final Messages en;

    /** Templates and bundles from the class path. */
    public ReportBuilder() {
        this(new XhtmlRenderer(), Messages.load("zh"), Messages.load("en"));
    }

    /** With a given renderer and bundles (e.g. templates from a directory). */
    public ReportBuilder(XhtmlRenderer renderer, Messages zh, Messages en) {
        this.renderer = Objects.requireNonNull(renderer);
        this.zh = Objects.requireNonNull(zh);
        this.en = Objects.requireNonNull(en);
    }

    /** The view model alone (for tests and previews). */
    public ReportView view(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, ReportLanguage lang) {
        return ReportViews.build(wb, fp, mc, lang, zh, en);
    }

    /**
     * The PDF document of a report.
     *
     * @param wb         the workbook as read (its original bytes are embedded as the Source file)
     * @param fp         the deterministic footprint
     * @param mc         the Monte Carlo result, or null when not run
     * @param lang       zh, en or zh+en
     * @param resultJson the machine-readable results ({@code pcf calc --json}), embedded as the Data file; may be null
     * @throws IllegalArgumentException when a message bundle lacks a key the report uses
     */
    public PdfDocument document(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, ReportLanguage lang,
                                byte[] resultJson) {
        return document(wb, fp, mc, List.of(), null, lang, resultJson);
    }

    /**
     * The report's PDF document with the scenarios of the Scenarios sheet and, for a verified report, the
     * verification statement with its empty signature fields and the verification workbook embedded beside
     * the company's, both as {@code Source} files (a study report when {@code verification} is null).
     *
     * @param scenarios    the scenarios calculated, in sheet order (may be empty)
     * @param verification the verification workbook as read, or null
     */
    public PdfDocument document(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, List<ScenarioResult> scenarios,
                                Verification verification, ReportLanguage lang, byte[] resultJson) {
        ReportView view = ReportViews.build(wb, fp, mc, scenarios, verification, lang, zh, en);
        String xhtml = renderer.render(view);
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (Picture p : wb.pictures()) images.putIfAbsent(ReportViews.imageName(p.kind()), p.data());
        return new PdfDocument(xhtml, view.charts(), images, meta(wb, view.title(), view.htmlLang(), lang),
                attachments(wb, verification, resultJson));
    }

    /**
     * The PDF document of the uncertainty and sensitivity appendix on its own ({@code --part uncertainty}):
     * no cover, captioned "附录 C / Appendix C", with the workbook and the JSON results embedded like the report's.
     *
     * @param label the appendix label (e.g. {@code C}), or empty for an unlettered appendix
     * @throws IllegalArgumentException when the label is not 1–4 letters or digits
     */
    public PdfDocument appendixDocument(PcfWorkbook wb, Footprint fp, UncertaintyResult mc,
                                        List<ScenarioResult> scenarios, String label, ReportLanguage lang,
                                        byte[] resultJson) {
        AppendixView view = UncertaintyAppendix.build(wb, fp, mc, scenarios, label, lang, zh, en);
        return new PdfDocument(renderer.render(view), view.charts(), Map.of(),
                meta(wb, view.title(), view.htmlLang(), lang), attachments(wb, null, resultJson));
    }

    private static PdfDocument.Meta meta(PcfWorkbook wb, String title, String htmlLang, ReportLanguage lang) {
        ReportInfo i = wb.info();
        return new PdfDocument.Meta(title, pick(i.verificationBody(), lang),
                pick(i.productName(), lang) + " " + nz(i.model()) + " — " + pick(i.functionalUnit(), lang),
                String.join(", ", keywords(i, lang)), htmlLang, i.issueDate());
    }

    private static List<PdfDocument.Attachment> attachments(PcfWorkbook wb, Verification verification,
                                                            byte[] resultJson) {
        ReportInfo i = wb.info();
        List<PdfDocument.Attachment> files = new ArrayList<>();
        SourceFile src = wb.source();
        if (src != null && src.bytes() != null) {
            files.add(new PdfDocument.Attachment(src.fileName(), src.bytes(), mimeType(src.fileName()), "Source",
                    "源数据工作簿 Source workbook (SHA-256 " + nz(src.sha256()) + ")"));
        }
        if (verification != null) {
            SourceFile v = verification.source();
            files.add(new PdfDocument.Attachment(v.fileName(), v.bytes(), mimeType(v.fileName()), "Source",
                    "核查数据表 Verification workbook (SHA-256 " + nz(v.sha256()) + ")"));
        }
        if (resultJson != null) {
            files.add(new PdfDocument.Attachment(nz(i.reportNo()) + "-results.json", resultJson, "application/json",
                    "Data", "计算结果 Results (JSON)"));
        }
        return files;
    }

    private static List<String> keywords(ReportInfo i, ReportLanguage lang) {
        List<String> k = new ArrayList<>();
        if (lang.hasZh()) k.add("产品碳足迹");
        if (lang.hasEn()) k.add("product carbon footprint");
        k.add(nz(i.standard()));
        k.add(pick(i.productName(), lang));
        if (i.model() != null) k.add(i.model());
        k.add(nz(i.reportNo()));
        return k;
    }

    private static String pick(Text t, ReportLanguage lang) {
        if (t == null) return "";
        return switch (lang) {
            case ZH -> t.zhOrEn();
            case EN -> t.enOrZh();
            case ZH_EN -> t.zh().isEmpty() || t.en().isEmpty() ? t.zhOrEn() : t.zh() + " " + t.en();
        };
    }

    static String mimeType(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xls")) return "application/vnd.ms-excel";
        if (n.endsWith(".xlsm")) return "application/vnd.ms-excel.sheet.macroEnabled.12";
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
