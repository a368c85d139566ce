package dev.pcf.report;

import dev.pcf.model.ReportLanguage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportViewsTest {
    private static final Messages ZH = Messages.load("zh");
    private static final Messages EN = Messages.load("en");
    private final Jx0317 c = Jx0317.build();

    private ReportView view(ReportLanguage l) {
        return ReportViews.build(c.wb, c.fp, c.mc, l, ZH, EN);
    }

    private static List<String> headings(ReportView v) {
        return v.body().stream().filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).text()).toList();
    }

    private static Block.Table table(ReportView v, String captionPart) {
        return v.body().stream().filter(b -> b instanceof Block.Table t && t.caption().contains(captionPart))
                .map(b -> (Block.Table) b).findFirst().orElseThrow(() -> new AssertionError("no table " + captionPart));
    }

    @Test
    void headingsAreChineseThenEnglishInBilingualMode() {
        List<String> h = headings(view(ReportLanguage.ZH_EN));
        assertTrue(h.contains("5.2 计算结果 Results"), h.toString());
        assertTrue(h.contains("1 产品碳足迹（CFP）介绍 Introduction to product carbon footprints (CFP)"), h.toString());
        assertTrue(h.contains("3.2.4 取舍准则及其核查 Cut-off rule and its check"), h.toString());
        assertTrue(h.contains("附录 A 评价组成员 Appendix A Verification team"), h.toString());
        assertTrue(headings(view(ReportLanguage.ZH)).contains("5.2 计算结果"));
        assertTrue(headings(view(ReportLanguage.EN)).contains("5.2 Results"));
    }

    @Test
    void paragraphsCarryTheirEnglishVersionOnlyInBilingualMode() {
        Block.Para intro = (Block.Para) view(ReportLanguage.ZH_EN).body().get(1);
        // running text writes CO₂, CH₄, N₂O… with subscripts
        assertEquals(Formulas.chemical(ZH.get("intro.p1")), intro.text());
        assertEquals(Formulas.chemical(EN.get("intro.p1")), intro.secondary());
        assertTrue(intro.secondary().contains("carbon dioxide (CO₂), methane (CH₄), nitrous oxide (N₂O)"));
        Block.Para zhOnly = (Block.Para) view(ReportLanguage.ZH).body().get(1);
        assertEquals(Formulas.chemical(ZH.get("intro.p1")), zhOnly.text());
        assertFalse(zhOnly.hasSecondary());
        Block.Para enOnly = (Block.Para) view(ReportLanguage.EN).body().get(1);
        assertEquals(Formulas.chemical(EN.get("intro.p1")), enOnly.text());
    }

    @Test
    void companyTextGivenInOneLanguageIsShownAsGiven() {
        // the address exists in Chinese only: the English report shows it, untranslated
        ReportView en = view(ReportLanguage.EN);
        String address = en.basicInfo().fields().stream().filter(f -> f.label().equals("Address")).findFirst()
                .orElseThrow().value();
        assertEquals("浙江省杭州市余杭区闲林街嘉企路8号2幢2楼201室", address);
        // the product function is Chinese only: one paragraph, no empty English line, in every mode
        for (ReportLanguage l : ReportLanguage.values()) {
            assertTrue(view(l).body().stream().anyMatch(b -> b instanceof Block.Para p
                    && p.text().startsWith("JX0317-D30 集中式 DTU") && !p.hasSecondary()), l.code());
        }
        // both languages given: both shown in zh+en
        assertEquals("集中式DTU Centralised DTU", view(ReportLanguage.ZH_EN).cover().fields().get(0).value());
        assertEquals("Centralised DTU", view(ReportLanguage.EN).cover().fields().get(0).value());
    }

    @Test
    void stageTableShowsRoundedValuesAndSharesFromUnroundedOnes() {
        Block.Table t = table(view(ReportLanguage.ZH_EN), "各生命周期阶段碳足迹 Table");
        // RAW 174.9425 × 0.5777 = 101.06428…; share 101.06428 / 113.38584 = 0.891331 → 89.13%
        assertEquals(List.of("原材料获取 Raw material acquisition", "101.0643", "89.13%"), t.rows().get(0).cells());
        // PRODUCTION 104184 kWh / 7500 × 0.5777 = 8.02494624 → 8.0249 (the reference printed 8.0250)
        assertEquals(List.of("产品生产 Production", "8.0249", "7.08%"), t.rows().get(2).cells());
        // DISTRIBUTION 0.7370 × 3.0959096 = 2.2816854 → 2.2817
        assertEquals(List.of("成品运输 Distribution", "2.2817", "2.01%"), t.rows().get(3).cells());
        assertEquals(List.of("合计 Total", "113.3858", "100.00%"), t.rows().get(5).cells());
        assertTrue(t.rows().get(5).total());
        assertTrue(t.note().startsWith(ZH.get("note.unrounded")));
    }

    @Test
    void factorTablePrintsTheFactorTheCalculationApplied() {
        Block.Table t = table(view(ReportLanguage.EN), "Emission factors");
        List<String> diesel = t.rows().get(1).cells();
        assertEquals("EF-DIESEL", diesel.get(0));
        // CC 20.2 × OF 0.98 × 44/12 = 72.58533 tCO2/TJ; × 42.652 GJ/t = 3.0959 kgCO2/kg
        assertEquals("72.58533 tCO2/TJ", diesel.get(2));
        assertEquals("NCV 42.652 GJ/t; CC 20.2 tC/TJ; OF 98%; = CC × OF × 44/12", diesel.get(3));
        assertEquals("3.0959 kgCO2/kg", diesel.get(4));
        assertEquals("0.5777 kgCO2e/kWh", t.rows().get(0).cells().get(4));
    }

    @Test
    void cutOffCheckListsTheSmallLinesAgainstFivePercent() {
        ReportView v = view(ReportLanguage.EN);
        Block.Table t = table(v, "contributing less than 1.00%");
        // diesel 0.30040 (0.26 %) and natural gas 0.125 × 2.1621888 = 0.27027 (0.24 %); sum 0.57067 = 0.50 %
        assertEquals(3, t.rows().size());
        assertEquals(List.of("Total", "", "0.5707", "0.50%"), t.rows().get(2).cells());
        assertTrue(v.body().stream().anyMatch(b -> b instanceof Block.Para p
                && p.text().equals("2 inventory lines contribute less than 1.00% each, 0.50% together, below the "
                + "limit of 5.00%: the cut-off rule is met. These lines are kept in the result, not cut off.")));
    }

    @Test
    void originTableStatesZeroOriginsAsZero() {
        Block.Table t = table(view(ReportLanguage.EN), "by carbon origin");
        assertEquals(5, t.rows().size());
        assertEquals(List.of("Fossil", "113.3858", "100.00%"), t.rows().get(0).cells());
        assertEquals(List.of("Aircraft transport", "0.0000", "0.00%"), t.rows().get(4).cells());
    }

    @Test
    void gwpSetIsNamedWithItsIpccTable() {
        String all = String.join("\n", view(ReportLanguage.EN).body().stream()
                .filter(b -> b instanceof Block.Para).map(b -> ((Block.Para) b).text()).toList());
        assertTrue(all.contains("IPCC AR6 (2021) WG1 Table 7.15"), all);
        assertFalse(all.contains("AR5"));
    }

    @Test
    void absentPicturesLeaveNoFigureAndNoCaption() {
        ReportView with = view(ReportLanguage.ZH_EN);
        assertTrue(figures(with).contains("image:product_photo"));
        assertFalse(figures(with).contains("image:plant_layout"));
        assertFalse(headings(with).stream().anyMatch(h -> h.contains("厂区布局")));
        Jx0317 bare = Jx0317.withoutPictures();
        ReportView without = ReportViews.build(bare.wb, bare.fp, bare.mc, ReportLanguage.ZH_EN, ZH, EN);
        assertFalse(figures(without).stream().anyMatch(s -> s.startsWith("image:")));
        assertFalse(headings(without).stream().anyMatch(h -> h.contains("产品图片")));
    }

    @Test
    void captionsNameTheProductFromTheWorkbook() {
        for (Block b : view(ReportLanguage.ZH).body()) {
            String caption = b instanceof Block.Table t ? t.caption() : b instanceof Block.Figure f ? f.caption() : null;
            if (caption != null) assertTrue(caption.contains("集中式DTU JX0317-D30"), caption);
        }
    }

    @Test
    void withoutMonteCarloTheReportSaysSo() {
        ReportView v = ReportViews.build(c.wb, c.fp, null, ReportLanguage.EN, ZH, EN);
        assertTrue(v.body().stream().anyMatch(b -> b instanceof Block.Para p && p.text().equals(EN.get("mc.notRun"))));
        assertFalse(v.charts().containsKey("histogram"));
        assertTrue(v.charts().keySet().containsAll(List.of("boundary", "stages", "hotspots")));
    }

    @Test
    void uncertaintySummaryIsRelativeToTheDeterministicResult() {
        Block.Table t = table(view(ReportLanguage.EN), "Monte Carlo results");
        // fixture: low = 0.905·total, high = 1.108·total → −9.50 % / +10.80 %
        assertEquals(List.of("Relative to the deterministic result", "−9.50% / +10.80%"), t.rows().get(6).cells());
        assertEquals(List.of("Deterministic result", "113.3858"), t.rows().get(0).cells());
        assertTrue(view(ReportLanguage.EN).charts().get("histogram") instanceof ChartSpec.Histogram);
    }

    @Test
    void signatureTableHasOneRowPerRoleHolderWithCertificates() {
        ReportView.Signatures s = view(ReportLanguage.ZH).signatures();
        assertEquals(List.of("职务", "姓名", "证书编号", "签名"), s.headers());
        assertEquals(new ReportView.Field3("组员", "孙芳芳", "2025-CCAA-GHG1-2270116"), s.rows().get(2));
        assertEquals(4, s.rows().size());
    }

    @Test
    void footerHasPageCountersInBothLanguages() {
        assertEquals(List.of(new ReportView.Segment("第 ", ""), new ReportView.Segment("", "page"),
                new ReportView.Segment(" 页 共 ", ""), new ReportView.Segment("", "pages"),
                new ReportView.Segment(" 页 / Page ", ""), new ReportView.Segment("", "page"),
                new ReportView.Segment(" of ", ""), new ReportView.Segment("", "pages")),
                view(ReportLanguage.ZH_EN).footer());
    }

    @Test
    void tableOfContentsPointsAtEveryHeading() {
        ReportView v = view(ReportLanguage.ZH_EN);
        List<String> ids = Stream.concat(v.summary().stream(), v.body().stream())
                .filter(b -> b instanceof Block.Heading).map(b -> "#" + ((Block.Heading) b).id()).toList();
        assertEquals(ids, v.toc().entries().stream().map(ReportView.TocEntry::href).toList());
        assertEquals(ids.size(), ids.stream().distinct().count(), "anchors are unique");
    }

    @Test
    void uncertaintyInputsAreNamedFromTheWorkbook() {
        Block.Table t = table(view(ReportLanguage.EN), "Inputs contributing most");
        // the Monte Carlo labels "factor EF-GRID-2024" and "电力 Electricity (RAW)" become the workbook's names
        assertEquals(List.of("National average electricity (EF-GRID-2024)", "'排放因子 Factors'!A2", "Emission factor",
                "62.00%", "60.00%"), t.rows().get(0).cells());
        assertEquals("Electricity (Raw material acquisition)", t.rows().get(1).cells().get(0));
        Block.Table zh = table(view(ReportLanguage.ZH), "不确定性贡献最大的输入量");
        assertEquals("电力（原材料获取）", zh.rows().get(1).cells().get(0));
    }

    @Test
    void gasTableGivesMassesAndCharacterisedEmissions() {
        Block.Table t = table(view(ReportLanguage.EN), "by greenhouse gas");
        // CO2 = (0.09703 + 0.7370) kg × 3.0959096 + 0.125 m3 × 2.1621888 = 2.5820815 + 0.2702736 = 2.8523551 kg;
        // 2.8524 / 113.3858 = 2.52 %; one row per gas and carbon origin, shares of the gross emissions (here the
        // total: no removals)
        assertEquals(List.of("CO₂", "Fossil", "1", "2.852355", "2.8524", "2.52%"), t.rows().get(1).cells());
        assertEquals(List.of("CO₂e", "Fossil", "/", "/", "110.5335", "97.48%"), t.rows().get(0).cells());
    }

    @Test
    void tablesAndFiguresAreNumberedOnceThroughTheDocument() {
        ReportView v = view(ReportLanguage.EN);
        List<String> captions = java.util.stream.Stream.concat(v.summary().stream(), v.body().stream())
                .map(b -> b instanceof Block.Table t ? t.caption() : null).filter(java.util.Objects::nonNull)
                .map(c -> c.substring(0, c.indexOf(' ', 6))).toList();
        for (int i = 0; i < captions.size(); i++) assertEquals("Table " + (i + 1), captions.get(i));
    }

    private static List<String> figures(ReportView v) {
        return v.body().stream().filter(b -> b instanceof Block.Figure).map(b -> ((Block.Figure) b).src()).toList();
    }
}
