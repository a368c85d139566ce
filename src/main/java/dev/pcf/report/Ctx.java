package dev.pcf.report;

import dev.pcf.model.Activity;
import dev.pcf.model.Factor;
import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.Stage;
import dev.pcf.model.Text;
import dev.pcf.model.ScenarioResult;
import dev.pcf.model.UncertaintyResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every section builder needs: the inputs, the language rule and the number formats, and an index of
 * the workbook's rows (so naming an input does not scan all lines).
 */
record Ctx(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, Lang lang, Rows rows, List<ScenarioResult> scenarios) {
    /**
     * From this many inventory lines on the report is compact: the body shows the {@value #BODY_LINES} largest
     * lines and the remainder, and the full inventory is one short row per line in an appendix.
     */
    static final int COMPACT_FROM = 61;
    /** Lines shown one by one in the body of a compact report. */
    static final int BODY_LINES = 20;

    Ctx(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, Lang lang) {
        this(wb, fp, mc, lang, List.of());
    }

    Ctx(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, Lang lang, List<ScenarioResult> scenarios) {
        this(wb, fp, mc, lang, Rows.of(wb), scenarios);
    }

    /** Whether the report is compact ({@link #COMPACT_FROM}). */
    boolean compact() {
        return fp.lines().size() >= COMPACT_FROM;
    }

    /** The workbook's activity and factor rows by sheet and row number. */
    record Rows(Map<String, Activity> activities, Map<String, Factor> factors) {
        static Rows of(PcfWorkbook wb) {
            Map<String, Activity> a = new HashMap<>();
            for (Activity x : wb.activities()) {
                if (x.cells() != null) a.putIfAbsent(key(x.cells().sheet(), x.cells().row()), x);
            }
            Map<String, Factor> f = new HashMap<>();
            for (Factor x : wb.factors()) {
                if (x.cells() != null) f.putIfAbsent(key(x.cells().sheet(), x.cells().row()), x);
            }
            return new Rows(a, f);
        }

        static String key(String sheet, int row) {
            return row + "\u0000" + sheet;
        }
    }
    ReportInfo info() {
        return wb.info();
    }

    /** kg CO2e at the report's decimals. */
    String kg(double v) {
        return Formats.fixed(v, info().decimals());
    }

    /** Whether any line removes (a negative line, such as a biogenic removal). */
    boolean hasRemovals() {
        return fp.removals() < 0;
    }

    /** A value as a share of the gross emissions (ISO 14067: emissions and removals apart); 0 without emissions. */
    String shareOfGross(double v) {
        double g = fp.grossEmissions();
        return Formats.percent(g == 0 ? 0 : v / g);
    }

    /** The emissions (positive lines) of a stage, kg CO2e per functional unit. */
    double stageEmissions(String code) {
        double sum = 0;
        for (LineResult l : fp.lines()) {
            if (l.kgco2e() > 0 && code.equals(l.activity().stage())) sum += l.kgco2e();
        }
        return sum;
    }

    /** The removals (negative lines) of a stage, ≤ 0. */
    double stageRemovals(String code) {
        double sum = 0;
        for (LineResult l : fp.lines()) {
            if (l.kgco2e() < 0 && code.equals(l.activity().stage())) sum += l.kgco2e();
        }
        return sum;
    }

    /** The product named as in captions: product name and model. */
    Text product() {
        Text n = info().productName();
        String m = info().model() == null ? "" : info().model();
        return new Text(join(n.zh(), m), n.en().isEmpty() ? "" : join(n.en(), m));
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) return b;
        return b.isEmpty() || a.contains(b) ? a : a + " " + b;
    }

    /** A stage's name in the mode's language(s); the code when the workbook has no such stage. */
    String stageName(String code) {
        Stage s = wb.stage(code);
        return s == null ? code : lang.text(s.name());
    }

    /** A stage's name as Text (for message arguments). */
    Text stageText(String code) {
        Stage s = wb.stage(code);
        return s == null ? new Text(code, code) : s.name();
    }

    /** A line's item in the mode's language(s). */
    String item(LineResult l) {
        return lang.text(l.activity().item());
    }

    /** Company text, or the standard text of {@code key} when the company gave none. */
    Block.Para textOr(Text t, String key, Object... args) {
        return t == null || t.isEmpty() ? lang.para("", key, args) : lang.para("", t);
    }

    /** A dated value in both languages. */
    Lang.L date(java.time.LocalDate d) {
        return new Lang.L(Formats.dateZh(d), Formats.dateEn(d));
    }
}
