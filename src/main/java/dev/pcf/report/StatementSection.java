package dev.pcf.report;

import dev.pcf.model.SourceFile;
import dev.pcf.model.Text;
import dev.pcf.model.Verification;
import dev.pcf.model.Verification.Finding;
import dev.pcf.model.Verification.Role;
import dev.pcf.model.Verification.Verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verification statement of a verified report, placed after the conclusion summary: who
 * verified what against which criteria at which level of assurance, the conclusion in the
 * report's languages, reported vs verified, the findings, the team, the seal area and the two
 * empty signature fields {@code verifier} and {@code reviewer}.
 */
final class StatementSection {
    private StatementSection() {}

    /** Anchor of the statement's heading. */
    static final String ID = "verification";
    /** The signature fields, in signing order. */
    static final List<String> FIELDS = List.of("verifier", "reviewer");

    static ReportView.Statement build(Ctx c, Verification v, Outline o) {
        Lang l = c.lang();
        String title = l.label("verif.title");
        o.heading(1, ID, title);
        List<ReportView.Field> f = new ArrayList<>();
        f.add(field(l, "verif.body", v.body()));
        f.add(field(l, "verif.statementNo", v.statementNo()));
        f.add(new ReportView.Field(l.label("verif.subject"),
                l.join(l.zh("verif.subject.value", c.product(), nz(c.info().reportNo())),
                        l.en("verif.subject.value", c.product(), nz(c.info().reportNo())), " / ")));
        f.add(field(l, "verif.criteria", v.criteria()));
        f.add(new ReportView.Field(l.label("verif.assurance"), l.label("verif.assurance." + v.assurance().name())));
        f.add(new ReportView.Field(l.label("verif.materiality"), one(l, "verif.materiality.value",
                Formats.plain(v.materialityPct()))));
        f.add(field(l, "verif.activities", v.activities().isEmpty() ? Formats.NOT_A_NUMBER : l.text(v.activities())));
        f.add(new ReportView.Field(l.label("verif.siteVisit"),
                v.siteVisit() == null ? Formats.NOT_A_NUMBER : l.of(c.date(v.siteVisit()))));
        f.add(new ReportView.Field(l.label("verif.statementDate"), l.of(c.date(v.statementDate()))));
        f.add(file(l, "verif.companyFile", c.wb().source()));
        f.add(file(l, "verif.verificationFile", v.source()));

        conclusion(c, v, o);
        comparison(c, v, o);
        findings(c, v, o);
        team(c, v, o);

        List<ReportView.SignatureBox> boxes = List.of(
                new ReportView.SignatureBox(l.label("verif.sign.verifier"), signer(v, Role.LEAD), "sigfield:" + FIELDS.get(0)),
                new ReportView.SignatureBox(l.label("verif.sign.reviewer"), signer(v, Role.REVIEWER), "sigfield:" + FIELDS.get(1)));
        List<Block> blocks = o.blocks().subList(1, o.blocks().size());
        return new ReportView.Statement(ID, title, f, blocks, l.label("verif.sign.title"), l.label("verif.seal"), boxes,
                l.join(l.zh("verif.sign.note"), l.en("verif.sign.note"), " "), l.label("verif.header") + " ·");
    }

    private static void conclusion(Ctx c, Verification v, Outline o) {
        Lang l = c.lang();
        o.add(new Block.Heading(2, ID + "-conclusion", l.label("verif.conclusion.title")));
        o.add(l.para("", "verif.conclusion.kind", kind(l, v)));
        o.add(l.para("", conclusionText(c, v)));
    }

    /** The kind of conclusion in both languages ("肯定" / "positive"). */
    static Lang.L kind(Lang l, Verification v) {
        String kind = "verif.conclusion." + v.conclusion().name();
        return new Lang.L(l.zh(kind), l.en(kind));
    }

    /**
     * The conclusion in the verifier's words, in both languages: the verification workbook's text, or the
     * standard text for the kind of conclusion (and level of assurance) where it is empty. A text given in one
     * language only is shown as given in a one-language report, and beside the other language's standard text
     * in zh+en.
     */
    static Lang.L conclusionText(Ctx c, Verification v) {
        Lang l = c.lang();
        Text own = v.conclusionText();
        String key = v.conclusion() == Verification.Conclusion.POSITIVE
                ? "verif.text.POSITIVE." + v.assurance().name() : "verif.text." + v.conclusion().name();
        Object[] args = {c.product(), c.kg(c.fp().total()), c.info().functionalUnit(), v.criteria()};
        boolean standard = own.isEmpty() || l.mode == dev.pcf.model.ReportLanguage.ZH_EN;
        String zh = !own.zh().isEmpty() ? own.zh() : standard ? l.zh(key, args) : own.en();
        String en = !own.en().isEmpty() ? own.en() : standard ? l.en(key, args) : own.zh();
        return new Lang.L(zh, en);
    }

    private static void comparison(Ctx c, Verification v, Outline o) {
        Lang l = c.lang();
        double verified = c.fp().total();
        if (v.reportedTotal() == null) {
            o.add(l.para("", "verif.compare.none", c.kg(verified), c.info().functionalUnit()));
            return;
        }
        Double diff = v.differencePct(verified);
        boolean exceeds = diff != null && Math.abs(diff) > v.materialityPct();
        o.add(Tables.table(o.tableCaption("verif.compare.caption", c.product()),
                Tables.headers(l, "verif.col.reported", "verif.col.verified", "verif.col.diff", "verif.col.materiality",
                        "verif.col.exceeds"), "rrrrc",
                List.of(Tables.row(c.kg(v.reportedTotal()), c.kg(verified),
                        diff == null ? Formats.NOT_A_NUMBER : String.format(Locale.ROOT, "%+.2f", diff),
                        Formats.plain(v.materialityPct()), l.label(exceeds ? "verif.yes" : "verif.no"))),
                l.join(l.zh("verif.compare.note"), l.en("verif.compare.note"), " ")));
    }

    private static void findings(Ctx c, Verification v, Outline o) {
        Lang l = c.lang();
        o.add(new Block.Heading(2, ID + "-findings", l.label("verif.findings.title")));
        if (v.findings().isEmpty()) {
            o.add(l.para("", "verif.findings.none"));
            return;
        }
        List<Block.Table.Row> rows = new ArrayList<>();
        for (Finding f : v.findings()) {
            rows.add(Tables.row(f.id(), l.label("verif.type." + f.type().name()), l.text(f.description()),
                    f.cell(), l.label("verif.status." + f.status().name()), f.resolution()));
        }
        o.add(Tables.table(o.tableCaption("verif.findings.caption", c.product()),
                Tables.headers(l, "verif.col.id", "verif.col.type", "verif.col.description", "verif.col.cell",
                        "verif.col.status", "verif.col.resolution"), "llllll",
                List.of("9%", "12%", "33%", "17%", "9%", "20%"), rows, ""));
    }

    private static void team(Ctx c, Verification v, Outline o) {
        Lang l = c.lang();
        o.add(new Block.Heading(2, ID + "-team", l.label("verif.team.title")));
        List<Block.Table.Row> rows = new ArrayList<>();
        for (Verifier p : v.team()) {
            rows.add(Tables.row(l.label("verif.role." + p.role().name()), p.name(), p.certificate(), p.organisation()));
        }
        o.add(Tables.table(o.tableCaption("verif.team.caption", c.product()),
                Tables.headers(l, "verif.col.role", "verif.col.name", "verif.col.cert", "verif.col.org"), "llll",
                rows, ""));
    }

    private static String signer(Verification v, Role role) {
        return v.team().stream().filter(p -> p.role() == role).map(Verifier::name).findFirst().orElse("");
    }

    private static ReportView.Field field(Lang l, String key, String value) {
        return new ReportView.Field(l.label(key), value == null || value.isEmpty() ? Formats.NOT_A_NUMBER : value);
    }

    private static ReportView.Field file(Lang l, String key, SourceFile f) {
        return new ReportView.Field(l.label(key), one(l, "verif.file", f.fileName(), f.sha256()));
    }

    /** A value written once: in English in an English report, else in Chinese. */
    private static String one(Lang l, String key, Object... args) {
        return l.mode == dev.pcf.model.ReportLanguage.EN ? l.en(key, args) : l.zh(key, args);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
