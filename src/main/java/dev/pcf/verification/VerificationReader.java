package dev.pcf.verification;

import dev.pcf.model.CellRef;
import dev.pcf.model.Problem;
import dev.pcf.model.SourceFile;
import dev.pcf.model.Text;
import dev.pcf.model.Verification;
import dev.pcf.model.Verification.Finding;
import dev.pcf.model.Verification.FindingStatus;
import dev.pcf.model.Verification.FindingType;
import dev.pcf.model.Verification.Role;
import dev.pcf.model.Verification.Verifier;
import dev.pcf.reader.Book;
import dev.pcf.reader.FieldSheet;
import dev.pcf.reader.Page;
import dev.pcf.reader.Problems;
import dev.pcf.reader.RowReader;
import dev.pcf.workbook.Schema.SheetDef;
import dev.pcf.reader.Table;
import dev.pcf.reader.WorkbookFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a verification workbook ({@code verification-contract.md} v1) into a {@link Verification},
 * collecting every problem with its cell. Sheets, fields and columns are found by their Chinese or
 * English text. Checks that need only this workbook are made here (a lead verifier, a resolution
 * for every closed finding, unique finding IDs, no positive or qualified conclusion while a
 * non-conformity is open); {@link VerificationRules} checks it against the company's workbook.
 */
public final class VerificationReader {
    private VerificationReader() {}

    /**
     * A verification workbook read.
     *
     * @param verification the verification (null when the file is unusable or has errors)
     * @param problems     every problem found, in sheet order
     */
    public record Reading(Verification verification, List<Problem> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }

        /** Whether any problem is an error. */
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /**
     * Reads a verification workbook file.
     *
     * @throws IOException when the file cannot be read from disk
     */
    public static Reading read(Path file) throws IOException {
        return WorkbookFile.read(file, VerificationReader::unusable, VerificationReader::readOpen);
    }

    /** Reads a verification workbook from its bytes ({@code fileName} names it in messages). */
    public static Reading read(byte[] bytes, String fileName) {
        return WorkbookFile.read(bytes, fileName, VerificationReader::unusable, VerificationReader::readOpen);
    }

    private static Reading unusable(List<Problem> problems) {
        return new Reading(null, problems);
    }

    private static Reading readOpen(Book wb, SourceFile source, Problems problems) {
        Verification v = new Reader(wb, source.fileName(), problems).read(source);
        return new Reading(problems.errorCount() > 0 ? null : v, problems.all());
    }

    /** One read of one open workbook. */
    private static final class Reader {
        private final Book wb;
        private final String fileName;
        private final Problems problems;

        Reader(Book wb, String fileName, Problems problems) {
            this.wb = wb;
            this.fileName = fileName;
            this.problems = problems;
        }

        Verification read(SourceFile source) {
            Map<SheetDef, Page> sheets = findSheets();
            FieldSheet info = sheets.containsKey(VerificationSchema.INFO)
                    ? FieldSheet.read(sheets.get(VerificationSchema.INFO), VerificationSchema.FIELDS, problems) : null;
            Fields f = info == null ? null : fields(info);
            List<Verifier> team = team(sheets.get(VerificationSchema.VERIFIERS));
            List<Finding> findings = findings(sheets.get(VerificationSchema.FINDINGS));
            if (f == null) return null;
            if (f.conclusion != null && f.conclusion.favourable()) {
                for (Finding finding : findings) {
                    if (!finding.openNonConformity()) continue;
                    problems.error(finding.row(), "non-conformity " + finding.id() + " (row " + (finding.row().row() + 1)
                            + ") is open, so " + info.labelAt("conclusion") + " cannot be "
                            + f.conclusion.name().toLowerCase(java.util.Locale.ROOT)
                            + "; close the finding with a resolution, or give an adverse conclusion or a disclaimer");
                }
            }
            return new Verification(f.body, f.statementNo, f.criteria.isEmpty() ? Verification.DEFAULT_CRITERIA : f.criteria,
                    f.assurance, f.materiality == null ? Verification.DEFAULT_MATERIALITY_PCT : f.materiality,
                    f.activities, f.siteVisit, f.conclusion, f.conclusionText, f.reportedTotal, f.statementDate,
                    team, findings, source, info.cells());
        }

        /** The Verification sheet's values. */
        private static final class Fields {
            String body;
            String statementNo;
            String criteria;
            Verification.Assurance assurance;
            Double materiality;
            Text activities;
            java.time.LocalDate siteVisit;
            Verification.Conclusion conclusion;
            Text conclusionText;
            Double reportedTotal;
            java.time.LocalDate statementDate;
        }

        private Fields fields(FieldSheet s) {
            Fields f = new Fields();
            f.body = s.text("body");
            f.statementNo = s.text("statementNo");
            f.criteria = s.text("criteria");
            f.assurance = s.choice("assurance", VerificationSchema.ASSURANCE);
            f.materiality = s.percent("materiality");
            if (f.materiality != null && (f.materiality <= 0 || f.materiality >= 100)) {
                problems.error(s.cell("materiality"), VerificationSchema.field("materiality").label()
                        + " must be a percentage above 0 and below 100, found " + dev.pcf.reader.CellValue.plain(f.materiality));
                f.materiality = null;
            }
            f.activities = Text.of(s.text("activities"), s.text("activitiesEn"));
            f.siteVisit = s.date("siteVisit");
            f.conclusion = s.choice("conclusion", VerificationSchema.CONCLUSION);
            f.conclusionText = Text.of(s.text("conclusionText"), s.text("conclusionTextEn"));
            f.reportedTotal = s.number("reportedTotal");
            f.statementDate = s.date("statementDate");
            if (f.siteVisit != null && f.statementDate != null && f.statementDate.isBefore(f.siteVisit)) {
                problems.error(s.cell("statementDate"), VerificationSchema.field("statementDate").label() + " " + f.statementDate
                        + " is before " + s.labelAt("siteVisit") + " " + f.siteVisit);
            }
            return f;
        }

        private List<Verifier> team(Page sheet) {
            if (sheet == null) return List.of();
            Table t = Table.of(sheet, VerificationSchema.VERIFIER_COLUMNS, problems);
            if (!t.complete()) return List.of();
            List<Verifier> team = new ArrayList<>();
            boolean failed = false;
            for (RowReader row : t.rows(problems)) {
                String name = row.text("name");
                Role role = row.choice("role", VerificationSchema.ROLE);
                String certificate = row.text("certificate");
                String organisation = row.text("organisation");
                if (row.failed()) failed = true;
                else team.add(new Verifier(name, role, certificate, organisation, row.ref("name")));
            }
            if (!failed && team.stream().noneMatch(v -> v.role() == Role.LEAD)) {
                problems.error(null, CellRef.quoteSheet(sheet.name()) + ": at least one "
                        + VerificationSchema.ROLES.getFirst() + " is required (column "
                        + VerificationSchema.VERIFIER_COLUMNS.get(1).label() + ")");
            }
            return team;
        }

        private List<Finding> findings(Page sheet) {
            if (sheet == null) return List.of();
            Table t = Table.of(sheet, VerificationSchema.FINDING_COLUMNS, problems);
            if (!t.complete()) return List.of();
            List<Finding> findings = new ArrayList<>();
            Map<String, CellRef> ids = new HashMap<>();
            for (RowReader row : t.rows(problems)) {
                String id = row.text("id");
                FindingType type = row.choice("type", VerificationSchema.TYPE);
                Text description = Text.of(row.text("description"), row.text("descriptionEn"));
                String cell = row.text("cell");
                FindingStatus status = row.choice("status", VerificationSchema.STATUS);
                String resolution = row.text("resolution");
                if (status == FindingStatus.CLOSED && resolution.isEmpty()) {
                    row.error(row.hasColumn("resolution") ? "resolution" : "status", "finding " + id + " is closed, so "
                            + VerificationSchema.FINDING_COLUMNS.getLast().label() + " is required: say how it was resolved");
                }
                if (!id.isEmpty()) {
                    CellRef first = ids.putIfAbsent(id, row.ref("id"));
                    if (first != null) row.error("id", "finding ID " + id + " repeats the finding at " + first + "; IDs must be unique");
                }
                if (!row.failed()) findings.add(new Finding(id, type, description, cell, row.ref("cell"), status, resolution, row.ref("id")));
            }
            return findings;
        }

        private Map<SheetDef, Page> findSheets() {
            return WorkbookFile.findSheets(wb, fileName, VerificationSchema.SHEETS,
                    "; is this the verification workbook (pcf template --verification)?", problems);
        }
    }
}
