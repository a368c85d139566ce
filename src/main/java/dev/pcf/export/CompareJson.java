package dev.pcf.export;

import static dev.pcf.export.ResultJson.num;
import static dev.pcf.export.ResultJson.obj;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pcf.model.Comparison;
import dev.pcf.model.Problem;
import dev.pcf.model.StageResult;
import dev.pcf.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable comparison of {@code pcf compare --json}, schema {@code pcf-compare/1}, in the
 * style of {@code pcf-result/1}: snake_case names, unrounded doubles (null where not finite), shares as
 * fractions, {@code delta_pct} in percent as in {@code scenarios}, Monte Carlo summaries with the same
 * fields as {@code uncertainty} ({@code mean}, {@code median}, {@code sd}, {@code p2_5}, {@code p97_5}…).
 *
 * <pre>
 * {"schema": "pcf-compare/1", "comparable": true,
 *  "products": [{"workbook": {"file", "sha256"}, "product": {"name_zh", "name_en", "model"},
 *                "functional_unit": {"zh", "en"}, "declared_unit": "1 piece", "gwp_set": "AR6",
 *                "total_kgco2e", "gross_emissions_kgco2e", "removals_kgco2e",
 *                "stages": [{"code", "name_zh", "name_en", "kgco2e", "share"}],
 *                "delta_kgco2e", "delta_pct",
 *                "uncertainty": {summary},                  (with the Monte Carlo analysis)
 *                "difference": {summary, "p_lower"}}],      (products after the first, with it)
 *  "stages": [{"code", "name_zh", "name_en", "kgco2e": [per product, null where excluded],
 *              "delta_kgco2e": [per product]}],
 *  "paired": {"method": "common-random-numbers", "seed", "iterations", "adaptive", "converged",
 *             "shared_factors": [IDs], "independent_factors": [IDs]},  (absent with --no-mc)
 *  "warnings": ["…"]}
 * </pre>
 * Differences are always a product's total minus the first product's.
 */
public final class CompareJson {
    public static final String SCHEMA = "pcf-compare/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private CompareJson() {}

    /** The JSON text (UTF-8 when written; ends with a line break). */
    public static String write(Comparison c) {
        Map<String, Object> root = obj("schema", SCHEMA, "comparable", c.comparable());
        List<Object> products = new ArrayList<>();
        var paired = c.paired();
        for (int i = 0; i < c.products().size(); i++) {
            var p = c.products().get(i);
            var wb = p.workbook();
            var info = wb.info();
            var fp = p.footprint();
            List<Object> stages = new ArrayList<>();
            for (StageResult s : fp.stages()) {
                stages.add(obj("code", s.stage().code(), "name_zh", s.stage().name().zh(), "name_en", s.stage().name().en(),
                        "kgco2e", num(s.kgco2e()), "share", num(s.share())));
            }
            Map<String, Object> m = obj("workbook", obj("file", wb.source().fileName(), "sha256", wb.source().sha256()),
                    "product", obj("name_zh", info.productName().zh(), "name_en", info.productName().en(), "model", info.model()),
                    "functional_unit", obj("zh", info.functionalUnit().zh(), "en", info.functionalUnit().en()),
                    "declared_unit", p.declaredUnit(), "gwp_set", fp.gwpSet().name(),
                    "total_kgco2e", num(fp.total()), "gross_emissions_kgco2e", num(fp.grossEmissions()),
                    "removals_kgco2e", num(fp.removals()), "stages", stages,
                    "delta_kgco2e", num(c.delta(i)), "delta_pct", num(c.deltaShare(i) * 100));
            if (paired != null) {
                m.put("uncertainty", ResultJson.summary(paired.totals().get(i)));
                if (i > 0) {
                    var d = paired.differences().get(i - 1);
                    Map<String, Object> diff = ResultJson.summary(d.summary());
                    diff.put("p_lower", num(d.pLower()));
                    m.put("difference", diff);
                }
            }
            products.add(m);
        }
        root.put("products", products);
        List<Object> stages = new ArrayList<>();
        for (Map.Entry<String, Text> e : c.stageNames().entrySet()) {
            List<Object> kg = new ArrayList<>();
            List<Object> delta = new ArrayList<>();
            double first = c.stage(0, e.getKey());
            for (int i = 0; i < c.products().size(); i++) {
                double v = c.stage(i, e.getKey());
                kg.add(num(v));
                delta.add(num((Double.isNaN(v) ? 0 : v) - (Double.isNaN(first) ? 0 : first)));
            }
            stages.add(obj("code", e.getKey(), "name_zh", e.getValue().zh(), "name_en", e.getValue().en(),
                    "kgco2e", kg, "delta_kgco2e", delta));
        }
        root.put("stages", stages);
        if (paired != null) {
            root.put("paired", obj("method", "common-random-numbers", "seed", paired.seed(), "iterations", paired.iterations(),
                    "adaptive", paired.adaptive(), "converged", paired.converged(),
                    "shared_factors", paired.sharedFactors(), "independent_factors", paired.ownFactors()));
        }
        List<Object> w = new ArrayList<>();
        for (Problem p : c.warnings()) w.add(p.toString());
        root.put("warnings", w);
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the comparison JSON", e);
        }
    }
}
