package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.Activity;
import dev.pcf.model.CellRef;
import dev.pcf.model.DroppedRow;
import dev.pcf.model.Factor;
import dev.pcf.model.Improvement;
import dev.pcf.model.InputException;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Picture;
import dev.pcf.model.Problem;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.Scenario;
import dev.pcf.model.SourceFile;
import dev.pcf.model.Stage;
import dev.pcf.model.TeamMember;
import dev.pcf.workbook.Schema.SheetDef;
import org.apache.poi.poifs.filesystem.FileMagic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a standard PCF workbook ({@code workbook-contract.md} v1) into a {@link PcfWorkbook},
 * collecting every problem instead of stopping at the first. Reads {@code .xlsx}, {@code .xlsm}
 * (data only: macros are never run) and legacy {@code .xls}. Formulas are evaluated by POI;
 * formulas referring to another workbook are reported, never followed.
 */
public final class WorkbookReader {
    private WorkbookReader() {}

    /** Files larger than this are refused before parsing (see {@link Limits}). */
    public static final long MAX_FILE_BYTES = Limits.MAX_FILE_BYTES;

    /**
     * Reads a workbook file.
     *
     * @param file an {@code .xlsx}, {@code .xlsm} or {@code .xls} file
     * @return the workbook read (rows in error left out; null when the file is unusable) and every problem
     * @throws IOException when the file cannot be read from disk at all
     */
    public static Reading read(Path file) throws IOException {
        return WorkbookFile.read(file, WorkbookReader::unusable, WorkbookReader::readOpen);
    }

    /**
     * Reads a workbook from its bytes.
     *
     * @param bytes    the file's content
     * @param fileName the file name used in messages and kept in {@link SourceFile}
     * @return the workbook read (rows in error left out; null when the file is unusable) and every problem
     */
    public static Reading read(byte[] bytes, String fileName) {
        return WorkbookFile.read(bytes, fileName, WorkbookReader::unusable, WorkbookReader::readOpen);
    }

    /**
     * As {@link #read(byte[], String)}, but through POI's in-memory model even where the streamed read
     * would do: the path of a workbook with formulas. For the start-up cache's training
     * ({@code dev.pcf.cli.Training}), so that such a workbook finds POI's classes in the cache too.
     */
    public static Reading readThroughModel(byte[] bytes, String fileName) {
        return read(bytes, fileName, false);
    }

    /** As {@link #read(byte[], String)}; without {@code streaming} through POI's in-memory model (to compare). */
    static Reading read(byte[] bytes, String fileName, boolean streaming) {
        return WorkbookFile.read(bytes, fileName, WorkbookReader::unusable, WorkbookReader::readOpen, streaming);
    }

    private static Reading unusable(List<Problem> problems) {
        return new Reading(null, problems);
    }

    private static Reading readOpen(Book wb, SourceFile source, Problems problems) {
        return new Reading(new Reader(wb, source.fileName(), problems).read(source), problems.all());
    }

    /**
     * Reads a workbook and fails on any error.
     *
     * @return the workbook, its warnings in {@link PcfWorkbook#warnings()}
     * @throws InputException carrying every problem when any error is found
     * @throws IOException    when the file cannot be read from disk at all
     */
    public static PcfWorkbook readOrThrow(Path file) throws IOException {
        Reading r = read(file);
        if (r.hasErrors() || r.workbook() == null) throw new InputException(r.problems());
        return r.workbook();
    }

    /**
     * Whether the bytes start as a spreadsheet container: a zip (.xlsx, .xlsm) or an OLE2 compound
     * file (.xls). Only the first bytes are looked at; whether the container holds a workbook is
     * for {@link #read(byte[], String)} to find out.
     */
    public static boolean isSpreadsheetContainer(byte[] bytes) {
        if (bytes.length < 8) return false;
        try {
            FileMagic magic = FileMagic.valueOf(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 64)));
            return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** One read of one open workbook. */
    private static final class Reader {
        private final Book wb;
        private final String fileName;
        private final Problems problems;
        private boolean usable = true;

        Reader(Book wb, String fileName, Problems problems) {
            this.wb = wb;
            this.fileName = fileName;
            this.problems = problems;
        }

        PcfWorkbook read(SourceFile source) {
            Map<SheetDef, Page> sheets = findSheets();
            ReportInfo info = null;
            String annualField = null;
            Page report = sheets.get(Schema.REPORT);
            if (report != null) {
                ReportSheet.Result r = ReportSheet.read(report, problems);
                info = r.info();
                annualField = r.annualField(report.name());
                if (info == null) usable = false;
            }
            boolean english = info == null || info.language().hasEn();

            StageSheet.Result stages = new StageSheet.Result(List.of(), Map.of(), Set.of(), false);
            Table stageTable = table(sheets, Schema.STAGES, Schema.STAGE_COLUMNS, english, Stage.NAME_EN);
            if (stageTable != null && stageTable.complete()) {
                stages = StageSheet.read(stageTable, problems, english);
            }
            FactorSheet.Result factors = new FactorSheet.Result(List.of(), Map.of(), Set.of(), false);
            Table factorTable = table(sheets, Schema.FACTORS, Schema.FACTOR_COLUMNS, english, Factor.NAME_EN);
            if (factorTable != null && factorTable.complete()) {
                factors = FactorSheet.read(factorTable, problems, english);
            }
            List<Activity> activities = List.of();
            List<DroppedRow> dropped = List.of();
            Table activityTable = table(sheets, Schema.ACTIVITY, Schema.ACTIVITY_COLUMNS, english, Activity.ITEM_EN);
            if (activityTable != null && activityTable.complete()) {
                ActivitySheet.Result read = ActivitySheet.read(activityTable, problems, english, stages,
                        factors, info == null ? null : info.annualProduction(), annualField);
                activities = read.activities();
                dropped = read.dropped();
            }
            List<TeamMember> team = List.of();
            Table teamTable = table(sheets, Schema.TEAM, Schema.TEAM_COLUMNS, false, null);
            if (teamTable != null && teamTable.complete()) team = OptionalSheets.team(teamTable, problems);
            List<Improvement> improvements = List.of();
            Table impTable = table(sheets, Schema.IMPROVEMENTS, Schema.IMPROVEMENT_COLUMNS, false, null);
            if (impTable != null && impTable.complete()) {
                improvements = OptionalSheets.improvements(impTable, problems);
            }
            List<Picture> pictures = List.of();
            Page images = sheets.get(Schema.IMAGES);
            if (images != null) pictures = OptionalSheets.pictures(images, problems);
            List<Scenario> scenarios = List.of();
            Table scenarioTable = table(sheets, Schema.SCENARIOS, Schema.SCENARIO_COLUMNS, false, null);
            if (scenarioTable != null && scenarioTable.complete()) {
                scenarios = ScenarioSheet.read(scenarioTable, problems, factors, activities);
            }
            if (!usable) return null;
            return new PcfWorkbook(source, info, stages.stages(), factors.factors(), activities, team, improvements,
                    pictures, problems.warnings(), scenarios, dropped);
        }

        /** The sheet's table, or null when the sheet is absent; an incomplete header makes the workbook unusable. */
        private Table table(Map<SheetDef, Page> sheets, SheetDef def, List<Schema.Column> columns, boolean english,
                            String englishField) {
            Page sheet = sheets.get(def);
            if (sheet == null) return null;
            Table t = Table.of(sheet, columns, problems);
            if (!t.complete()) usable = false;
            if (english && englishField != null && !t.hasColumn(englishField)) {
                problems.warning(null, sheetName(sheet) + ": no " + t.column(englishField).label()
                        + " column: the English report will show the Chinese names");
            }
            return t;
        }

        private static String sheetName(Page sheet) {
            return CellRef.quoteSheet(sheet.name());
        }

        private Map<SheetDef, Page> findSheets() {
            int errors = problems.errorCount();
            Map<SheetDef, Page> found = WorkbookFile.findSheets(wb, fileName, Schema.SHEETS, "", problems);
            if (problems.errorCount() > errors) usable = false;
            return found;
        }
    }
}
