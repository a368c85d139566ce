package dev.pcf.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pcf.calc.Calculator;
import dev.pcf.model.Footprint;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The PACT export of footprints computed by the real calculation, against {@code pcf calc --json}. */
class PactWithCalculatorTest {
    @Test
    void numbersEqualCalcJsonForBothExamples() throws Exception {
        for (Fixtures.Case c : List.of(Fixtures.jx0317(), Fixtures.origins())) {
            Footprint fp = Calculator.calculate(c.wb());
            // the calculation agrees with the fixtures' hand arithmetic (113.38583361 and 111.77)
            assertEquals(c.fp().total(), fp.total(), 1e-9, c.wb().source().fileName());
            Map<String, Object> calc = ResultJson.tree(c.wb(), fp, null, List.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> origin = (Map<String, Object>) calc.get("by_origin");
            for (int v : new int[] {3, 2}) {
                JsonNode pf = PactSchema.JSON.readTree(PactExporter.export(c.wb(), fp, null, v));
                assertEquals(List.of(), PactSchema.of(v).violations(pf), c.wb().source().fileName() + " v" + v);
                JsonNode pcf = pf.get("pcf");
                double total = (Double) calc.get("total_kgco2e");
                if (v == 3) {
                    assertEquals(total, num(pcf.get("pcfIncludingBiogenicUptake")));
                    assertEquals((Double) origin.get("dluc"), num(pcf.get("landUseChangeGhgEmissions")));
                    assertEquals((Double) origin.get("biogenic_removal"), num(pcf.get("biogenicCO2Uptake")));
                } else {
                    // v2 per kg of a 2.5 kg piece
                    assertEquals(total / 2.5, num(pcf.get("pCfIncludingBiogenic")));
                }
            }
        }
    }

    private static double num(JsonNode n) {
        return new BigDecimal(n.asText()).doubleValue();
    }
}
