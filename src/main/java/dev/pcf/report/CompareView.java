package dev.pcf.report;

import java.util.List;
import java.util.Map;

/**
 * The one-page comparison of {@code pcf compare -o compare.pdf}, display-ready: every string is
 * formatted, rounded and translated; the template {@code compare.html} only places it.
 *
 * @param htmlLang BCP 47 language of the document: {@code zh-CN} or {@code en}
 * @param title    the title in the first language (the document title too)
 * @param titleEn  the English title under it in zh+en, else empty
 * @param subtitle the standard, e.g. {@code GB/T 24067-2024 / ISO 14067:2018}
 * @param warnings warnings shown prominently under the title (units that differ), may be empty
 * @param blocks   tables, paragraphs and the chart, in page order
 * @param charts   chart data by name
 * @param footer   the small print at the foot of the page (tool, seed, hashes)
 */
public record CompareView(String htmlLang, String title, String titleEn, String subtitle, List<Block.Para> warnings,
                          List<Block> blocks, Map<String, ChartSpec> charts, List<String> footer) {
    public CompareView {
        warnings = List.copyOf(warnings);
        blocks = List.copyOf(blocks);
        charts = Map.copyOf(charts);
        footer = List.copyOf(footer);
    }

    /** Whether there is an English title line. */
    public boolean hasTitleEn() {
        return !titleEn.isEmpty();
    }
}
