package dev.pcf.report;

import java.util.List;
import java.util.Map;

/**
 * The standalone uncertainty appendix ({@code pcf report BOOK --part uncertainty}), already formatted,
 * rounded and translated for one language mode: what {@code templates/appendix.html} shows. Built by
 * {@link UncertaintyAppendix#build}; rendered by {@code dev.pcf.render.XhtmlRenderer}.
 *
 * @param htmlLang      BCP 47 language of the document: {@code zh-CN} or {@code en}
 * @param title         document title, e.g. 附录 C 不确定性与敏感性分析 集中式DTU JX0317-D30
 * @param runningHeader header of every page: report number, product and the appendix's name
 * @param footer        footer segments: "附录 C 第 X 页 共 Y 页", the counters as {@code page}/{@code pages}
 * @param fields        the identification table below the title: product, model, report number…
 * @param toc           one entry per heading, for the PDF bookmarks
 * @param title1        the title heading (level 1), placed before the identification table
 * @param body          the sections: method, inputs, results, sensitivity, scenarios, convergence, reproducibility
 * @param charts        chart data by name (referenced as {@code chart:NAME})
 */
public record AppendixView(String htmlLang, String title, String runningHeader, List<ReportView.Segment> footer,
                           List<ReportView.Field> fields, ReportView.Toc toc, Block title1, List<Block> body,
                           Map<String, ChartSpec> charts) {
    public AppendixView {
        footer = List.copyOf(footer);
        fields = List.copyOf(fields);
        body = List.copyOf(body);
        charts = Map.copyOf(charts);
    }
}
