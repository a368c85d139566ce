package dev.pcf.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The verification body's opinion of a study, as read from the verification workbook
 * ({@code verification-contract.md} v1). A separate document from the company's workbook, with a
 * different author: the company's workbook is never modified.
 *
 * @param body           the verification body
 * @param statementNo    the statement number
 * @param criteria       the criteria the study was verified against
 * @param assurance      level of assurance
 * @param materialityPct materiality threshold in percent (5 by default)
 * @param activities     what the verifier did (document review, site visit…)
 * @param siteVisit      date of the site visit, or null
 * @param conclusion     the kind of conclusion
 * @param conclusionText the verifier's own words; empty parts take the standard text for the kind
 * @param reportedTotal  kgCO2e per functional unit as the company first declared it, or null
 * @param statementDate  date of the statement
 * @param team           the verification team, in sheet order
 * @param findings       the findings, in sheet order
 * @param source         the verification workbook file (embedded in the report as it is)
 * @param cells          where each field of the Verification sheet was read
 */
public record Verification(String body, String statementNo, String criteria, Assurance assurance,
                           double materialityPct, Text activities, LocalDate siteVisit, Conclusion conclusion,
                           Text conclusionText, Double reportedTotal, LocalDate statementDate,
                           List<Verifier> team, List<Finding> findings, SourceFile source,
                           Map<String, CellRef> cells) {
    /** The criteria when the workbook leaves them empty. */
    public static final String DEFAULT_CRITERIA = "GB/T 24067-2024 / ISO 14067:2018; ISO 14064-3:2019";
    /** The materiality in percent when the workbook leaves it empty. */
    public static final double DEFAULT_MATERIALITY_PCT = 5;

    public Verification {
        team = List.copyOf(team);
        findings = List.copyOf(findings);
        cells = Map.copyOf(cells);
    }

    /** Where a field was read, or null. */
    public CellRef cell(String field) {
        return cells.get(field);
    }

    /**
     * The reported total's difference from the verified one, in percent of the verified total
     * ({@code (reported − verified) / |verified| × 100}); null without a reported total or with a
     * verified total of zero.
     */
    public Double differencePct(double verifiedTotal) {
        if (reportedTotal == null || verifiedTotal == 0) return null;
        return (reportedTotal - verifiedTotal) / Math.abs(verifiedTotal) * 100;
    }

    /** Level of assurance. */
    public enum Assurance { LIMITED, REASONABLE }

    /** The kind of conclusion (ISO 14064-3: unmodified, modified, adverse, disclaimer). */
    public enum Conclusion {
        POSITIVE, QUALIFIED, ADVERSE, DISCLAIMER;

        /** Whether the verifier vouches for the study (with or without reservations). */
        public boolean favourable() {
            return this == POSITIVE || this == QUALIFIED;
        }
    }

    /** A verifier's role on the team. */
    public enum Role { LEAD, VERIFIER, REVIEWER, APPROVER }

    /**
     * A member of the verification team.
     *
     * @param name         name as written
     * @param role         role
     * @param certificate  certificate number, or empty
     * @param organisation employer, or empty
     * @param row          where the row was read (its first cell)
     */
    public record Verifier(String name, Role role, String certificate, String organisation, CellRef row) {}

    /** What a finding is. */
    public enum FindingType { NON_CONFORMITY, OBSERVATION }

    /** Whether a finding is closed. */
    public enum FindingStatus { OPEN, CLOSED }

    /**
     * A finding of the verification.
     *
     * @param id          e.g. NC-01
     * @param type        non-conformity or observation
     * @param description what was found
     * @param cell        the company workbook's cell it concerns, as written (e.g. {@code '活动数据 Activity'!D4}), or empty
     * @param cellAt      where {@code cell} was read in the verification workbook
     * @param status      open or closed
     * @param resolution  how it was closed, or empty
     * @param row         where the row was read (its ID cell)
     */
    public record Finding(String id, FindingType type, Text description, String cell, CellRef cellAt, FindingStatus status,
                          String resolution, CellRef row) {
        /** Whether this is a non-conformity still open. */
        public boolean openNonConformity() {
            return type == FindingType.NON_CONFORMITY && status == FindingStatus.OPEN;
        }
    }
}
