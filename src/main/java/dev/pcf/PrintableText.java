package dev.pcf;

import dev.pcf.model.Activity;
import dev.pcf.model.ActivityField;
import dev.pcf.model.CellRef;
import dev.pcf.model.Factor;
import dev.pcf.model.FactorField;
import dev.pcf.model.Improvement;
import dev.pcf.model.ImprovementField;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.ReportField;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.RowCells;
import dev.pcf.model.Scenario;
import dev.pcf.model.ScenarioField;
import dev.pcf.model.SheetField;
import dev.pcf.model.Stage;
import dev.pcf.model.StageField;
import dev.pcf.model.TeamField;
import dev.pcf.model.TeamMember;
import dev.pcf.render.Glyphs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The check that every character of the workbook's text that the report prints exists in the report's
 * fonts (Flying Saucer drops a missing glyph silently, so a rare name character would print as a blank).
 * One warning per cell, naming the characters and their code points.
 */
final class PrintableText {
    private PrintableText() {}

    /** Warnings for every printed text of the workbook with characters the report fonts lack. */
    static List<Problem> check(PcfWorkbook wb) {
        List<Problem> out = new ArrayList<>();
        ReportInfo info = wb.info();
        for (ReportField f : ReportField.values()) {
            String value = f.printedText(info);
            if (value != null) check(out, info.cell(f.key()), f, value);
        }
        for (Stage s : wb.stages()) {
            row(out, s.cells(), StageField.NAME_ZH, s.name().zh());
            row(out, s.cells(), StageField.NAME_EN, s.name().en());
            row(out, s.cells(), StageField.INCLUDED_PROCESSES, s.includedProcesses().zh());
            row(out, s.cells(), StageField.INCLUDED_PROCESSES_EN, s.includedProcesses().en());
            row(out, s.cells(), StageField.EXCLUDED_PROCESSES, s.excludedProcesses().zh());
            row(out, s.cells(), StageField.EXCLUDED_PROCESSES_EN, s.excludedProcesses().en());
        }
        for (Factor f : wb.factors()) {
            row(out, f.cells(), FactorField.ID, f.id());
            row(out, f.cells(), FactorField.NAME_ZH, f.name().zh());
            row(out, f.cells(), FactorField.NAME_EN, f.name().en());
            row(out, f.cells(), FactorField.UNIT, f.unit());
            row(out, f.cells(), FactorField.SOURCE, f.source());
            row(out, f.cells(), FactorField.YEAR, f.year());
        }
        for (Activity a : wb.activities()) {
            row(out, a.cells(), ActivityField.ITEM_ZH, a.item().zh());
            row(out, a.cells(), ActivityField.ITEM_EN, a.item().en());
            row(out, a.cells(), ActivityField.UNIT, a.unit());
            row(out, a.cells(), ActivityField.DATA_SOURCE, a.dataSource());
        }
        for (TeamMember t : wb.team()) {
            row(out, t.cells(), TeamField.NAME, t.name());
            row(out, t.cells(), TeamField.CERTIFICATE, t.certificate());
            row(out, t.cells(), TeamField.ORGANISATION, t.organisation());
        }
        for (Improvement i : wb.improvements()) {
            row(out, i.cells(), ImprovementField.ZH, i.text().zh());
            row(out, i.cells(), ImprovementField.EN, i.text().en());
        }
        for (Scenario s : wb.scenarios()) {
            // the name as the report prints it, at the row it was read from; every change's rationale at its row
            row(out, s.changes().getFirst().cells(), ScenarioField.ID, s.id());
            row(out, s.nameCells(), ScenarioField.NAME_ZH, s.name().zh());
            row(out, s.nameCells(), ScenarioField.NAME_EN, s.name().en());
            for (Scenario.Change c : s.changes()) row(out, c.cells(), ScenarioField.RATIONALE, c.rationale());
        }
        return out;
    }

    private static void row(List<Problem> out, RowCells cells, SheetField field, String value) {
        if (value == null || value.isEmpty() || cells == null) return;
        check(out, cells.cell(field.key()), field, value);
    }

    private static void check(List<Problem> out, CellRef at, SheetField field, String value) {
        String missing = Glyphs.missing(value);
        if (missing.isEmpty()) return;
        StringBuilder codes = new StringBuilder();
        missing.codePoints().forEach(cp -> codes.append(codes.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "U+%04X", cp)));
        out.add(Problem.warning(at, field.label() + " has characters the report fonts lack: \"" + missing + "\" ("
                + codes + "); they would print as blanks"));
    }
}
