package dev.pcf.cli;

import dev.pcf.Pcf;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.LineResult;
import dev.pcf.model.StageResult;

import dev.pcf.model.Numbers;
import java.util.ArrayList;
import java.util.List;

/** The readable table {@code pcf calc} prints: totals, stages, gases, origins, lines, uncertainty. */
final class ResultTable {
    private ResultTable() {}

    static String render(Pcf.Result r) {
        var wb = r.workbook();
        var fp = r.footprint();
        var info = wb.info();
        int d = info.decimals();
        StringBuilder sb = new StringBuilder();
        sb.append(info.productName().zhOrEn()).append(info.productName().en().isEmpty() || info.productName().zh().isEmpty() ? "" : " / " + info.productName().en())
                .append("  ").append(info.model()).append('\n');
        sb.append("功能单位 Functional unit: ").append(info.functionalUnit().zhOrEn())
                .append(info.functionalUnit().en().isEmpty() || info.functionalUnit().zh().isEmpty() ? "" : " / " + info.functionalUnit().en()).append('\n');
        sb.append("GWP: IPCC ").append(fp.gwpSet()).append(" GWP-100   workbook SHA-256: ").append(wb.source().sha256()).append("\n\n");
        sb.append("碳足迹 Carbon footprint: ").append(round(fp.total(), d)).append(" kgCO2e\n\n");

        List<String[]> rows = new ArrayList<>();
        for (StageResult s : fp.stages()) {
            rows.add(new String[] {s.stage().code(), s.stage().name().zhOrEn(), round(s.kgco2e(), d), pct(s.share())});
        }
        rows.add(new String[] {"", "总计 Total", round(fp.total(), d), pct(fp.total() == 0 ? 0 : 1)});
        sb.append(table(new String[] {"阶段 Stage", "名称 Name", "kgCO2e", "%"}, rows, new boolean[] {false, false, true, true}));

        List<String[]> gases = new ArrayList<>();
        fp.byGas().forEach((g, v) -> gases.add(new String[] {g, round(v, d)}));
        sb.append('\n').append(table(new String[] {"气体 Gas", "kgCO2e"}, gases, new boolean[] {false, true}));

        List<String[]> origins = new ArrayList<>();
        for (CarbonOrigin o : CarbonOrigin.values()) origins.add(new String[] {o.code(), round(fp.byOrigin().getOrDefault(o, 0.0), d)});
        sb.append('\n').append(table(new String[] {"碳类型 Origin", "kgCO2e"}, origins, new boolean[] {false, true}));

        List<String[]> lines = new ArrayList<>();
        for (LineResult l : fp.lines()) {
            var a = l.activity();
            lines.add(new String[] {a.cells().rowRef().address(), a.stage(), a.item().zhOrEn(), num(l.amountPerUnit()) + " " + a.unit(),
                    a.factorId(), round(l.kgco2e(), d), pct(fp.total() == 0 ? 0 : l.kgco2e() / fp.total())});
        }
        sb.append('\n').append(table(new String[] {"行 Row", "阶段 Stage", "项目 Item", "每单位 Per unit", "因子 Factor", "kgCO2e", "%"},
                lines, new boolean[] {false, false, false, true, false, true, true}));

        var cut = fp.cutOff();
        sb.append('\n').append("取舍检查 Cut-off check: ").append(cut.smallLines().size()).append(" line(s) under 1 %, together ")
                .append(pct(cut.smallShare())).append(cut.passed() ? " < 5 % (passed)" : " ≥ 5 % (FAILED)").append('\n');
        sb.append("初级数据比例 Primary data share: ").append(pct(fp.primaryDataShare())).append('\n');

        var mc = r.uncertainty();
        if (mc != null) {
            var t = mc.total();
            sb.append('\n').append("蒙特卡洛 Monte Carlo: ").append(mc.iterations()).append(" iterations, seed ").append(mc.seed())
                    .append(mc.adaptive() ? (mc.converged() ? ", adaptive (converged)" : ", adaptive (NOT converged at the cap)") : ", fixed").append('\n');
            List<String[]> u = new ArrayList<>();
            u.add(new String[] {"总计 Total", round(t.mean(), d), round(t.median(), d), round(t.sd(), d),
                    "[" + round(t.low(), d) + ", " + round(t.high(), d) + "]", "-" + fixed(t.minusPct(), 2) + "% / +" + fixed(t.plusPct(), 2) + "%"});
            for (var s : mc.stages()) {
                var x = s.summary();
                u.add(new String[] {s.code(), round(x.mean(), d), round(x.median(), d), round(x.sd(), d),
                        "[" + round(x.low(), d) + ", " + round(x.high(), d) + "]", "-" + fixed(x.minusPct(), 2) + "% / +" + fixed(x.plusPct(), 2) + "%"});
            }
            sb.append(table(new String[] {"", "均值 Mean", "中位数 Median", "标准差 SD", "95% 区间 interval", "相对 Relative"}, u,
                    new boolean[] {false, true, true, true, true, true}));
            if (!mc.contributions().isEmpty()) {
                List<String[]> c = new ArrayList<>();
                for (var x : mc.contributions().subList(0, Math.min(10, mc.contributions().size()))) {
                    c.add(new String[] {x.label(), pct(x.share()), pct(x.analyticShare())});
                }
                sb.append('\n').append(table(new String[] {"输入 Input", "方差贡献 Spearman²", "解析 Analytic"}, c, new boolean[] {false, true, true}));
            }
        }
        return sb.toString();
    }

    static String round(double v, int decimals) {
        if (!Double.isFinite(v)) return "—";
        return Numbers.fixed(v, decimals);
    }

    private static String fixed(double v, int decimals) {
        return round(v, decimals);
    }

    private static String pct(double share) {
        return round(share * 100, 2) + "%";
    }

    /** An amount to 10 significant digits, so 0.8 ÷ 1000 prints 0.0008, not 0.0008000000000000001. */
    private static String num(double v) {
        if (!Double.isFinite(v)) return "—";
        return Numbers.significant(v, 10);
    }

    /** A plain-text table, columns padded by display width (CJK characters count two). */
    static String table(String[] header, List<String[]> rows, boolean[] rightAlign) {
        int[] w = new int[header.length];
        for (int i = 0; i < header.length; i++) w[i] = width(header[i]);
        for (String[] r : rows) for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], width(r[i]));
        StringBuilder sb = new StringBuilder();
        appendRow(sb, header, w, rightAlign);
        for (int i = 0; i < w.length; i++) sb.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        sb.append('\n');
        for (String[] r : rows) appendRow(sb, r, w, rightAlign);
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, String[] cells, int[] w, boolean[] right) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i] == null ? "" : cells[i];
            String pad = " ".repeat(w[i] - width(c));
            if (i > 0) line.append("  ");
            line.append(right[i] ? pad + c : c + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    static int width(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            n += wide(cp) ? 2 : 1;
        }
        return n;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
