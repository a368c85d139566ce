package dev.pcf.export;

import dev.pcf.model.Activity;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.StageResult;
import dev.pcf.model.UncertaintyResult;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import static dev.pcf.export.XlsxSheet.Format.GENERAL;
import static dev.pcf.export.XlsxSheet.Format.INT;
import static dev.pcf.export.XlsxSheet.Format.KG;
import static dev.pcf.export.XlsxSheet.Format.SHARE;

/**
 * The results workbook for verifiers (.xlsx): every line with its arithmetic and source cell,
 * the summaries per stage, gas and carbon origin, the uncertainty analysis and where it all came
 * from. Sheets: {@code 排放明细 Lines}, {@code 阶段 Stages}, {@code 气体 Gases}, {@code 碳类型 Origins},
 * {@code 不确定性 Uncertainty}, {@code 信息 Info}. Emissions are kg CO2e per functional unit,
 * numbers are numeric cells with number formats (full precision kept), and texts that a
 * spreadsheet could take for a formula are written as quote-prefixed strings.
 */
public final class ResultsWorkbookWriter {
    static final String LINES = "排放明细 Lines";
    static final String STAGES = "阶段 Stages";
    static final String GASES = "气体 Gases";
    static final String ORIGINS = "碳类型 Origins";
    static final String UNCERTAINTY = "不确定性 Uncertainty";
    static final String INFO = "信息 Info";

    private ResultsWorkbookWriter() {}

    /**
     * Writes the results workbook.
     *
     * @param wb  the workbook read
     * @param fp  its deterministic footprint
     * @param mc  its Monte Carlo analysis, or null when not run (the Uncertainty sheet says so)
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    public static void write(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, OutputStream out) throws IOException {
        try (XSSFWorkbook x = new XSSFWorkbook()) {
            XlsxSheet.Styles styles = new XlsxSheet.Styles(x);
            lines(new XlsxSheet(x, styles, LINES, 14, 18, 22, 12, 8, 8, 10, 14, 16, 12, 16, 12, 8, 14, 14, 9, 16, 28), fp);
            stages(new XlsxSheet(x, styles, STAGES, 16, 18, 26, 14, 9), fp);
            gases(new XlsxSheet(x, styles, GASES, 16, 14, 9), fp);
            origins(new XlsxSheet(x, styles, ORIGINS, 18, 14, 9), fp);
            uncertainty(new XlsxSheet(x, styles, UNCERTAINTY, 34, 14, 14, 14, 14, 14, 14, 14), mc);
            info(new XlsxSheet(x, styles, INFO, 26, 70), wb, fp, mc);
            x.write(out);
        }
    }

    private static void lines(XlsxSheet s, Footprint fp) {
        s.header("阶段 Stage", "项目 Item (zh)", "项目 Item (en)", "数量 Amount", "单位 Unit", "基准 Basis",
                "分配系数 Allocation", "单位产品数量 Amount per unit", "因子编号 Factor ID", "因子值 Factor value",
                "因子单位 Factor unit", "气体 Gas", "GWP", "气体量 kg gas", "排放 kgCO2e", "占比 Share",
                "碳类型 Origin", "来源单元格 Source cell");
        for (LineResult l : fp.lines()) {
            Activity a = l.activity();
            s.row().text(a.stage()).text(a.item().zh()).text(a.item().en()).num(a.amount(), GENERAL).text(a.unit())
                    .text(a.basis().name().toLowerCase(Locale.ROOT)).num(a.allocation(), GENERAL)
                    .num(l.amountPerUnit(), GENERAL).text(a.factorId()).num(l.factorValue(), GENERAL)
                    .text(l.factor().unit()).text(l.gas()).num(l.gwp(), GENERAL).num(l.gasKg(), GENERAL)
                    .num(l.kgco2e(), KG).num(share(l.kgco2e(), fp.total()), SHARE).text(l.origin().code())
                    .text(a.cells().cell(Activity.AMOUNT).toString());
        }
        s.row().text("合计 Total").skip(13).num(fp.total(), KG).num(1, SHARE);
    }

    private static void stages(XlsxSheet s, Footprint fp) {
        s.header("阶段代码 Stage code", "阶段 Stage (zh)", "阶段 Stage (en)", "排放 kgCO2e", "占比 Share");
        for (StageResult r : fp.stages()) {
            s.row().text(r.stage().code()).text(r.stage().name().zh()).text(r.stage().name().en())
                    .num(r.kgco2e(), KG).num(r.share(), SHARE);
        }
        s.row().text("合计 Total").skip(2).num(fp.total(), KG).num(1, SHARE);
    }

    private static void gases(XlsxSheet s, Footprint fp) {
        s.header("气体 Gas", "排放 kgCO2e", "占比 Share");
        for (Map.Entry<String, Double> e : fp.byGas().entrySet()) {
            s.row().text(e.getKey()).num(e.getValue(), KG).num(share(e.getValue(), fp.total()), SHARE);
        }
    }

    private static void origins(XlsxSheet s, Footprint fp) {
        s.header("碳类型 Carbon origin", "排放 kgCO2e", "占比 Share");
        for (CarbonOrigin o : CarbonOrigin.values()) {
            double v = fp.byOrigin().getOrDefault(o, 0.0);
            s.row().text(o.code()).num(v, KG).num(share(v, fp.total()), SHARE);
        }
    }

    private static void uncertainty(XlsxSheet s, UncertaintyResult mc) {
        if (mc == null) {
            s.row().text("未进行蒙特卡洛分析 Monte Carlo analysis not run");
            return;
        }
        s.header("蒙特卡洛 Monte Carlo", "确定值 Deterministic", "均值 Mean", "中位数 Median", "标准差 SD",
                "P2.5", "P97.5", "CV");
        summary(s.row().text("总计 Total (kgCO2e)"), mc.total());
        for (UncertaintyResult.StageSummary st : mc.stages()) summary(s.row().text(st.code()), st.summary());
        s.blank();
        s.pair("迭代次数 Iterations", mc.iterations(), INT);
        s.pair("随机种子 Seed", Long.toString(mc.seed()));
        s.pair("自适应 Adaptive", Boolean.toString(mc.adaptive()));
        s.pair("收敛 Converged", Boolean.toString(mc.converged()));
        s.pair("区间下偏 −% of deterministic", mc.total().minusPct(), GENERAL);
        s.pair("区间上偏 +% of deterministic", mc.total().plusPct(), GENERAL);
        if (mc.approach1() != null) {
            s.pair("IPCC 方法1 Approach 1 ±%", mc.approach1().relativeHalfWidthPct(), GENERAL);
        }
        s.blank();
        s.row().text("方差贡献 Contribution to variance").text("单元格 Cell").text("类型 Kind")
                .text("占比 Share (MC)").text("占比 Share (analytic)");
        for (UncertaintyResult.Contribution c : mc.contributions()) {
            s.row().text(c.label()).text(c.cell() == null ? null : c.cell().toString())
                    .text(c.kind().name().toLowerCase(Locale.ROOT)).num(c.share(), SHARE).num(c.analyticShare(), SHARE);
        }
    }

    private static void summary(XlsxSheet s, UncertaintyResult.Summary m) {
        s.num(m.deterministic(), KG).num(m.mean(), KG).num(m.median(), KG).num(m.sd(), KG).num(m.low(), KG)
                .num(m.high(), KG).num(m.cv(), SHARE);
    }

    private static void info(XlsxSheet s, PcfWorkbook wb, Footprint fp, UncertaintyResult mc) {
        ReportInfo i = wb.info();
        s.header("字段 Field", "值 Value");
        s.pair("工作簿 Workbook file", wb.source() == null ? null : wb.source().fileName());
        s.pair("SHA-256", wb.source() == null ? null : wb.source().sha256());
        s.pair("报告编号 Report No.", i.reportNo());
        s.pair("产品 Product", i.productName().zhOrEn() + (i.productName().en().isEmpty() || i.productName().zh().isEmpty()
                ? "" : " / " + i.productName().en()));
        s.pair("规格型号 Model", i.model());
        s.pair("功能单位 Functional unit", i.functionalUnit().zhOrEn());
        s.pair("核算依据 Standard", i.standard());
        s.pair("GWP 版本 GWP set", "IPCC " + fp.gwpSet().name() + " GWP-100");
        s.pair("产品碳足迹 Total kgCO2e per functional unit", fp.total(), KG);
        s.pair("初级数据占比 Primary data share", fp.primaryDataShare(), SHARE);
        s.pair("随机种子 Seed", mc == null ? (i.seed() == null ? null : Long.toString(i.seed())) : Long.toString(mc.seed()));
        s.pair("迭代次数 Iterations", mc == null ? null : Long.toString(mc.iterations()));
    }

    private static double share(double v, double total) {
        return total == 0 ? 0 : v / total;
    }
}
