package dev.pcf.template;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * Dropdowns of the standard workbook. Every one uses the warning error style: the reader accepts
 * synonyms (千瓦时, 公斤, 是…) that are not in the list, so Excel must let the user keep them.
 */
final class Validations {
    private Validations() {}

    /** A dropdown of fixed choices on rows {@code firstRow..lastRow} (0-based) of one column. */
    static void list(XSSFSheet sheet, int col, int firstRow, int lastRow, List<String> choices, String what) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint c = helper.createExplicitListConstraint(choices.toArray(String[]::new));
        add(sheet, helper, c, col, firstRow, lastRow, what);
    }

    /** A dropdown whose choices are a cell range, e.g. {@code '生命周期阶段 Stages'!$A$2:$A$51}. */
    static void range(XSSFSheet sheet, int col, int firstRow, int lastRow, String rangeFormula, String what) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint c = helper.createFormulaListConstraint(rangeFormula);
        add(sheet, helper, c, col, firstRow, lastRow, what);
    }

    /** A warning when a number is below {@code min}. */
    static void atLeast(XSSFSheet sheet, int col, int firstRow, int lastRow, double min, String what) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint c = helper.createDecimalConstraint(
                DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, Double.toString(min), null);
        DataValidation dv = helper.createValidation(c, new CellRangeAddressList(firstRow, lastRow, col, col));
        dv.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        dv.setShowErrorBox(true);
        dv.createErrorBox("请检查 Check", what);
        dv.setEmptyCellAllowed(true);
        sheet.addValidationData(dv);
    }

    private static void add(XSSFSheet sheet, XSSFDataValidationHelper helper, DataValidationConstraint c,
                            int col, int firstRow, int lastRow, String what) {
        DataValidation dv = helper.createValidation(c, new CellRangeAddressList(firstRow, lastRow, col, col));
        dv.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        // XSSF inverts this flag: true shows the in-cell dropdown arrow
        dv.setSuppressDropDownArrow(true);
        dv.setShowErrorBox(true);
        dv.createErrorBox("不在列表中 Not in the list",
                "该值不在下拉列表中。若为同义词（如 千瓦时、公斤、是）可保留，读取时会识别；否则请从列表选择。"
                        + " Not in the list. Keep it if it is a synonym the tool knows (e.g. 千瓦时); otherwise pick from the list.");
        dv.setShowPromptBox(true);
        dv.createPromptBox(truncate(what, 32), "请从下拉列表选择 Pick from the list");
        dv.setEmptyCellAllowed(true);
        sheet.addValidationData(dv);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
