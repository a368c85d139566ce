package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.reader.CellValue.Blank;
import dev.pcf.reader.CellValue.Bool;
import dev.pcf.reader.CellValue.Err;
import dev.pcf.reader.CellValue.Failed;
import dev.pcf.reader.CellValue.Num;
import dev.pcf.reader.CellValue.Str;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reading of one cell value, reporting what is wrong in the contract's message shape:
 * {@code '活动数据 Activity'!D7: 数量 Amount must be a number, found "abc"}. Every method returns
 * null when the cell is blank or wrong (and then has reported the problem).
 */
final class Values {
    private Values() {}

    /** Optional sign, digits with valid thousands grouping or none, decimals, exponent, percent. */
    private static final Pattern NUMBER = Pattern.compile(
            "([+-])?(\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.(\\d*))?(?:[eE]([+-]?\\d{1,3}))?\\s*(%)?");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");

    /** A parsed number: {@code percent} when written with % or shown with a percent format (value is then the fraction). */
    record Number(double value, boolean percent) {}

    /** Text of a cell: numbers as plain decimals, formulas evaluated; "" when blank; null after a failed formula. */
    static String text(CellRef at, String label, CellValue v, Problems problems) {
        if (v instanceof Failed f) {
            problems.error(at, label + ": formula =" + f.formula() + " " + f.reason());
            return null;
        }
        return v.text();
    }

    /** A finite number from a numeric cell, a formula or number text; null when blank or wrong. */
    static Number number(CellRef at, String label, CellValue v, Problems problems) {
        return switch (v) {
            case Blank b -> null;
            case Num n when Double.isFinite(n.value()) -> new Number(n.value(), n.percent());
            case Str s -> {
                Number n = parse(s.text());
                if (n == null) problems.error(at, label + " must be a number, found " + v.found() + commaHint(s.text()));
                yield n;
            }
            case Failed f -> {
                problems.error(at, label + ": formula =" + f.formula() + " " + f.reason());
                yield null;
            }
            default -> {
                problems.error(at, label + " must be a number, found " + v.found());
                yield null;
            }
        };
    }

    /**
     * For number text with a comma that is not a thousands separator ({@code "12,5"}): that a comma is
     * read only as one and that the decimal point is {@code .}, with the number meant if the comma was
     * a decimal comma; otherwise empty.
     */
    static String commaHint(String raw) {
        String t = raw.strip().replace('，', ',');
        if (t.indexOf(',') < 0) return "";
        String hint = "; a comma is read only as a thousands separator (1,234.5) and the decimal point is \".\"";
        if (t.indexOf(',') == t.lastIndexOf(',') && t.indexOf('.') < 0) {
            Number meant = parse(t.replace(',', '.'));
            if (meant != null) return hint + ": write " + t.replace(',', '.') + " if a decimal comma is meant";
        }
        return hint;
    }

    /** Parses number text; null when it is not one. Full-width digits and signs are accepted. */
    static Number parse(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (char c : raw.strip().toCharArray()) {
            if (c >= '０' && c <= '９') sb.append((char) (c - '０' + '0'));
            else if (c == '．') sb.append('.');
            else if (c == '，') sb.append(',');
            else if (c == '％') sb.append('%');
            else if (c == '－' || c == '−') sb.append('-');
            else if (c == '＋') sb.append('+');
            else sb.append(c);
        }
        Matcher m = NUMBER.matcher(sb.toString());
        if (!m.matches()) return null;
        String whole = m.group(2);
        String frac = m.group(3) == null ? "" : m.group(3);
        if (whole.isEmpty() && frac.isEmpty()) return null;
        String digits = (whole.isEmpty() ? "0" : whole.replace(",", "")) + (frac.isEmpty() ? "" : "." + frac);
        BigDecimal d = new BigDecimal(digits);
        if (m.group(4) != null) d = d.scaleByPowerOfTen(Integer.parseInt(m.group(4)));
        if ("-".equals(m.group(1))) d = d.negate();
        boolean percent = m.group(5) != null;
        if (percent) d = d.movePointLeft(2);
        double value = d.doubleValue();
        return Double.isFinite(value) ? new Number(value, percent) : null;
    }

    /** A value of the ±% column in percent: 5, "5%" and 0.05 formatted as 5 % all give 5. */
    static Double percent(CellRef at, String label, CellValue v, Problems problems) {
        Number n = number(at, label, v, problems);
        if (n == null) return null;
        return n.percent() ? BigDecimal.valueOf(n.value()).movePointRight(2).doubleValue() : n.value();
    }

    /** A plain number (a percentage given as text is already a fraction: "12.5%" = 0.125). */
    static Double plainNumber(CellRef at, String label, CellValue v, Problems problems) {
        Number n = number(at, label, v, problems);
        return n == null ? null : n.value();
    }

    /** A whole number; null when blank or wrong. */
    static Long integer(CellRef at, String label, CellValue v, Problems problems) {
        int before = problems.errorCount();
        Number n = number(at, label, v, problems);
        if (n == null) {
            if (problems.errorCount() == before && !v.isBlank()) {
                problems.error(at, label + " must be a whole number, found " + v.found());
            }
            return null;
        }
        double d = n.value();
        if (n.percent() || d != Math.rint(d) || Math.abs(d) > 9.0e15) {
            problems.error(at, label + " must be a whole number, found " + v.found());
            return null;
        }
        return (long) d;
    }

    /** A date from a date cell or yyyy-mm-dd (also yyyy/mm/dd, yyyy.mm.dd, yyyy年m月d日) text. */
    static LocalDate date(CellRef at, String label, CellValue v, Problems problems) {
        String expected = label + " must be a date (a date cell or yyyy-mm-dd), found ";
        switch (v) {
            case Blank b -> {
                return null;
            }
            case Num n when n.date() != null -> {
                return n.date();
            }
            case Str s -> {
                Matcher m = DATE.matcher(s.text());
                if (m.matches()) {
                    try {
                        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)));
                    } catch (DateTimeException e) {
                        problems.error(at, label + " is not a valid date, found " + v.found());
                        return null;
                    }
                }
                problems.error(at, expected + v.found());
                return null;
            }
            case Failed f -> {
                problems.error(at, label + ": formula =" + f.formula() + " " + f.reason());
                return null;
            }
            default -> {
                problems.error(at, expected + v.found());
                return null;
            }
        }
    }

    /** A word from a vocabulary; an unknown word is an error listing the accepted ones. */
    static <T> T choice(CellRef at, String label, CellValue v, Vocabulary<T> vocabulary, Problems problems) {
        String t = text(at, label, v, problems);
        if (t == null || t.isEmpty()) return null;
        T value = vocabulary.lookup(t);
        if (value == null) {
            problems.error(at, label + " must be one of " + vocabulary.accepted() + ", found " + v.found());
        }
        return value;
    }
}
