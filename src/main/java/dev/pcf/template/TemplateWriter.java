package dev.pcf.template;

import dev.pcf.model.FieldKind;

import dev.pcf.workbook.Schema;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.PictureKind;
import dev.pcf.model.Stage;
import dev.pcf.model.TeamMember;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the blank standard workbook of {@code workbook-contract.md} v1 from {@link Schema}:
 * a bilingual Guide, header rows with ★ for required columns and a comment on every header,
 * light-yellow input cells, dropdowns (warning style, so synonyms may be typed), the standard
 * stages and a factor library ({@code factor-library.csv}) prefilled. The output is
 * deterministic: the same code gives the same cells and fixed document properties.
 */
public final class TemplateWriter {
    private TemplateWriter() {}

    /** Rows (below the header) styled as input cells and covered by the dropdowns. */
    static final int INPUT_ROWS = 200;
    /** Rows of the Stages sheet the stage-code dropdown looks at. */
    public static final int STAGE_ROWS = 50;
    /** The fixed creation date written in the document properties. */
    public static final LocalDate DOCUMENT_DATE = LocalDate.of(2026, 1, 1);
    /** Height of a picture row on the Images sheet, in points. */
    static final float PICTURE_ROW_POINTS = 180f;

    /** The standard stages: code, Chinese name, English name. */
    static final List<List<String>> STANDARD_STAGES = List.of(
            List.of("RAW", "原材料获取", "Raw material acquisition"),
            List.of("RAW_TRANSPORT", "原材料运输", "Raw material transport"),
            List.of("PRODUCTION", "产品生产", "Production"),
            List.of("DISTRIBUTION", "成品运输", "Distribution"),
            List.of("USE", "产品使用", "Use"),
            List.of("EOL", "产品处置", "End of life"));

    /**
     * Writes the blank template as .xlsx.
     *
     * @param out receives the workbook; not closed
     * @throws IOException when writing to {@code out} fails
     */
    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = create()) {
            Xlsx.write(wb, out);
        }
    }

    /**
     * Builds the template in memory; the example workbooks ({@code dev.pcf.examples}) fill a copy of it.
     *
     * @return a new workbook the caller owns and closes
     */
    public static XSSFWorkbook create() {
        XSSFWorkbook wb = new XSSFWorkbook();
        TemplateStyles styles = new TemplateStyles(wb);
        for (Schema.SheetDef def : Schema.SHEETS) wb.createSheet(def.title());
        GuideSheet.write(wb.getSheet(Schema.GUIDE.title()), styles);
        reportSheet(wb.getSheet(Schema.REPORT.title()), styles);
        stagesSheet(wb.getSheet(Schema.STAGES.title()), styles);
        factorsSheet(wb.getSheet(Schema.FACTORS.title()), styles);
        activitySheet(wb.getSheet(Schema.ACTIVITY.title()), styles);
        dataSheet(wb.getSheet(Schema.TEAM.title()), styles, Schema.TEAM_COLUMNS, 30);
        dataSheet(wb.getSheet(Schema.IMPROVEMENTS.title()), styles, Schema.IMPROVEMENT_COLUMNS, 30);
        imagesSheet(wb.getSheet(Schema.IMAGES.title()), styles);
        for (Schema.SheetDef def : Schema.SHEETS) printSetup(wb.getSheet(def.title()));
        wb.setActiveSheet(0);
        fixProperties(wb);
        return wb;
    }

    /** A4 landscape, one page wide, header row repeated: a sheet prints legibly. */
    private static void printSetup(XSSFSheet sheet) {
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (!sheet.getSheetName().equals(Schema.GUIDE.title())) {
            sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        }
    }

    private static void fixProperties(XSSFWorkbook wb) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        Date fixed = Date.from(DOCUMENT_DATE.atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
        core.setCreator("pcf");
        core.setLastModifiedByUser("pcf");
        core.setTitle("产品碳足迹数据表 Product carbon footprint workbook (contract v1)");
        wb.getProperties().getExtendedProperties().setApplication("pcf");
    }

    /** Header row with ★ for required columns, a comment on every header, widths and frozen panes. */
    static void header(XSSFSheet sheet, TemplateStyles styles, List<Schema.Column> columns, int frozenCols) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int i = 0; i < columns.size(); i++) {
            Schema.Column c = columns.get(i);
            String text = (c.required() ? "★ " : "") + c.header();
            Cells.put(sheet, 0, i, text, c.required() ? styles.requiredHeader : styles.optionalHeader);
            XSSFComment comment = drawing.createCellComment(new XSSFClientAnchor(0, 0, 0, 0, i + 1, 1, i + 5, 8));
            comment.setString(new XSSFRichTextString(comment(c)));
            comment.setAuthor("pcf");
            Cells.cell(sheet, 0, i).setCellComment(comment);
            sheet.setColumnWidth(i, 256 * width(c));
        }
        sheet.getRow(0).setHeightInPoints(48);
        sheet.createFreezePane(frozenCols, 1);
    }

    static String comment(Schema.Column c) {
        return c.label() + (c.required() ? "（必填 required）" : "") + "\n" + c.helpZh() + "\n" + c.helpEn();
    }

    /** Column widths (characters) where the header length is a poor guide. */
    private static final Map<String, Integer> WIDTHS = Map.of(
            Factor.ID, 28, Activity.FACTOR_ID, 26, Activity.DATA_SOURCE, 30, Activity.STAGE, 16,
            TeamMember.NAME, 16, TeamMember.ROLE, 20, TeamMember.CERTIFICATE, 28, TeamMember.ORGANISATION, 34,
            Factor.NAME_ZH, 44, Factor.NAME_EN, 44);

    private static int width(Schema.Column c) {
        String f = c.field();
        if (WIDTHS.containsKey(f)) return WIDTHS.get(f);
        if (c.kind() == FieldKind.LONG_TEXT) return 70;
        if (f.equals(Factor.SOURCE) || f.equals(Factor.NOTES)) return 48;
        if (f.startsWith("name") || f.startsWith("item") || f.startsWith("included") || f.startsWith("excluded")) return 30;
        int header = Cells.displayWidth(c.header()) / 2 + 4;
        return Math.max(12, Math.min(24, header));
    }

    private static void inputRows(XSSFSheet sheet, TemplateStyles styles, List<Schema.Column> columns, int rows) {
        for (int r = 1; r <= rows; r++) {
            for (int i = 0; i < columns.size(); i++) {
                Cells.cell(sheet, r, i).setCellStyle(styles.input(columns.get(i).kind()));
            }
        }
    }

    /** Dropdowns for every column with fixed choices; Stage code and Factor ID refer to their sheets. */
    private static void dropdowns(XSSFSheet sheet, List<Schema.Column> columns, int rows) {
        for (int i = 0; i < columns.size(); i++) {
            Schema.Column c = columns.get(i);
            if (c.field().equals(Activity.STAGE) && columns == Schema.ACTIVITY_COLUMNS) {
                Validations.range(sheet, i, 1, rows, rangeOf(Schema.STAGES, Schema.STAGE_COLUMNS, Stage.CODE, STAGE_ROWS), c.label());
            } else if (c.field().equals(Activity.FACTOR_ID) && columns == Schema.ACTIVITY_COLUMNS) {
                Validations.range(sheet, i, 1, rows, rangeOf(Schema.FACTORS, Schema.FACTOR_COLUMNS, Factor.ID, INPUT_ROWS), c.label());
            } else if (!c.choices().isEmpty()) {
                Validations.list(sheet, i, 1, rows, c.choices(), c.label());
            }
        }
    }

    /** {@code '生命周期阶段 Stages'!$A$2:$A$51}: the data rows of one column of another sheet. */
    static String rangeOf(Schema.SheetDef sheet, List<Schema.Column> columns, String field, int rows) {
        String col = org.apache.poi.ss.util.CellReference.convertNumToColString(Cells.col(columns, field));
        return "'" + sheet.title() + "'!$" + col + "$2:$" + col + "$" + (rows + 1);
    }

    private static void dataSheet(XSSFSheet sheet, TemplateStyles styles, List<Schema.Column> columns, int rows) {
        header(sheet, styles, columns, 0);
        inputRows(sheet, styles, columns, rows);
        dropdowns(sheet, columns, rows);
    }

    private static void reportSheet(XSSFSheet sheet, TemplateStyles styles) {
        List<Schema.Column> columns = List.of(Schema.FIELD_LABEL, Schema.FIELD_VALUE, Schema.FIELD_NOTE);
        header(sheet, styles, columns, 1);
        sheet.getRow(0).setHeightInPoints(24);
        sheet.setColumnWidth(0, 256 * 42);
        sheet.setColumnWidth(1, 256 * 60);
        sheet.setColumnWidth(2, 256 * 70);
        for (int i = 0; i < Schema.REPORT_FIELDS.size(); i++) {
            Schema.Column f = Schema.REPORT_FIELDS.get(i);
            int r = i + 1;
            Cells.put(sheet, r, 0, fieldLabel(f), styles.label);
            // single-line text values wrap too: addresses and names can be long
            Cells.put(sheet, r, 1, null, styles.input(f.kind() == FieldKind.TEXT ? FieldKind.LONG_TEXT : f.kind()));
            String note = f.helpZh() + "\n" + f.helpEn();
            Cells.put(sheet, r, 2, note, styles.note);
            sheet.getRow(r).setHeightInPoints(15f * Math.max(2, Cells.lines(note, 68)) + 2);
            if (!f.choices().isEmpty()) Validations.list(sheet, 1, r, r, f.choices(), f.label());
        }
    }

    /** The Report sheet's column-A label: {@code ★ 报告编号 / Report No.}. */
    static String fieldLabel(Schema.Column f) {
        return (f.required() ? "★ " : "") + f.zh() + " / " + f.en();
    }

    private static void stagesSheet(XSSFSheet sheet, TemplateStyles styles) {
        List<Schema.Column> cols = Schema.STAGE_COLUMNS;
        header(sheet, styles, cols, 1);
        inputRows(sheet, styles, cols, STAGE_ROWS);
        dropdowns(sheet, cols, STAGE_ROWS);
        for (int i = 0; i < STANDARD_STAGES.size(); i++) {
            List<String> s = STANDARD_STAGES.get(i);
            Cells.put(sheet, i + 1, Cells.col(cols, Stage.CODE), s.get(0), styles.prefilled(FieldKind.TEXT));
            Cells.put(sheet, i + 1, Cells.col(cols, Stage.NAME_ZH), s.get(1), styles.prefilled(FieldKind.TEXT));
            Cells.put(sheet, i + 1, Cells.col(cols, Stage.NAME_EN), s.get(2), styles.prefilled(FieldKind.TEXT));
            Cells.put(sheet, i + 1, Cells.col(cols, Stage.INCLUDED), Schema.YES_NO.get(0), styles.prefilled(FieldKind.CHOICE));
        }
    }

    private static void factorsSheet(XSSFSheet sheet, TemplateStyles styles) {
        List<Schema.Column> cols = Schema.FACTOR_COLUMNS;
        header(sheet, styles, cols, 1);
        inputRows(sheet, styles, cols, INPUT_ROWS);
        dropdowns(sheet, cols, INPUT_ROWS);
        List<Map<String, String>> library = FactorLibrary.rows();
        for (int i = 0; i < library.size(); i++) {
            for (Map.Entry<String, String> e : library.get(i).entrySet()) {
                int c = Cells.col(cols, e.getKey());
                FieldKind kind = cols.get(c).kind();
                Object v = e.getValue().isEmpty() ? null : switch (kind) {
                    case NUMBER, FRACTION, PERCENT, INTEGER -> Double.valueOf(e.getValue());
                    default -> e.getValue();
                };
                if (v != null) Cells.put(sheet, i + 1, c, v, styles.prefilled(kind));
            }
        }
    }

    private static void activitySheet(XSSFSheet sheet, TemplateStyles styles) {
        List<Schema.Column> cols = Schema.ACTIVITY_COLUMNS;
        header(sheet, styles, cols, 1);
        inputRows(sheet, styles, cols, INPUT_ROWS);
        dropdowns(sheet, cols, INPUT_ROWS);
        Validations.atLeast(sheet, Cells.col(cols, Activity.AMOUNT), 1, INPUT_ROWS, 0,
                "数量须 ≥ 0。 The amount must be ≥ 0.");
    }

    private static void imagesSheet(XSSFSheet sheet, TemplateStyles styles) {
        List<Schema.Column> cols = List.of(
                new Schema.Column("label", "图片类型", "Picture", "", true, FieldKind.TEXT, List.of(),
                        "图片类型，请勿修改；图片锚定在本行。", "Which picture; do not change it. The picture is anchored in this row."),
                new Schema.Column("picture", "图片", "Image", "", false, FieldKind.TEXT, List.of(),
                        "将图片粘贴到本行（B 列起），左上角须在本行内。PNG 或 JPEG。",
                        "Paste the picture into this row (from column B); its top-left corner must be in the row. PNG or JPEG."));
        header(sheet, styles, cols, 1);
        sheet.setColumnWidth(0, 256 * 26);
        sheet.setColumnWidth(1, 256 * 64);
        sheet.setColumnWidth(2, 256 * 30);
        PictureKind[] kinds = PictureKind.values();
        for (int i = 0; i < kinds.length; i++) {
            Cells.put(sheet, i + 1, 0, kinds[i].zh() + " " + kinds[i].en(), styles.label);
            Cells.put(sheet, i + 1, 1, null, styles.input(FieldKind.TEXT));
            sheet.getRow(i + 1).setHeightInPoints(PICTURE_ROW_POINTS);
        }
        Cells.put(sheet, kinds.length + 2, 0,
                "图片锚定在其标签所在行；报告中无图片的章节会省略该图。 Each picture is anchored in the row of its label; a report section without its picture omits the figure.",
                styles.text);
        sheet.addMergedRegion(new CellRangeAddress(kinds.length + 2, kinds.length + 2, 0, 2));
        sheet.getRow(kinds.length + 2).setHeightInPoints(32);
    }
}
