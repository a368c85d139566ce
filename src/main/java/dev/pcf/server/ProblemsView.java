package dev.pcf.server;

import dev.pcf.model.CellRef;
import dev.pcf.model.Problem;
import dev.pcf.model.RowValues;
import dev.pcf.server.Texts.Lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A workbook's problems on the page: a summary with the button for the annotated workbook, then
 * every problem grouped by sheet and, within a sheet, by row, each row shown with its values
 * (the problem cells marked) so the user sees what is wrong. Problems without a cell come first,
 * under the file's name. The messages are the command line's.
 */
final class ProblemsView {
    private ProblemsView() {}

    static void render(Html h, Lang lang, Job job) {
        List<Problem> problems = job.problems;
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        h.raw("<section class=\"card problems\" id=\"problems\">")
                .el("h2", "", Texts.get(lang, "problems.title", job.fileName))
                .el("p", "class=\"summary\" id=\"problem-count\"", Texts.get(lang, "problems.count", errors, warnings))
                .el("p", "class=\"explain\"", Texts.get(lang, "problems.explain"));
        if (job.upload != null) {
            h.raw("<p class=\"actions\"><a class=\"button\" id=\"annotated\" ")
                    .raw(Html.attr("href", "/jobs/" + job.id + "/annotated.xlsx")).raw(" download>")
                    .text(Texts.get(lang, "problems.annotated")).raw("</a></p>");
        }
        Map<String, Map<Integer, List<Problem>>> bySheet = group(problems);
        Map<CellRef, RowValues> rows = new LinkedHashMap<>();
        for (RowValues r : job.rows) rows.put(r.rowRef(), r);
        for (var sheet : bySheet.entrySet()) {
            boolean file = sheet.getKey() == null;
            h.raw("<section class=\"sheet\">").el("h3", "", file ? Texts.get(lang, "problems.file", job.fileName) : sheet.getKey());
            for (var row : sheet.getValue().entrySet()) {
                h.raw("<div class=\"row-block\">");
                if (!file) h.el("h4", "", Texts.get(lang, "problems.row", Integer.toString(row.getKey() + 1)));
                h.raw("<ul class=\"list\">");
                for (Problem p : row.getValue()) item(h, lang, p);
                h.raw("</ul>");
                RowValues values = file ? null : rows.get(new CellRef(sheet.getKey(), row.getKey(), 0));
                if (values != null) rowTable(h, lang, values, row.getValue());
                h.raw("</div>");
            }
            h.raw("</section>");
        }
        h.raw("</section>\n");
    }

    private static void item(Html h, Lang lang, Problem p) {
        String sev = p.isError() ? "error" : "warning";
        h.raw("<li ").raw(Html.attr("class", "problem " + sev)).raw("><span ").raw(Html.attr("class", "badge " + sev)).raw(">")
                .text(Texts.get(lang, "severity." + sev)).raw("</span> ");
        if (p.cell() != null) h.el("code", "class=\"cell\"", p.cell().toString());
        h.raw(" <span class=\"message\">").text(p.message()).raw("</span></li>");
    }

    private static void rowTable(Html h, Lang lang, RowValues values, List<Problem> problems) {
        List<RowValues.Cell> shown = window(values.cells(), problems);
        h.raw("<div class=\"scroll\"><table class=\"row-values\"><caption>").text(Texts.get(lang, "problems.values"))
                .raw("</caption><thead><tr>");
        for (RowValues.Cell c : shown) {
            if (c == null) {
                h.raw("<th class=\"gap\" aria-hidden=\"true\">…</th>");
                continue;
            }
            h.raw("<th scope=\"col\"><span class=\"col\">").text(CellRef.columnLetters(c.column())).raw("</span> ")
                    .text(c.header()).raw("</th>");
        }
        h.raw("</tr></thead><tbody><tr>");
        for (RowValues.Cell c : shown) {
            if (c == null) {
                h.raw("<td class=\"gap\" aria-hidden=\"true\">…</td>");
                continue;
            }
            String cls = "";
            for (Problem p : problems) {
                if (p.cell() != null && p.cell().column() == c.column()) {
                    cls = p.isError() ? "error" : cls.isEmpty() ? "warning" : cls;
                }
            }
            // the label repeats the column head for the phone layout, where the head row is hidden
            h.raw("<td ").raw(Html.attr("data-label", CellRef.columnLetters(c.column()) + " " + c.header()))
                    .raw(cls.isEmpty() ? "" : " " + Html.attr("class", cls)).raw(">").text(c.value()).raw("</td>");
        }
        h.raw("</tr></tbody></table></div>");
    }

    /**
     * The cells worth showing: the first two (they name the row: stage and item, field name) and
     * each problem cell with its neighbours; null marks left-out columns. Keeps a 22-column row
     * readable on a phone.
     */
    static List<RowValues.Cell> window(List<RowValues.Cell> cells, List<Problem> problems) {
        java.util.Set<Integer> keep = new java.util.HashSet<>(List.of(0, 1));
        for (Problem p : problems) {
            if (p.cell() == null) continue;
            for (int d = -1; d <= 1; d++) keep.add(p.cell().column() + d);
        }
        List<RowValues.Cell> out = new ArrayList<>();
        boolean gap = false;
        for (RowValues.Cell c : cells) {
            if (keep.contains(c.column())) {
                if (gap) out.add(null);
                out.add(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        if (gap) out.add(null);
        return out;
    }

    /** Sheet (null: no cell) → row → problems, sheets in order of first mention, rows ascending, cells by column. */
    static Map<String, Map<Integer, List<Problem>>> group(List<Problem> problems) {
        Map<String, Map<Integer, List<Problem>>> out = new LinkedHashMap<>();
        for (Problem p : problems) {
            if (p.cell() == null) out.computeIfAbsent(null, k -> new TreeMap<>()).computeIfAbsent(-1, k -> new ArrayList<>()).add(p);
        }
        for (Problem p : problems) {
            if (p.cell() == null) continue;
            out.computeIfAbsent(p.cell().sheet(), k -> new TreeMap<>())
                    .computeIfAbsent(p.cell().row(), k -> new ArrayList<>()).add(p);
        }
        for (var rows : out.values()) {
            for (List<Problem> list : rows.values()) list.sort(Comparator.comparingInt(p -> p.cell() == null ? -1 : p.cell().column()));
        }
        return out;
    }
}
