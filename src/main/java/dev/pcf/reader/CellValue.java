package dev.pcf.reader;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;

import java.time.LocalDate;

/**
 * What a cell holds once any formula is evaluated. Formulas are evaluated with POI's evaluator;
 * a formula that refers to another workbook is never followed.
 */
public sealed interface CellValue {

    /** An empty cell, or text of spaces only. */
    record Blank() implements CellValue {}

    /** Text, stripped. */
    record Str(String text) implements CellValue {}

    /**
     * A number.
     *
     * @param value   the cell's value
     * @param percent whether the cell's number format shows it as a percentage
     * @param date    the date, when the cell is formatted as a date; else null
     */
    record Num(double value, boolean percent, LocalDate date) implements CellValue {}

    record Bool(boolean value) implements CellValue {}

    /** An error value such as {@code #DIV/0!}. */
    record Err(String code) implements CellValue {}

    /** A formula that could not be evaluated; {@code reason} reads after "formula =… ". */
    record Failed(String formula, String reason) implements CellValue {}

    Blank BLANK = new Blank();

    static CellValue of(Cell cell, FormulaEvaluator evaluator) {
        if (cell == null) return BLANK;
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            String formula = cell.getCellFormula();
            if (Limits.isExternal(formula)) {
                return new Failed(formula, "refers to another workbook or program; external links are not followed, enter the value instead");
            }
            try {
                org.apache.poi.ss.usermodel.CellValue v = evaluator.evaluate(cell);
                if (v == null) return BLANK;
                return switch (v.getCellType()) {
                    case NUMERIC -> number(cell, v.getNumberValue());
                    case STRING -> str(v.getStringValue());
                    case BOOLEAN -> new Bool(v.getBooleanValue());
                    case ERROR -> new Err(FormulaError.forInt(v.getErrorValue()).getString());
                    default -> BLANK;
                };
            } catch (RuntimeException e) {
                return new Failed(formula, "could not be evaluated (" + reason(e) + ")");
            }
        }
        return switch (type) {
            case NUMERIC -> number(cell, cell.getNumericCellValue());
            case STRING -> str(cell.getStringCellValue());
            case BOOLEAN -> new Bool(cell.getBooleanCellValue());
            case ERROR -> new Err(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> BLANK;
        };
    }

    /** The innermost cause in the user's terms: POI wraps it in "Error evaluating cell …". */
    private static String reason(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root instanceof org.apache.poi.ss.formula.eval.NotImplementedFunctionException f) {
            return f.getFunctionName() + " is not a function the reader can evaluate";
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Text as a cell value: stripped; blank when nothing is left (or null). */
    static CellValue str(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? BLANK : new Str(t);
    }

    private static CellValue number(Cell cell, double v) {
        String fmt = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        boolean percent = fmt != null && fmt.replaceAll("\"[^\"]*\"", "").contains("%");
        LocalDate date = null;
        if (!percent && Double.isFinite(v) && DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(v)) {
            date = DateUtil.getLocalDateTime(v, uses1904(cell.getSheet().getWorkbook())).toLocalDate();
        }
        return new Num(v, percent, date);
    }

    private static boolean uses1904(org.apache.poi.ss.usermodel.Workbook wb) {
        return switch (wb) {
            case org.apache.poi.xssf.usermodel.XSSFWorkbook x -> x.isDate1904();
            case org.apache.poi.hssf.usermodel.HSSFWorkbook h -> h.getInternalWorkbook().isUsing1904DateWindowing();
            default -> false;
        };
    }

    /** Whether the cell says nothing. */
    default boolean isBlank() {
        return this instanceof Blank;
    }

    /** The value as text: numbers without a trailing {@code .0}, booleans TRUE/FALSE, errors as their code. */
    default String text() {
        return switch (this) {
            case Blank b -> "";
            case Str s -> s.text();
            case Num n -> n.date() != null ? n.date().toString() : plain(n.value());
            case Bool b -> b.value() ? "TRUE" : "FALSE";
            case Err e -> e.code();
            case Failed f -> "=" + f.formula();
        };
    }

    /** How the value is quoted in a message: text in quotes, other values as shown. */
    default String found() {
        return switch (this) {
            case Blank b -> "an empty cell";
            case Str s -> "\"" + s.text() + "\"";
            default -> text();
        };
    }

    /** A number as plain decimal text, Locale-free: 1234.5, 0.05, 12. */
    static String plain(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        return dev.pcf.model.Numbers.plain(v);
    }
}
