package dev.pcf.report;

import dev.pcf.model.Footprint;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.ScenarioResult;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.StageResult;
import dev.pcf.model.TeamMember;
import dev.pcf.model.TeamRole;
import dev.pcf.model.UncertaintyResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the {@link ReportView} of a calculated workbook: the report's content, display-ready. */
public final class ReportViews {
    /**
     * The summary's statement of what was done: calculated according to the standard, no claim of
     * conformity (a calculation tool cannot make one; a verified report states its verification's
     * finding under its own key instead).
     */
    static final String BASIS_CALCULATED = "summary.basis.calculated";
    /**
     * The summary's statement of a verified report: calculated according to the standard and verified by
     * the body (statement number and date, criteria, level of assurance), with the verifier's conclusion
     * in the verifier's words: the claim is the verification's, attributed to it.
     */
    static final String BASIS_VERIFIED = "summary.basis.verified";

    private ReportViews() {}

    /**
     * The report's view model.
     *
     * @param wb   the workbook as read
     * @param fp   its deterministic footprint
     * @param mc   the Monte Carlo analysis, or null when it was not run (the report says so)
     * @param mode zh, en or zh+en
     * @param zh   the Chinese bundle
     * @param en   the English bundle
     * @throws IllegalArgumentException when a bundle lacks a key the report uses
     */
    public static ReportView build(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, ReportLanguage mode,
                                   Messages zh, Messages en) {
        return build(wb, fp, mc, List.of(), null, mode, zh, en);
    }

    /**
     * The report's view model with the scenarios of the Scenarios sheet (sensitivity part, appendix) and,
     * for a verified report, the verification statement after the conclusion summary and "verified" on the
     * cover and in the running header (a study report when {@code verification} is null).
     *
     * @param scenarios    the scenarios calculated, in sheet order (may be empty)
     * @param verification the verification workbook as read, or null
     */
    public static ReportView build(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, List<ScenarioResult> scenarios,
                                   dev.pcf.model.Verification verification, ReportLanguage mode,
                                   Messages zh, Messages en) {
        Objects.requireNonNull(wb, "wb");
        Objects.requireNonNull(fp, "fp");
        Lang lang = new Lang(Objects.requireNonNull(mode, "mode"), zh, en);
        Ctx c = new Ctx(wb, fp, mc, lang, List.copyOf(scenarios));
        ReportInfo info = wb.info();
        Map<String, ChartSpec> charts = new LinkedHashMap<>();

        Outline front = new Outline(lang);
        summary(c, front, verification);

        Outline statementOutline = front.next();
        ReportView.Statement statement = verification == null ? null
                : StatementSection.build(c, verification, statementOutline);
        Outline body = statementOutline.next();
        ScopeSections.write(c, body, charts);
        ResultSections.write(c, body, charts);
        UncertaintySection.write(c, body, charts);
        SensitivitySection.write(c, body, charts);
        Suggestions.write(c, body);
        Appendices.write(c, body, charts);

        List<ReportView.TocEntry> toc = new ArrayList<>(front.toc());
        toc.addAll(statementOutline.toc());
        toc.addAll(body.toc());
        String product = lang.text(c.product());
        return new ReportView(mode == ReportLanguage.EN ? "en" : "zh-CN",
                lang.label("cover.title") + " " + product,
                nz(info.reportNo()) + "  " + product,
                footer(lang), cover(c, verification), basicInfo(c), front.blocks(), signatures(c),
                new ReportView.Toc(lang.label("toc.title"), toc), body.blocks(), charts,
                statement == null ? List.of() : List.of(statement));
    }

    private static List<ReportView.Segment> footer(Lang lang) {
        return segments(lang.join(lang.zh("footer.pages", PAGE, PAGES), lang.en("footer.pages", PAGE, PAGES), " / "));
    }

    /** Placeholders of the page counters in a footer text ({@link #segments}). */
    static final String PAGE = "\u0000";
    static final String PAGES = "\u0001";

    /** A footer text with {@link #PAGE} and {@link #PAGES} placeholders as segments: text, and the counters. */
    static List<ReportView.Segment> segments(String t) {
        List<ReportView.Segment> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (char ch : t.toCharArray()) {
            if (ch == '\u0000' || ch == '\u0001') {
                if (!sb.isEmpty()) out.add(new ReportView.Segment(sb.toString(), ""));
                sb.setLength(0);
                out.add(new ReportView.Segment("", ch == '\u0000' ? "page" : "pages"));
            } else {
                sb.append(ch);
            }
        }
        if (!sb.isEmpty()) out.add(new ReportView.Segment(sb.toString(), ""));
        return out;
    }

    private static ReportView.Cover cover(Ctx c, dev.pcf.model.Verification v) {
        Lang l = c.lang();
        ReportInfo i = c.info();
        String title = l.mode == ReportLanguage.EN ? l.en("cover.title") : l.zh("cover.title");
        String titleEn = l.mode == ReportLanguage.ZH_EN ? l.en("cover.title") : "";
        List<ReportView.Field> fields = new ArrayList<>(List.of(
                new ReportView.Field(l.label("cover.product"), l.text(i.productName())),
                new ReportView.Field(l.label("cover.model"), nz(i.model())),
                new ReportView.Field(l.label("cover.manufacturer"), l.text(i.manufacturer())),
                new ReportView.Field(l.label("cover.reportNo"), nz(i.reportNo())),
                new ReportView.Field(l.label("cover.issueDate"), l.of(c.date(i.issueDate())))));
        if (v != null) fields.add(new ReportView.Field(l.label("verif.statementNo"), v.statementNo()));
        return new ReportView.Cover(title, titleEn, nz(i.standard()), fields,
                new ReportView.Field(l.label("cover.body"), v != null ? v.body() : l.text(i.verificationBody())),
                l.label("cover.seal"),
                v == null ? "" : l.label("verif.verified"));
    }

    private static ReportView.Labelled basicInfo(Ctx c) {
        Lang l = c.lang();
        ReportInfo i = c.info();
        List<ReportView.Field> f = new ArrayList<>();
        f.add(new ReportView.Field(l.label("info.enterprise"), l.text(i.manufacturer())));
        f.add(new ReportView.Field(l.label("info.address"), l.text(i.address())));
        f.add(new ReportView.Field(l.label("info.legalRep"), nz(i.legalRepresentative())));
        f.add(new ReportView.Field(l.label("info.contact"), nz(i.contactPerson())));
        f.add(new ReportView.Field(l.label("info.phone"), nz(i.contactPhone())));
        String std = nz(i.standard());
        if (std.equals(ReportInfo.DEFAULT_STANDARD)) std = std + " " + l.label("standard.title");
        f.add(new ReportView.Field(l.label("info.standard"), std));
        if (i.pcr() != null && !i.pcr().isBlank()) f.add(new ReportView.Field(l.label("info.pcr"), i.pcr()));
        return new ReportView.Labelled(l.label("info.title"), f);
    }

    private static void summary(Ctx c, Outline o, dev.pcf.model.Verification verification) {
        Lang l = c.lang();
        ReportInfo i = c.info();
        Footprint fp = c.fp();
        o.heading(1, "summary", l.label("summary.title"));
        if (verification == null) {
            o.para(BASIS_CALCULATED, i.standard());
        } else {
            String assurance = "verif.assurance." + verification.assurance().name();
            o.para(BASIS_VERIFIED, i.standard(), verification.body(), verification.statementNo(),
                    c.date(verification.statementDate()), verification.criteria(),
                    new Lang.L(l.zh(assurance), l.en(assurance)), StatementSection.kind(l, verification),
                    StatementSection.conclusionText(c, verification));
        }
        o.add(Tables.table(o.tableCaption("summary.table.caption", c.product()),
                Tables.headers(l, "col.no", "col.product", "col.model", "col.fu", "col.kgPerUnit"), "clLlr",
                List.of(Tables.row("1", l.text(i.productName()), nz(i.model()), l.text(i.functionalUnit()),
                        c.kg(fp.total()))), ""));
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (StageResult s : fp.stages()) {
            if (!zh.isEmpty()) {
                zh.append("；");
                en.append("; ");
            }
            // with removals, a stage's part is its emissions, a share of the gross emissions
            double v = c.hasRemovals() ? c.stageEmissions(s.stage().code()) : s.kgco2e();
            zh.append(l.zh("summary.stagePart", s.stage().name(), c.kg(v), c.shareOfGross(v)));
            en.append(l.en("summary.stagePart", s.stage().name(), c.kg(v), c.shareOfGross(v)));
        }
        if (c.hasRemovals()) {
            o.para("summary.result.removals", i.functionalUnit(), c.kg(fp.total()), c.kg(fp.grossEmissions()),
                    new Lang.L(zh.toString(), en.toString()), c.kg(fp.removals()));
        } else {
            o.para("summary.result", i.functionalUnit(), c.kg(fp.total()), new Lang.L(zh.toString(), en.toString()));
        }
        o.add(ScopeSections.boundaryStatement(c));
        o.para("summary.data", Formats.percent(fp.primaryDataShare()),
                new Lang.L(l.zh("gwp." + fp.gwpSet()), l.en("gwp." + fp.gwpSet())));
        UncertaintyResult mc = c.mc();
        if (mc != null) {
            o.para("summary.uncertainty", c.kg(mc.total().low()), c.kg(mc.total().high()),
                    UncertaintySection.relative(mc.total()), Formats.integer(mc.iterations()));
        }
    }

    /**
     * The signature table: one row per named author, leader and member. A role nobody holds is not printed;
     * only a workbook without any named team member gets the three role rows blank, as a form to fill by hand.
     */
    private static ReportView.Signatures signatures(Ctx c) {
        Lang l = c.lang();
        List<ReportView.Field3> rows = new ArrayList<>();
        for (TeamRole role : List.of(TeamRole.AUTHOR, TeamRole.LEADER, TeamRole.MEMBER)) {
            for (TeamMember m : c.wb().team()) {
                if (m.role() == role && m.name() != null && !m.name().isBlank()) {
                    rows.add(new ReportView.Field3(l.label("role." + role.name()), m.name(), nz(m.certificate())));
                }
            }
        }
        if (rows.isEmpty()) {
            for (TeamRole role : List.of(TeamRole.AUTHOR, TeamRole.LEADER, TeamRole.MEMBER)) {
                rows.add(new ReportView.Field3(l.label("role." + role.name()), "", ""));
            }
        }
        return new ReportView.Signatures(l.label("sign.title"),
                Tables.headers(l, "sign.role", "sign.name", "sign.cert", "sign.signature"), rows);
    }

    /** The name under which a workbook picture is referenced ({@code image:NAME}), e.g. {@code product_photo}. */
    public static String imageName(dev.pcf.model.PictureKind kind) {
        return ScopeSections.imageName(kind);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
