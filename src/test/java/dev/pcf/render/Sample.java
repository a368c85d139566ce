package dev.pcf.render;

import dev.pcf.report.ChartSpec;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hand-written test report: sample.xhtml with a generated table, every chart type and a picture. */
final class Sample {

    static final String[] STAGES = {"原材料获取 Raw materials", "生产制造 Production", "分销运输 Distribution",
            "使用 Use", "废弃处置 End of life"};
    static final byte[] WORKBOOK = "PK\u0003\u0004 fake workbook bytes 碳足迹".getBytes(StandardCharsets.UTF_8);
    static final byte[] JSON = "{\"total\": 12.3456, \"unit\": \"kgCO2e\"}".getBytes(StandardCharsets.UTF_8);
    static final String WORKBOOK_NAME = "碳足迹数据 JX0317.xlsx";
    static final PdfDocument.Meta META = new PdfDocument.Meta(
            "产品碳足迹报告 集中式DTU JX0317-D30 / Product Carbon Footprint Report",
            "中环认证中心 CEC Verification", "集中式DTU JX0317-D30，功能单位 1 台 / functional unit 1 unit",
            "碳足迹, carbon footprint, GB/T 24067-2024, ISO 14067", "zh-CN", LocalDate.of(2025, 6, 30));

    private Sample() {}

    /** The sample report with {@code rows} rows in its activity table. */
    static PdfDocument document(int rows) {
        return new PdfDocument(xhtml(rows), charts(), Map.of("photo", photo()), META, List.of(
                new PdfDocument.Attachment(WORKBOOK_NAME, WORKBOOK,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Source", "源数据 Source workbook"),
                new PdfDocument.Attachment("results.json", JSON, "application/json", "Data", "计算结果 Results")));
    }

    static String xhtml(int rows) {
        String template;
        try (InputStream in = Sample.class.getResourceAsStream("sample.xhtml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            b.append("<tr><td class=\"num\">").append(i).append("</td><td>").append(STAGES[i % STAGES.length])
             .append("</td><td>铝合金外壳 Aluminium housing ").append(i).append("</td><td class=\"num\">")
             .append(String.format(java.util.Locale.ROOT, "%.4f", i * 0.125)).append("</td><td>kg</td></tr>\n");
        }
        return template.replace("<!--ROWS-->", b);
    }

    static Map<String, ChartSpec> charts() {
        Map<String, ChartSpec> c = new LinkedHashMap<>();
        List<String> stages = List.of(STAGES);
        c.put("stages", new ChartSpec.Bars("", stages, new double[]{8.2345, 2.1, 0.45, 1.3, -0.2}, "kgCO₂e", false, "0.0000"));
        c.put("hotspots", new ChartSpec.Bars("主要排放源 Hotspots", List.of("电力 Electricity", "铝合金 Aluminium",
                "公路运输 Road transport", "包装 Packaging"), new double[]{0.412, 0.233, 0.081, 0.02}, "占比 Share", true, "0.0%"));
        c.put("share", new ChartSpec.Pie("各阶段占比 Share by stage", stages, new double[]{8.2345, 2.1, 0.45, 1.3, 0}));
        long[] counts = new long[30];
        for (int i = 0; i < counts.length; i++) {
            double z = (i - 14.5) / 5.0;
            counts[i] = Math.round(1000 * Math.exp(-z * z / 2));
        }
        c.put("histogram", new ChartSpec.Histogram("蒙特卡罗模拟 Monte Carlo", 10.0, 0.15, counts, 11.1, 13.4, 12.2,
                "kgCO₂e / 台 unit", "次数 Draws", "95 % 区间 interval", "确定值 Deterministic value"));
        double[] x = {1000, 2000, 5000, 10000, 20000, 50000};
        c.put("convergence", new ChartSpec.Lines("收敛 Convergence", x, List.of("2.5 %", "均值 Mean", "97.5 %"),
                List.of(new double[]{11.0, 11.05, 11.08, 11.1, 11.1, 11.1}, new double[]{12.3, 12.25, 12.22, 12.2, 12.2, 12.2},
                        new double[]{13.6, 13.5, 13.45, 13.4, 13.4, 13.4}), "迭代次数 Iterations", "kgCO₂e"));
        c.put("boundary", new ChartSpec.Boundary("", "系统边界：摇篮到大门 System boundary: cradle-to-gate", List.of(
                new ChartSpec.Boundary.Box("原材料获取\nRaw material acquisition", true),
                new ChartSpec.Boundary.Box("生产制造\nProduction", true),
                new ChartSpec.Boundary.Box("分销运输\nDistribution", false),
                new ChartSpec.Boundary.Box("使用\nUse", false),
                new ChartSpec.Boundary.Box("废弃处置\nEnd of life", false)), "包含 Included", "不包含 Excluded"));
        return c;
    }

    /** A 400 × 300 PNG: a grey product silhouette on white. */
    static byte[] photo() {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(new Color(0x556677));
        g.fillRoundRect(60, 80, 280, 140, 24, 24);
        g.setColor(new Color(0x99AABB));
        g.fillRect(90, 110, 60, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
