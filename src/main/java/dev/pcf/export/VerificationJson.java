package dev.pcf.export;

import dev.pcf.model.Verification;
import dev.pcf.model.Verification.Finding;
import dev.pcf.model.Verification.Verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code verification} block of a verified report's JSON: every field of the verification
 * workbook, the reported vs verified totals with their difference, and the file's SHA-256.
 */
final class VerificationJson {
    private VerificationJson() {}

    static Map<String, Object> tree(Verification v, double verifiedTotal) {
        Map<String, Object> m = ResultJson.obj(
                "workbook", ResultJson.obj("file", v.source().fileName(), "sha256", v.source().sha256()),
                "body", v.body(),
                "statement_no", v.statementNo(),
                "criteria", v.criteria(),
                "level_of_assurance", lower(v.assurance()),
                "materiality_pct", ResultJson.num(v.materialityPct()),
                "activities", ResultJson.obj("zh", v.activities().zh(), "en", v.activities().en()),
                "site_visit_date", v.siteVisit() == null ? null : v.siteVisit().toString(),
                "conclusion", lower(v.conclusion()),
                "conclusion_text", ResultJson.obj("zh", v.conclusionText().zh(), "en", v.conclusionText().en()),
                "statement_date", v.statementDate() == null ? null : v.statementDate().toString(),
                "verified_total_kgco2e", ResultJson.num(verifiedTotal),
                "reported_total_kgco2e", v.reportedTotal() == null ? null : ResultJson.num(v.reportedTotal()));
        Double diff = v.differencePct(verifiedTotal);
        m.put("difference_pct", diff == null ? null : ResultJson.num(diff));
        m.put("exceeds_materiality", diff == null ? null : Math.abs(diff) > v.materialityPct());
        List<Object> team = new ArrayList<>();
        for (Verifier p : v.team()) {
            team.add(ResultJson.obj("name", p.name(), "role", lower(p.role()), "certificate", p.certificate(),
                    "organisation", p.organisation()));
        }
        m.put("team", team);
        List<Object> findings = new ArrayList<>();
        for (Finding f : v.findings()) {
            findings.add(ResultJson.obj("id", f.id(), "type", lower(f.type()).replace('_', '-'),
                    "description", ResultJson.obj("zh", f.description().zh(), "en", f.description().en()),
                    "cell", f.cell().isEmpty() ? null : f.cell(), "status", lower(f.status()),
                    "resolution", f.resolution().isEmpty() ? null : f.resolution()));
        }
        m.put("findings", findings);
        return m;
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
