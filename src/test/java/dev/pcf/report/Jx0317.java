package dev.pcf.report;

import dev.pcf.model.Activity;
import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.CellRef;
import dev.pcf.model.CutOffCheck;
import dev.pcf.model.DataType;
import dev.pcf.model.DistributionType;
import dev.pcf.model.Factor;
import dev.pcf.model.Footprint;
import dev.pcf.model.GwpSet;
import dev.pcf.model.Improvement;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Picture;
import dev.pcf.model.PictureKind;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.RowCells;
import dev.pcf.model.SourceFile;
import dev.pcf.model.Stage;
import dev.pcf.model.StageResult;
import dev.pcf.model.SystemBoundary;
import dev.pcf.model.TeamMember;
import dev.pcf.model.TeamRole;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyInput;
import dev.pcf.model.UncertaintyResult;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JX0317-D30 case of the reference report (T410267-3), built from model records: what the
 * reader, the calculation and the Monte Carlo would produce for it. Line values are
 * 174.9425×0.5777, 0.09703×3.095912, 13.8912×0.5777 (104184 kWh a year / 7500 units),
 * 0.7370×3.095912, 2.5×0.5777 and 0.125×2.162189 (the fuel factors unrounded, as the example workbook
 * derives them from NCV × carbon content × oxidation × 44/12); the total is 113.38583360… kgCO2e, the
 * example workbook's own total.
 */
public final class Jx0317 {
    public static final String ACT = "活动数据 Activity";
    public static final String FAC = "排放因子 Factors";
    public static final String STG = "生命周期阶段 Stages";
    /** Diesel, kgCO2 per kg: NCV 42.652 GJ/t × CC 20.2 tC/TJ × OF 98 % × 44/12 / 1000 = 3.0959096… */
    public static final double DIESEL = 42.652 * 20.2 * 0.98 * 44 / 12 / 1000;
    /** Natural gas, kgCO2 per m³: NCV 389.31 GJ/10⁴Nm³ × CC 15.3 tC/TJ × OF 99 % × 44/12 / 10⁴ = 2.1621888… */
    public static final double GAS = 389.31 * 15.3 * 0.99 * 44 / 12 / 10_000;
    public static final double GRID = 0.5777;

    public final boolean withPhoto;
    public final PcfWorkbook wb;
    public final Footprint fp;
    public final UncertaintyResult mc;

    private Jx0317(boolean withPhoto) {
        this.withPhoto = withPhoto;
        this.wb = workbook(withPhoto);
        this.fp = footprint(wb);
        this.mc = monteCarlo(fp);
    }

    /** The case with a product photo (no plant layout, no process flow picture). */
    public static Jx0317 build() {
        return new Jx0317(true);
    }

    /** The case without any picture. */
    public static Jx0317 withoutPictures() {
        return new Jx0317(false);
    }

    private static RowCells row(String sheet, int row) {
        return new RowCells(sheet, row, Map.of(Activity.AMOUNT, 3, Factor.VALUE, 3));
    }

    private static PcfWorkbook workbook(boolean withPhoto) {
        Map<String, CellRef> cells = new LinkedHashMap<>();
        cells.put("reportNo", new CellRef("报告信息 Report", 1, 1));
        ReportInfo info = new ReportInfo("T410267-3", LocalDate.of(2026, 5, 26), ReportLanguage.ZH_EN,
                Text.of("三信国际检测认证有限公司", "Sanxin International Testing and Certification Co., Ltd."),
                Text.of("集中式DTU", "Centralised DTU"), "JX0317-D30",
                Text.of("杭州聚昕科技有限公司", "Hangzhou Juxin Technology Co., Ltd."),
                Text.of("浙江省杭州市余杭区闲林街嘉企路8号2幢2楼201室", ""), "马翠戴", "袁称长", "13367098854",
                Text.of("杭州聚昕科技有限公司成立于2013年，位于浙江省杭州市，聚焦于电力行业。\n公司通过了ISO 9001、ISO 14001认证。",
                        "Hangzhou Juxin Technology was founded in 2013 in Hangzhou and serves the power sector.\nIt is certified to ISO 9001 and ISO 14001."),
                Text.of("JX0317-D30 集中式 DTU 是 10kV 配网自动化系统的核心终端设备。", ""),
                Text.EMPTY, ReportInfo.DEFAULT_STANDARD,
                Text.of("1 台集中式 DTU JX0317-D30", "1 unit of centralised DTU JX0317-D30"),
                SystemBoundary.CRADLE_TO_GRAVE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 7500.0,
                null, "CN-ZJ", Boolean.FALSE, null, 4, GwpSet.AR6, Text.EMPTY, Text.EMPTY, Text.EMPTY, Text.EMPTY,
                null, 20260526L, cells);
        List<Stage> stages = List.of(
                stage(1, "RAW", "原材料获取", "Raw material acquisition", true, "站所终端本体、电源模块、外护层等的获取", "包装材料获取"),
                stage(2, "RAW_TRANSPORT", "原材料运输", "Raw material transport", true, "原材料运输", "包装材料运输"),
                stage(3, "PRODUCTION", "产品生产", "Production", true, "厂区内生产", ""),
                stage(4, "DISTRIBUTION", "成品运输", "Distribution", true, "柴油货车运输", ""),
                stage(5, "USE", "产品使用", "Use", false, "", "使用阶段耗电"),
                stage(6, "EOL", "产品处置", "End of life", true, "废旧电子电器产品的处置", ""));
        List<Factor> factors = List.of(
                new Factor(0, "EF-GRID-2024", Text.of("全国电力平均碳足迹因子", "National average electricity"), GRID,
                        "kgCO2e/kWh", "CO2e", CarbonOrigin.FOSSIL, null, null, null, null,
                        "生态环境部、国家统计局、国家能源局：2024年电力碳足迹因子（2025-10-23发布）", "2024",
                        UncertaintyInput.NONE_GIVEN, null, row(FAC, 1)),
                new Factor(1, "EF-DIESEL", Text.of("柴油", "Diesel"), null, "tCO2/TJ", "CO2", CarbonOrigin.FOSSIL, 42.652,
                        "GJ/t", 20.2, 0.98, "《工业其他行业企业温室气体排放核算方法与报告指南（试行）》", "2015",
                        UncertaintyInput.NONE_GIVEN, null, row(FAC, 2)),
                new Factor(2, "EF-NG", Text.of("天然气", "Natural gas"), null, "tCO2/TJ", "CO2", CarbonOrigin.FOSSIL,
                        389.31, "GJ/10^4Nm3", 15.3, 0.99, "《工业其他行业企业温室气体排放核算方法与报告指南（试行）》", "2015",
                        UncertaintyInput.NONE_GIVEN, null, row(FAC, 3)));
        List<Activity> acts = List.of(
                act(0, "RAW", "电力", "Electricity", 174.9425, "kWh", Basis.UNIT, "EF-GRID-2024", DataType.SECONDARY, "供应商数据"),
                act(1, "RAW_TRANSPORT", "柴油运输", "Diesel transport", 0.09703, "kg", Basis.UNIT, "EF-DIESEL", DataType.PRIMARY, "运输记录"),
                act(2, "PRODUCTION", "电力", "Electricity", 104184, "kWh", Basis.ANNUAL, "EF-GRID-2024", DataType.PRIMARY, "电表读数"),
                act(3, "DISTRIBUTION", "柴油运输", "Diesel transport", 0.7370, "kg", Basis.UNIT, "EF-DIESEL", DataType.PRIMARY, "运输记录"),
                act(4, "EOL", "电力", "Electricity", 2.5, "kWh", Basis.UNIT, "EF-GRID-2024", DataType.SECONDARY, "估算"),
                act(5, "EOL", "天然气", "", 0.125, "m3", Basis.UNIT, "EF-NG", DataType.SECONDARY, "估算"));
        List<TeamMember> team = List.of(
                member(1, "李少娟", TeamRole.AUTHOR, "2024-CCAA-GHG1-1251115"),
                member(2, "李少娟", TeamRole.LEADER, "2024-CCAA-GHG1-1251115"),
                member(3, "孙芳芳", TeamRole.MEMBER, "2025-CCAA-GHG1-2270116"),
                member(4, "李培华", TeamRole.MEMBER, "2026-CCAA-GHG1-1499700"));
        List<Improvement> improvements = List.of(
                new Improvement(Text.of("建立文档管理规范，保存温室气体数据记录。", "Keep greenhouse gas records under document control."),
                        row("改进建议 Improvements", 1)),
                new Improvement(Text.of("配备车间级用能计量设备。", ""), row("改进建议 Improvements", 2)));
        List<Picture> pictures = withPhoto
                ? List.of(new Picture(PictureKind.PRODUCT_PHOTO, png(), "image/png", new CellRef("图片 Images", 1, 1)))
                : List.of();
        byte[] bytes = "PK fake workbook bytes".getBytes(StandardCharsets.US_ASCII);
        return new PcfWorkbook(new SourceFile("JX0317-D30 碳足迹数据.xlsx",
                "9f2c1e7a5b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a", bytes),
                info, stages, factors, acts, team, improvements, pictures, List.of());
    }

    private static Stage stage(int row, String code, String zh, String en, boolean included, String in, String out) {
        return new Stage(code, Text.of(zh, en), included, Text.of(in, ""), Text.of(out, ""), row(STG, row));
    }

    private static Activity act(int i, String stage, String zh, String en, double amount, String unit, Basis basis,
                                String factor, DataType type, String source) {
        return new Activity(i, stage, Text.of(zh, en), amount, unit, basis, 1.0, factor, type, source,
                UncertaintyInput.NONE_GIVEN, null, row(ACT, i + 1));
    }

    private static TeamMember member(int row, String name, TeamRole role, String cert) {
        return new TeamMember(name, role, cert, "三信国际检测认证有限公司", row("评价组 Team", row));
    }

    private static byte[] png() {
        BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x33, 0x66, 0x99));
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Footprint footprint(PcfWorkbook wb) {
        double[] perUnit = {174.9425, 0.09703, 104184.0 / 7500, 0.7370, 2.5, 0.125};
        double dieselEf = 20.2 * 0.98 * 44 / 12; // tCO2/TJ
        double gasEf = 15.3 * 0.99 * 44 / 12;
        List<LineResult> lines = new ArrayList<>();
        for (Activity a : wb.activities()) {
            Factor f = wb.factor(a.factorId());
            double q = perUnit[a.index()];
            LineResult r = switch (f.id()) {
                case "EF-GRID-2024" -> new LineResult(a, f, q, 1, GRID, 1, "CO2e", 1, CarbonOrigin.FOSSIL, q * GRID, q * GRID);
                case "EF-DIESEL" -> new LineResult(a, f, q, DIESEL / dieselEf / 1000, dieselEf, 1000, "CO2", 1,
                        CarbonOrigin.FOSSIL, q * DIESEL, q * DIESEL);
                default -> new LineResult(a, f, q, GAS / gasEf / 1000, gasEf, 1000, "CO2", 1, CarbonOrigin.FOSSIL,
                        q * GAS, q * GAS);
            };
            lines.add(r);
        }
        double total = lines.stream().mapToDouble(LineResult::kgco2e).sum();
        Map<String, Double> stageSum = new LinkedHashMap<>();
        for (LineResult r : lines) stageSum.merge(r.activity().stage(), r.kgco2e(), Double::sum);
        List<StageResult> stages = new ArrayList<>();
        for (Stage s : wb.stages()) {
            if (s.included()) {
                double v = stageSum.getOrDefault(s.code(), 0.0);
                stages.add(new StageResult(s, v, v / total));
            }
        }
        Map<String, Double> byGas = new LinkedHashMap<>();
        for (LineResult r : lines) byGas.merge(r.gas(), r.kgco2e(), Double::sum);
        Map<CarbonOrigin, Double> byOrigin = new EnumMap<>(CarbonOrigin.class);
        for (CarbonOrigin o : CarbonOrigin.values()) byOrigin.put(o, 0.0);
        byOrigin.put(CarbonOrigin.FOSSIL, total);
        List<LineResult> small = lines.stream().filter(r -> r.kgco2e() / total < 0.01)
                .sorted((x, y) -> Double.compare(y.kgco2e(), x.kgco2e())).toList();
        double smallSum = small.stream().mapToDouble(LineResult::kgco2e).sum();
        CutOffCheck cut = new CutOffCheck(0.01, 0.05, small, smallSum, smallSum / total, smallSum / total < 0.05);
        double primary = lines.stream().filter(r -> r.activity().dataType() == DataType.PRIMARY)
                .mapToDouble(LineResult::kgco2e).sum() / total;
        return new Footprint(GwpSet.AR6, total, stages, byGas, byOrigin, lines, cut, primary, List.of());
    }

    private static UncertaintyResult.Summary summary(double det, double mean, double median, double sd, double low,
                                                     double high) {
        return new UncertaintyResult.Summary(det, mean, median, sd, sd / mean, low, high, (det - low) / det * 100,
                (high - det) / det * 100, sd / Math.sqrt(200_000), sd * 0.006, sd * 0.007);
    }

    private static UncertaintyResult monteCarlo(Footprint fp) {
        double t = fp.total();
        UncertaintyResult.Summary total = summary(t, t * 1.002, t * 1.0005, t * 0.052, t * 0.905, t * 1.108);
        List<UncertaintyResult.StageSummary> stages = new ArrayList<>();
        for (StageResult s : fp.stages()) {
            double v = s.kgco2e();
            stages.add(new UncertaintyResult.StageSummary(s.stage().code(),
                    summary(v, v * 1.002, v, v * 0.06, v * 0.89, v * 1.12)));
        }
        CellRef grid = new CellRef(FAC, 1, 0);
        CellRef raw = new CellRef(ACT, 1, 0);
        List<UncertaintyResult.Contribution> contributions = List.of(
                new UncertaintyResult.Contribution("factor EF-GRID-2024", grid, UncertaintyResult.InputKind.FACTOR, 0.62, 0.60),
                new UncertaintyResult.Contribution("电力 Electricity (RAW)", raw, UncertaintyResult.InputKind.ACTIVITY, 0.33, 0.35),
                new UncertaintyResult.Contribution("电力 Electricity (PRODUCTION)", new CellRef(ACT, 3, 0),
                        UncertaintyResult.InputKind.ACTIVITY, 0.03, 0.03),
                new UncertaintyResult.Contribution("factor EF-DIESEL", new CellRef(FAC, 2, 0),
                        UncertaintyResult.InputKind.FACTOR, 0.02, 0.02));
        long[] counts = new long[30];
        for (int i = 0; i < counts.length; i++) {
            double z = (i - 14.5) / 5.0;
            counts[i] = Math.round(200_000 * 0.08 * Math.exp(-z * z / 2));
        }
        List<UncertaintyResult.ConvergencePoint> conv = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            double wobble = 1 + 0.02 / k;
            conv.add(new UncertaintyResult.ConvergencePoint(k * 10_000L, t * 1.002 * wobble, t * 0.905 / wobble,
                    t * 1.108 * wobble));
        }
        List<UncertaintyResult.InputDistribution> inputs = new ArrayList<>();
        for (LineResult r : fp.lines()) {
            double q = r.activity().amount();
            inputs.add(new UncertaintyResult.InputDistribution(r.activity().cells().rowRef(),
                    UncertaintyResult.InputKind.ACTIVITY, r.activity().item().zhOrEn() + " (" + r.activity().stage() + ")",
                    r.activity().amount(), DistributionType.LOGNORMAL, "lognormal, GSD² = 1.1000",
                    UncertaintyResult.DistributionOrigin.DEFAULT, q / 1.1, q * 1.1));
        }
        inputs.add(new UncertaintyResult.InputDistribution(grid, UncertaintyResult.InputKind.FACTOR,
                "factor EF-GRID-2024", GRID, DistributionType.NORMAL, "normal, ±10 %",
                UncertaintyResult.DistributionOrigin.GIVEN, GRID * 0.9, GRID * 1.1));
        return new UncertaintyResult(20260526L, 200_000, true, true, 0.005, total, stages, contributions,
                new UncertaintyResult.Approach1(9.9, t * 0.901, t * 1.099),
                new UncertaintyResult.Histogram(t * 0.8, t * 0.4 / 30, counts), conv, inputs, 0.0, List.of());
    }
}
