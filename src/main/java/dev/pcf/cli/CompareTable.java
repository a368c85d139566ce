package dev.pcf.cli;

import dev.pcf.model.Comparison;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyResult.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The readable table {@code pcf compare} prints: the products, totals and stages side by side with the
 * differences to the first, and the paired Monte Carlo analysis. Labels in zh, en or both ("中文 English").
 * kg CO2e to the first workbook's decimals; differences and percentages from unrounded values.
 */
final class CompareTable {
    private CompareTable() {}

    static String render(Comparison c, ReportLanguage lang) {
        Labels t = new Labels(lang);
        int d = c.products().get(0).workbook().info().decimals();
        int n = c.products().size();
        StringBuilder sb = new StringBuilder();
        List<String[]> products = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var p = c.products().get(i);
            var info = p.workbook().info();
            products.add(new String[] {String.valueOf(i + 1), t.text(info.productName()) + (info.model() == null ? "" : " " + info.model()),
                    t.text(info.functionalUnit()), p.declaredUnit(), p.footprint().gwpSet().name(), p.file()});
        }
        sb.append(ResultTable.table(new String[] {"#", t.l("产品", "Product"), t.l("功能单位", "Functional unit"),
                t.l("声明单位", "Declared unit"), "GWP", t.l("工作簿", "Workbook")}, products,
                new boolean[] {true, false, false, false, false, false}));

        List<String> head = new ArrayList<>(List.of(t.l("阶段", "Stage")));
        for (int i = 0; i < n; i++) head.add(String.valueOf(i + 1));
        for (int i = 1; i < n; i++) head.add("Δ " + (i + 1) + "−1");
        boolean[] right = new boolean[head.size()];
        java.util.Arrays.fill(right, 1, right.length, true);
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, Text> e : c.stageNames().entrySet()) {
            List<String> r = new ArrayList<>(List.of(e.getKey() + " " + t.text(e.getValue())));
            double base = c.stage(0, e.getKey());
            for (int i = 0; i < n; i++) r.add(ResultTable.round(c.stage(i, e.getKey()), d));
            for (int i = 1; i < n; i++) {
                double v = c.stage(i, e.getKey());
                r.add(signed((Double.isNaN(v) ? 0 : v) - (Double.isNaN(base) ? 0 : base), d));
            }
            rows.add(r.toArray(String[]::new));
        }
        List<String> total = new ArrayList<>(List.of(t.l("总计", "Total")));
        for (int i = 0; i < n; i++) total.add(ResultTable.round(c.products().get(i).total(), d));
        for (int i = 1; i < n; i++) total.add(signed(c.delta(i), d));
        rows.add(total.toArray(String[]::new));
        List<String> pct = new ArrayList<>(List.of(t.l("差值", "Difference") + " %"));
        for (int i = 0; i < n; i++) pct.add(i == 0 ? "" : signedPct(c.deltaShare(i)));
        for (int i = 1; i < n; i++) pct.add(signedPct(c.deltaShare(i)));
        rows.add(pct.toArray(String[]::new));
        sb.append('\n').append("kgCO2e / ").append(t.l("功能单位", "functional unit")).append('\n')
                .append(ResultTable.table(head.toArray(String[]::new), rows, right));

        var p = c.paired();
        if (p != null) {
            String how = p.adaptive() ? (p.converged() ? "自适应（已收敛）" : "自适应（达到上限仍未收敛）") : "固定次数";
            String howEn = p.adaptive() ? (p.converged() ? "adaptive (converged)" : "adaptive (NOT converged at the cap)") : "fixed";
            sb.append('\n').append(t.line("配对蒙特卡洛：迭代 " + p.iterations() + " 次，种子 " + p.seed() + "，" + how,
                    "Paired Monte Carlo: " + p.iterations() + " iterations, seed " + p.seed() + ", " + howEn)).append('\n');
            List<String[]> u = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Summary s = p.totals().get(i);
                if (i == 0) {
                    u.add(new String[] {"1", ResultTable.round(s.mean(), d), interval(s, d), "", "", "", "", ""});
                    continue;
                }
                var diff = p.differences().get(i - 1);
                Summary x = diff.summary();
                u.add(new String[] {String.valueOf(i + 1), ResultTable.round(s.mean(), d), interval(s, d), signed(x.mean(), d),
                        signed(x.median(), d), interval(x, d), ResultTable.round(diff.pLower() * 100, 2) + "%", verdict(diff, t)});
            }
            sb.append(ResultTable.table(new String[] {"#", t.l("均值", "Mean"), t.l("95% 区间", "95% interval"),
                    "Δ " + t.l("均值", "mean"), "Δ " + t.l("中位数", "median"), "Δ " + t.l("95% 区间", "95% interval"),
                    "P(< 1)", t.l("与产品 1 相比", "vs. product 1")}, u,
                    new boolean[] {true, true, true, true, true, true, true, false}));
            sb.append(t.l("共用抽样的因子（ID 与定义相同）", "Factors sharing their draws (same ID and definition)")).append(": ")
                    .append(p.sharedFactors().isEmpty() ? "—" : String.join(", ", p.sharedFactors())).append('\n');
            if (!p.ownFactors().isEmpty()) {
                sb.append(t.l("ID 相同但定义不同（独立抽样）", "Same ID, other definition (drawn independently)")).append(": ")
                        .append(String.join(", ", p.ownFactors())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String verdict(Comparison.Difference diff, Labels t) {
        return switch (diff.verdict()) {
            case LOWER -> t.l("较低", "lower");
            case HIGHER -> t.l("较高", "higher");
            case NOT_DISCERNIBLE -> t.l("不可区分", "not discernible");
        };
    }

    private static String interval(Summary s, int d) {
        return "[" + ResultTable.round(s.low(), d) + ", " + ResultTable.round(s.high(), d) + "]";
    }

    private static String signed(double v, int d) {
        String s = ResultTable.round(v, d);
        return v > 0 && Double.isFinite(v) ? "+" + s : s;
    }

    private static String signedPct(double fraction) {
        if (!Double.isFinite(fraction)) return "—";
        String s = ResultTable.round(fraction * 100, 2) + "%";
        return fraction > 0 ? "+" + s : s;
    }

    /** Labels in the chosen language(s). */
    private record Labels(ReportLanguage lang) {
        String l(String zh, String en) {
            return switch (lang) {
                case ZH -> zh;
                case EN -> en;
                case ZH_EN -> zh.strip().equals(en.strip()) ? zh : zh.strip() + " " + en.strip();
            };
        }

        /** A sentence: in zh+en the Chinese line, then the English one. */
        String line(String zh, String en) {
            return lang == ReportLanguage.ZH_EN ? zh + "\n" + en : l(zh, en);
        }

        String text(Text x) {
            if (x == null) return "";
            return switch (lang) {
                case ZH -> x.zhOrEn();
                case EN -> x.enOrZh();
                case ZH_EN -> x.zh().isEmpty() || x.en().isEmpty() || x.zh().equals(x.en()) ? x.zhOrEn() : x.zh() + " / " + x.en();
            };
        }
    }
}
