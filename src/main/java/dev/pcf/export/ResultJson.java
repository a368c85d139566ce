package dev.pcf.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.Footprint;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.ScenarioResult;
import dev.pcf.model.SensitivityResult;
import dev.pcf.model.StageResult;
import dev.pcf.model.UncertaintyResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable result of {@code pcf calc --json} ({@code cli-contract.md}, schema
 * {@code pcf-result/1}): the contract's required fields plus extra detail. Numbers are unrounded
 * doubles; non-finite values are written as null. The same JSON is embedded in the PDF report.
 */
public final class ResultJson {
    public static final String SCHEMA = "pcf-result/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Two-space indent and \n line ends on every platform, so the bytes are reproducible. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private ResultJson() {}

    /**
     * The JSON text.
     *
     * @param wb       the workbook read
     * @param fp       its deterministic footprint
     * @param mc       the Monte Carlo result, or null when not run (the {@code uncertainty} block is then absent)
     * @param warnings every warning of the run (reader, calculation, uncertainty)
     */
    public static String write(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, List<Problem> warnings) {
        return write(wb, fp, mc, warnings, List.of());
    }

    /**
     * The JSON text with the scenarios of the Scenarios sheet ({@code scenarios}, cli-contract v1.1).
     *
     * @param scenarios the scenarios calculated, in sheet order (empty: the field is an empty list)
     */
    public static String write(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, List<Problem> warnings,
                               List<ScenarioResult> scenarios) {
        try {
            Map<String, Object> root = tree(wb, fp, mc, warnings);
            List<Object> list = new ArrayList<>();
            for (ScenarioResult s : scenarios) list.add(scenario(s));
            Object w = root.remove("warnings");
            root.put("scenarios", list);
            root.put("warnings", w);
            return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result JSON", e);
        }
    }

    /**
     * The JSON text of a verified report: {@link #write} plus a {@code verification} block (see
     * {@link VerificationJson}).
     *
     * @param verification the verification, or null for a study report
     */
    public static String write(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, List<Problem> warnings,
                               dev.pcf.model.Verification verification) {
        Map<String, Object> root = tree(wb, fp, mc, warnings);
        if (verification != null) root.put("verification", VerificationJson.tree(verification, fp.total()));
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result JSON", e);
        }
    }

    /** The JSON as a tree of maps, lists, strings and numbers (insertion-ordered). */
    public static Map<String, Object> tree(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, List<Problem> warnings) {
        var info = wb.info();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("workbook", obj("file", wb.source().fileName(), "sha256", wb.source().sha256()));
        root.put("report_no", info.reportNo());
        root.put("product", obj("name_zh", info.productName().zh(), "name_en", info.productName().en(),
                "model", info.model()));
        root.put("manufacturer", obj("zh", info.manufacturer().zh(), "en", info.manufacturer().en()));
        root.put("functional_unit", obj("zh", info.functionalUnit().zh(), "en", info.functionalUnit().en()));
        root.put("system_boundary", info.boundary() == null ? null : info.boundary().code());
        root.put("reference_period", obj("start", str(info.periodStart()), "end", str(info.periodEnd())));
        root.put("gwp_set", fp.gwpSet().name());
        root.put("total_kgco2e", num(fp.total()));
        // v1.1: emissions and removals apart (ISO 14067); total = gross + removals
        root.put("gross_emissions_kgco2e", num(fp.grossEmissions()));
        root.put("removals_kgco2e", num(fp.removals()));

        List<Object> stages = new ArrayList<>();
        for (StageResult s : fp.stages()) {
            stages.add(obj("code", s.stage().code(), "name_zh", s.stage().name().zh(), "name_en", s.stage().name().en(),
                    "kgco2e", num(s.kgco2e()), "share", num(s.share())));
        }
        root.put("stages", stages);

        Map<String, Object> byGas = new LinkedHashMap<>();
        fp.byGas().forEach((g, v) -> byGas.put(g, num(v)));
        root.put("by_gas", byGas);
        Map<String, Object> byOrigin = new LinkedHashMap<>();
        for (CarbonOrigin o : CarbonOrigin.values()) {
            byOrigin.put(o.jsonKey(), num(fp.byOrigin().getOrDefault(o, 0.0)));
        }
        root.put("by_origin", byOrigin);

        List<Object> lines = new ArrayList<>();
        for (LineResult l : fp.lines()) {
            var a = l.activity();
            Map<String, Object> line = obj("cell", a.cells().rowRef().toString(), "stage", a.stage(),
                    "item_zh", a.item().zh(), "item_en", a.item().en(), "factor_id", a.factorId(),
                    "amount", num(a.amount()), "amount_per_unit", num(l.amountPerUnit()), "unit", a.unit(),
                    "basis", a.basis().name().toLowerCase(java.util.Locale.ROOT), "allocation", num(a.allocation()),
                    "data_type", a.dataType() == null ? null : a.dataType().name().toLowerCase(java.util.Locale.ROOT),
                    "factor_value", num(l.factorValue()), "factor_unit", l.factor().unit(),
                    "conversion", num(l.conversion()), "gas", l.gas(), "gwp", num(l.gwp()),
                    "origin", l.origin().code(), "gas_kg", num(l.gasKg()), "kgco2e", num(l.kgco2e()),
                    "share", num(fp.total() == 0 ? 0 : l.kgco2e() / fp.total()));
            lines.add(line);
        }
        root.put("lines", lines);

        var cut = fp.cutOff();
        List<Object> small = new ArrayList<>();
        for (LineResult l : cut.smallLines()) small.add(l.activity().cells().rowRef().toString());
        root.put("cut_off", obj("line_threshold", num(cut.lineThreshold()), "sum_threshold", num(cut.sumThreshold()),
                "small_lines", small, "small_kgco2e", num(cut.smallSum()), "small_share", num(cut.smallShare()),
                "passed", cut.passed()));
        root.put("primary_data_share", num(fp.primaryDataShare()));

        if (mc != null) {
            root.put("uncertainty", uncertainty(mc));
        }
        List<Object> w = new ArrayList<>();
        for (Problem p : warnings) w.add(p.toString());
        root.put("warnings", w);
        return root;
    }

    private static Map<String, Object> uncertainty(UncertaintyResult mc) {
        var t = mc.total();
        Map<String, Object> u = obj("iterations", mc.iterations(), "seed", mc.seed(), "converged", mc.converged(),
                "adaptive", mc.adaptive(), "tolerance", num(mc.tolerance()));
        u.putAll(summary(t));
        List<Object> st = new ArrayList<>();
        for (var s : mc.stages()) {
            Map<String, Object> m = obj("code", s.code());
            m.putAll(summary(s.summary()));
            st.add(m);
        }
        u.put("stages", st);
        List<Object> contributions = new ArrayList<>();
        for (var c : mc.contributions()) {
            contributions.add(obj("input", c.label(), "cell", c.cell() == null ? null : c.cell().toString(),
                    "kind", c.kind().name().toLowerCase(java.util.Locale.ROOT), "share", num(c.share()),
                    "analytic_share", num(c.analyticShare())));
        }
        u.put("contributions", contributions);
        if (mc.approach1() != null) {
            u.put("ipcc_approach1", obj("relative_half_width_pct", num(mc.approach1().relativeHalfWidthPct()),
                    "low", num(mc.approach1().low()), "high", num(mc.approach1().high())));
        }
        u.put("resampled_share", num(mc.resampledShare()));
        if (mc.sensitivity() != null) u.put("sensitivity", sensitivity(mc.sensitivity()));
        return u;
    }

    private static Map<String, Object> scenario(ScenarioResult r) {
        var s = r.scenario();
        List<Object> stages = new ArrayList<>();
        for (StageResult st : r.footprint().stages()) stages.add(obj("code", st.stage().code(), "kgco2e", num(st.kgco2e())));
        List<Object> changes = new ArrayList<>();
        for (var c : s.changes()) {
            changes.add(obj("cell", str(c.cells().rowRef()), "change", c.kind().code(), "target", c.targetText(),
                    "value", c.valueText(), "rationale", c.rationale()));
        }
        Map<String, Object> m = obj("id", s.id(), "name_zh", s.name().zh(), "name_en", s.name().en(),
                "rationale", s.rationale(), "total_kgco2e", num(r.footprint().total()), "delta_kgco2e", num(r.delta()),
                "delta_pct", num(r.deltaPct()), "stages", stages, "changes", changes);
        if (r.pairedIterations() > 0) {
            m.put("p_lower", num(r.pLower()));
            m.put("paired_iterations", r.pairedIterations());
        }
        return m;
    }

    private static Map<String, Object> sensitivity(SensitivityResult s) {
        List<Object> indices = new ArrayList<>();
        for (var x : s.indices()) {
            indices.add(obj("cell", str(x.cell()), "kind", x.kind().name().toLowerCase(java.util.Locale.ROOT),
                    "input", x.label(), "first", num(x.first()), "first_ci", java.util.Arrays.asList(num(x.firstLow()), num(x.firstHigh())),
                    "total", num(x.total()), "total_ci", java.util.Arrays.asList(num(x.totalLow()), num(x.totalHigh()))));
        }
        List<Object> tornado = new ArrayList<>();
        for (var t : s.tornado()) {
            tornado.add(obj("cell", str(t.cell()), "kind", t.kind().name().toLowerCase(java.util.Locale.ROOT),
                    "input", t.label(), "low_kgco2e", num(t.low()), "high_kgco2e", num(t.high())));
        }
        return obj("method", s.method(), "base_samples", s.baseSamples(), "seed", s.seed(),
                "bootstrap_resamples", s.resamples(), "indices", indices, "tornado", tornado);
    }

    static Map<String, Object> summary(UncertaintyResult.Summary s) {
        return obj("deterministic", num(s.deterministic()), "mean", num(s.mean()), "median", num(s.median()),
                "sd", num(s.sd()), "cv", num(s.cv()), "p2_5", num(s.low()), "p97_5", num(s.high()),
                "minus_pct", num(s.minusPct()), "plus_pct", num(s.plusPct()), "se_mean", num(s.seMean()),
                "se_p2_5", num(s.seLow()), "se_p97_5", num(s.seHigh()));
    }

    static Object num(double v) {
        return Double.isFinite(v) ? (Object) v : null;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
