package dev.pcf.verification;

import dev.pcf.model.CellRef;
import dev.pcf.model.Problem;
import dev.pcf.model.SourceFile;
import dev.pcf.model.Verification;
import dev.pcf.model.Verification.Finding;
import dev.pcf.reader.Headers;
import dev.pcf.reader.Limits;
import dev.pcf.reader.SafeOpen;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that tie a verification workbook to the company's workbook and its calculated total:
 * every finding's cell must exist in the company's workbook (its sheet, inside the sheet's used
 * range), and a reported total that differs from the verified one by more than the materiality
 * is a warning with a positive conclusion.
 */
public final class VerificationRules {
    private VerificationRules() {}

    /** {@code 'Sheet name'!D4}, {@code Sheet!$D$4} or {@code Sheet name!D4}. */
    private static final Pattern CELL = Pattern.compile("(?:'((?:[^']|'')+)'|([^!']+))!\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");

    /**
     * Checks the verification against the company's workbook.
     *
     * @param v             the verification as read
     * @param company       the company's workbook file (its original bytes)
     * @param verifiedTotal the calculated total, kgCO2e per functional unit (NaN: check the cells only)
     * @return the problems, each at its cell of the verification workbook
     */
    public static List<Problem> check(Verification v, SourceFile company, double verifiedTotal) {
        List<Problem> problems = new ArrayList<>();
        boolean anyCell = v.findings().stream().anyMatch(f -> !f.cell().isEmpty());
        if (anyCell) {
            String name = company.fileName();
            Limits.withLargeStack(name, () -> {
                cells(v, company, problems);
                return null;
            });
        }
        problems.addAll(checkTotal(v, verifiedTotal));
        return problems;
    }

    /**
     * The materiality rule alone: a warning when the reported total differs from the verified total
     * by more than the materiality while the conclusion is positive. Nothing when the total is NaN.
     */
    public static List<Problem> checkTotal(Verification v, double verifiedTotal) {
        List<Problem> problems = new ArrayList<>();
        if (Double.isNaN(verifiedTotal)) return problems;
        Double diff = v.differencePct(verifiedTotal);
        if (diff != null && Math.abs(diff) > v.materialityPct() && v.conclusion() == Verification.Conclusion.POSITIVE) {
            problems.add(Problem.warning(v.cell("reportedTotal"), String.format(Locale.ROOT,
                    "the reported total %s kgCO2e differs from the verified total %.4f kgCO2e by %+.2f %%, more than the "
                            + "materiality of %s %%, yet the conclusion is positive: the conclusion text should say why it was accepted",
                    plain(v.reportedTotal()), verifiedTotal, diff, plain(v.materialityPct()))));
        }
        return problems;
    }

    private static void cells(Verification v, SourceFile company, List<Problem> problems) {
        SafeOpen.Opened opened = SafeOpen.open(company.bytes(), company.fileName());
        try (Workbook wb = opened.workbook()) {
            if (wb == null) return;     // the company workbook's own problems are reported by its reader
            for (Finding f : v.findings()) {
                if (f.cell().isEmpty()) continue;
                CellRef at = f.cellAt();
                String problem = missing(wb, f.cell(), company.fileName());
                if (problem != null) problems.add(Problem.error(at, "finding " + f.id() + ": " + problem));
            }
        } catch (IOException e) {
            // closing a workbook read from memory does not fail in practice; nothing to report
        }
    }

    /** Why the reference does not name an existing cell of the workbook, or null when it does. */
    static String missing(Workbook wb, String ref, String fileName) {
        Matcher m = CELL.matcher(ref.strip());
        if (!m.matches()) {
            return "the cell \"" + ref + "\" is not a cell reference such as '活动数据 Activity'!D4";
        }
        String sheetName = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2).strip();
        Sheet sheet = sheet(wb, sheetName);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
        if (sheet == null) {
            return "the cell " + ref + " names sheet \"" + sheetName + "\", which " + fileName + " does not have (sheets: "
                    + String.join(", ", names) + ")";
        }
        int col = CellReference.convertColStringToIndex(m.group(3).toUpperCase(Locale.ROOT));
        int row = Integer.parseInt(m.group(4)) - 1;
        int lastRow = sheet.getLastRowNum();
        int lastCol = -1;
        for (Row r : sheet) lastCol = Math.max(lastCol, r.getLastCellNum() - 1);
        if (row < 0 || row > lastRow || col > lastCol) {
            String used = lastRow < 0 || lastCol < 0 ? "it is empty"
                    : "its cells are A1:" + CellRef.columnLetters(lastCol) + (lastRow + 1);
            return "the cell " + ref + " is outside the used part of sheet " + CellRef.quoteSheet(sheet.getSheetName())
                    + " in " + fileName + " (" + used + ")";
        }
        return null;
    }

    /** The sheet by its exact name, else by its Chinese or English part. */
    private static Sheet sheet(Workbook wb, String name) {
        Sheet exact = wb.getSheet(name);
        if (exact != null) return exact;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String n = wb.getSheetName(i);
            int sp = n.indexOf(' ');
            if (sp > 0 && Headers.matches(name, n.substring(0, sp), n.substring(sp + 1))) return wb.getSheetAt(i);
        }
        return null;
    }

    private static String plain(double d) {
        return dev.pcf.reader.CellValue.plain(d);
    }
}
