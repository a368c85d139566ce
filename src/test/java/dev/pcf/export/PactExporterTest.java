package dev.pcf.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pcf.model.Footprint;
import dev.pcf.model.GwpSet;
import dev.pcf.model.InputException;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PactExporterTest {
    private static final PactSchema V3 = PactSchema.of(3);
    private static final PactSchema V2 = PactSchema.of(2);

    private static JsonNode export(Fixtures.Case c, int version) throws Exception {
        String json = PactExporter.export(c.wb(), c.fp(), Fixtures.mc(c.fp().total(), c.fp().total() * 1.01,
                c.fp().total() * 0.9, c.fp().total() * 1.12), version);
        return PactSchema.JSON.readTree(json);
    }

    private static double num(JsonNode n) {
        return new BigDecimal(n.asText()).doubleValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example-1.json", "example-2.json", "example-3.json", "example-4.json"})
    void officialV3ExamplesValidate(String example) {
        // sanity check of the validator setup: the specification's own examples pass
        assertEquals(List.of(), V3.violations(PactSchema.read("/pact/v3/" + example)));
    }

    @Test
    void officialV2ExampleValidates() {
        assertEquals(List.of(), V2.violations(PactSchema.read("/pact/v2/get-footprint-response.json").get("data")));
    }

    @Test
    void validatorRejectsABrokenFootprint() {
        // a test that cannot fail is a defect: the validator must see a number where a decimal string belongs
        ObjectNode doc = PactSchema.read("/pact/v3/example-1.json").deepCopy();
        ((ObjectNode) doc.get("pcf")).put("pcfExcludingBiogenicUptake", 0.384);
        ((ObjectNode) doc.get("pcf")).put("geographyCountry", "CN");
        assertFalse(V3.violations(doc).isEmpty());
    }

    @Test
    void bothExamplesValidateAsV3AndV2() throws Exception {
        for (Fixtures.Case c : List.of(Fixtures.jx0317(), Fixtures.origins())) {
            assertEquals(List.of(), V3.violations(export(c, 3)), c.wb().source().fileName() + " v3");
            assertEquals(List.of(), V2.violations(export(c, 2)), c.wb().source().fileName() + " v2");
        }
    }

    @Test
    void v3NumbersEqualTheCalcJson() throws Exception {
        for (Fixtures.Case c : List.of(Fixtures.jx0317(), Fixtures.origins())) {
            JsonNode pcf = export(c, 3).get("pcf");
            Map<String, Object> calc = ResultJson.tree(c.wb(), c.fp(), null, List.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> origin = (Map<String, Object>) calc.get("by_origin");
            double total = (Double) calc.get("total_kgco2e");
            // decimal strings read back to the very same doubles: no rounding on the way
            assertEquals(total, num(pcf.get("pcfIncludingBiogenicUptake")));
            assertEquals((Double) origin.get("dluc"), num(pcf.get("landUseChangeGhgEmissions")));
            assertEquals((Double) origin.get("aircraft"), num(pcf.get("aircraftGhgEmissions")));
            assertEquals((Double) origin.get("biogenic_removal"), num(pcf.get("biogenicCO2Uptake")));
            assertEquals((Double) origin.get("fossil") + (Double) origin.get("aircraft"), num(pcf.get("fossilGhgEmissions")));
            assertEquals(total - (Double) origin.get("biogenic_removal"), num(pcf.get("pcfExcludingBiogenicUptake")));
        }
        // without removals the primary share is calc's, in percent: 110.53347849 / 113.38583361
        Fixtures.Case jx = Fixtures.jx0317();
        assertEquals(jx.fp().primaryDataShare() * 100, num(export(jx, 3).get("pcf").get("primaryDataShare")), 1e-12);
    }

    @Test
    void primaryDataShareIsOfThePcfExcludingUptake() throws Exception {
        // origins: the primary line is the electricity, 57.77, of 121.77 excluding the −10 uptake
        // = 47.44189866 %; calc's share of the total would be 57.77 / 111.77 = 51.69 %
        assertEquals(57.77 / 121.77 * 100, num(export(Fixtures.origins(), 3).get("pcf").get("primaryDataShare")), 1e-9);
        assertEquals(57.77 / 121.77 * 100, export(Fixtures.origins(), 2).get("pcf").get("primaryDataShare").asDouble(), 1e-9);
    }

    @Test
    void jx0317MapsAsByHand() throws Exception {
        JsonNode pf = export(Fixtures.jx0317(), 3);
        JsonNode pcf = pf.get("pcf");
        assertEquals("3.0.3", pf.get("specVersion").asText());
        assertEquals("2026-03-15T00:00:00Z", pf.get("created").asText());
        assertEquals("urn:pathfinder:product:customcode:vendor-assigned:JX0317-D30", pf.get("productIds").get(0).asText());
        assertEquals("piece", pcf.get("declaredUnitOfMeasurement").asText());
        assertEquals("1", pcf.get("declaredUnitAmount").asText());
        assertEquals("2.5", pcf.get("productMassPerDeclaredUnit").asText());
        assertEquals("2025-01-01T00:00:00Z", pcf.get("referencePeriodStart").asText());
        assertEquals("2025-12-31T00:00:00Z", pcf.get("referencePeriodEnd").asText());
        assertEquals("CN-ZJ", pcf.get("geographyCountrySubdivision").asText());
        assertFalse(pcf.has("geographyCountry"));
        // (174.9425 + 13.8912 + 2.5) × 0.5777 + (0.09703 + 0.7370) × 3.0959096373 + 0.125 × 2.162188809
        // = 110.53347849 + 2.58208151 + 0.27027360 = 113.38583361 (the example workbook's total)
        assertEquals(113.38583361, num(pcf.get("pcfIncludingBiogenicUptake")), 1e-8);
        assertEquals(113.38583361, num(pcf.get("fossilGhgEmissions")), 1e-8);
        assertEquals("0", pcf.get("biogenicCO2Uptake").asText());
        assertFalse(pcf.get("packagingEmissionsIncluded").asBoolean());
        assertEquals("AR6", pcf.get("ipccCharacterizationFactors").get(0).asText());
        assertEquals("ISO14067", pcf.get("crossSectoralStandards").get(0).asText());
        JsonNode rule = pcf.get("productOrSectorSpecificRules").get(0);
        assertEquals("Other", rule.get("operator").asText());
        assertEquals("GB/T 24067-2024", rule.get("ruleNames").get(0).asText());
        assertEquals("0", pcf.get("exemptedEmissionsPercent").asText());
        // primary lines are the electricity ones: 110.53347849 / 113.38583361 = 97.48438 %
        assertEquals(97.48438140, num(pcf.get("primaryDataShare")), 1e-7);
        // DQR weighted by |kg CO2e|: grid factor (2,2,1,2,3) carries 110.53347849, diesel and gas (2,2,3,1,2)
        // 2.58208151 + 0.27027360 = 2.85235512: technological (110.53347849×3 + 2.85235512×2) / 113.38583361
        // = 2.97484 → 2.97, temporal (110.53347849×1 + 2.85235512×3) / 113.38583361 = 1.05031 → 1.05,
        // geographical 1.97484 → 1.97
        assertEquals("2.97", pcf.get("dqi").get("technologicalDQR").asText());
        assertEquals("1.05", pcf.get("dqi").get("temporalDQR").asText());
        assertEquals("1.97", pcf.get("dqi").get("geographicalDQR").asText());
        assertEquals("Some Certification Co., Ltd.", pcf.get("verification").get("providerName").asText());
    }

    @Test
    void v2DeclaresAPieceProductPerKilogram() throws Exception {
        JsonNode pf = export(Fixtures.jx0317(), 2);
        JsonNode pcf = pf.get("pcf");
        assertEquals("2.3.3", pf.get("specVersion").asText());
        assertEquals("kilogram", pcf.get("declaredUnit").asText());
        assertEquals("2.5", pcf.get("unitaryProductAmount").asText());
        assertEquals("1", pcf.get("productMassPerDeclaredUnit").asText());
        // 113.38583361 kg CO2e per piece / 2.5 kg per piece = 45.35433344 kg CO2e per kg
        assertEquals(45.35433344, num(pcf.get("pCfIncludingBiogenic")), 1e-8);
        assertEquals(45.35433344, num(pcf.get("pCfExcludingBiogenic")), 1e-8);
        assertEquals("AR6", pcf.get("characterizationFactors").asText());
        // v2 DQRs are 1–3: 1 + (score − 1)/2; technological 2.97484 → 1.98742 → 1.99, temporal 1.05031
        // → 1.02516 → 1.03, geographical 1.97484 → 1.48742 → 1.49
        assertEquals(1.99, pcf.get("dqi").get("technologicalDQR").asDouble());
        assertEquals(1.03, pcf.get("dqi").get("temporalDQR").asDouble());
        assertEquals(1.49, pcf.get("dqi").get("geographicalDQR").asDouble());
        assertEquals(1.5, pcf.get("dqi").get("reliabilityDQR").asDouble());
        assertEquals(100.0, pcf.get("dqi").get("coveragePercent").asDouble());
        assertTrue(pcf.get("primaryDataShare").isNumber());
        assertTrue(pcf.get("uncertaintyAssessmentDescription").asText().startsWith("Monte Carlo simulation"));
    }

    @Test
    void carbonOriginsGoToTheirOwnProperties() throws Exception {
        Fixtures.Case c = Fixtures.origins();
        JsonNode v3 = export(c, 3).get("pcf");
        // fossil 57.77 + aircraft 6 = 63.77; dLUC 4; biogenic CH4 2 × 27.0 = 54; uptake −10
        assertEquals(63.77, num(v3.get("fossilGhgEmissions")), 1e-9);
        assertEquals(6, num(v3.get("aircraftGhgEmissions")), 1e-9);
        assertEquals(4, num(v3.get("landUseChangeGhgEmissions")), 1e-9);
        assertEquals(54, num(v3.get("biogenicNonCO2Emissions")), 1e-9);
        assertEquals(-10, num(v3.get("biogenicCO2Uptake")), 1e-9);
        // including uptake: the total 111.77; excluding it: 111.77 + 10 = 121.77
        assertEquals(111.77, num(v3.get("pcfIncludingBiogenicUptake")), 1e-9);
        assertEquals(121.77, num(v3.get("pcfExcludingBiogenicUptake")), 1e-9);
        assertEquals("CN", v3.get("geographyCountry").asText());
        assertTrue(v3.get("packagingEmissionsIncluded").asBoolean());
        assertFalse(v3.has("dqi"), "no pedigree scores, no DQI");

        JsonNode v2 = export(c, 2).get("pcf");
        // per kg of a 2.5 kg piece: excluding biogenic (111.77 − 54 + 10) / 2.5 = 27.108; including 44.708;
        // other biogenic 54 / 2.5 = 21.6; withdrawal −10 / 2.5 = −4; dLUC 1.6; aircraft 2.4; fossil 25.508
        assertEquals(27.108, num(v2.get("pCfExcludingBiogenic")), 1e-9);
        assertEquals(44.708, num(v2.get("pCfIncludingBiogenic")), 1e-9);
        assertEquals(21.6, num(v2.get("otherBiogenicGhgEmissions")), 1e-9);
        assertEquals(-4, num(v2.get("biogenicCarbonWithdrawal")), 1e-9);
        assertEquals(1.6, num(v2.get("dLucGhgEmissions")), 1e-9);
        assertEquals(2.4, num(v2.get("aircraftGhgEmissions")), 1e-9);
        assertEquals(25.508, num(v2.get("fossilGhgEmissions")), 1e-9);
    }

    @Test
    void biogenicCo2CountsInV3ExcludingUptakeAndIsLeftOutOfV2ExcludingBiogenic() throws Exception {
        Fixtures.Case c = Fixtures.biogenicCo2();
        JsonNode v3 = export(c, 3);
        assertEquals(List.of(), V3.violations(v3));
        // fossil 5 + biogenic CO2 3 = 8, no uptake; the biogenic CO2 is no non-CO2 emission
        assertEquals(8, num(v3.get("pcf").get("pcfExcludingBiogenicUptake")), 1e-12);
        assertEquals(0, num(v3.get("pcf").get("biogenicNonCO2Emissions")));
        assertTrue(v3.get("comment").asText().contains("Biogenic CO2 emissions of 3.0000 kg CO2e per declared unit"));
        JsonNode v2 = export(c, 2);
        assertEquals(List.of(), V2.violations(v2));
        // 1 kg pieces: excluding biogenic 5, including 8, other biogenic 3
        assertEquals(5, num(v2.get("pcf").get("pCfExcludingBiogenic")), 1e-12);
        assertEquals(8, num(v2.get("pcf").get("pCfIncludingBiogenic")), 1e-12);
        assertEquals(3, num(v2.get("pcf").get("otherBiogenicGhgEmissions")), 1e-12);
    }

    @Test
    void isDeterministic() {
        Fixtures.Case c = Fixtures.jx0317();
        String a = PactExporter.export(c.wb(), c.fp(), null, 3);
        String b = PactExporter.export(Fixtures.jx0317().wb(), Fixtures.jx0317().fp(), null, 3);
        assertEquals(a, b);
        assertTrue(a.contains("\"id\" : \"" + java.util.UUID.nameUUIDFromBytes(
                ("pcf|" + "ab".repeat(32) + "|Centralised DTU|JX0317-D30").getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void aPieceWithoutMassIsZeroInV3AndRefusedInV2() throws Exception {
        Fixtures.Case c = Fixtures.jx0317();
        PcfWorkbook wb = withInfo(c.wb(), Fixtures.info("X", Text.of("产品", "Product"), "M", Text.of("1 台", ""),
                null, "CN-ZJ", false, GwpSet.AR6));
        JsonNode v3 = PactSchema.JSON.readTree(PactExporter.export(wb, c.fp(), null, 3));
        assertEquals(List.of(), V3.violations(v3));
        assertEquals("0", v3.get("pcf").get("productMassPerDeclaredUnit").asText());
        assertTrue(v3.get("comment").asText().contains("productMassPerDeclaredUnit is 0, meaning unknown"));
        InputException e = assertThrows(InputException.class, () -> PactExporter.export(wb, c.fp(), null, 2));
        assertEquals("产品质量 Product mass must be a number of kg greater than 0 for a PACT v2 export of a product "
                + "counted in pieces, found nothing (PACT v2 declares per kg; fill in the mass, or export PACT v3, "
                + "which declares per piece)", e.problems().getFirst().toString());
    }

    @Test
    void aMassProductDeclaresKilograms() throws Exception {
        Fixtures.Case c = Fixtures.origins();
        PcfWorkbook wb = withInfo(c.wb(), Fixtures.info("X", Text.of("钢材", "Steel"), "S", Text.of("1 吨钢材", "1 t steel"),
                null, "CN", true, GwpSet.AR5));
        var fp = withGwp(c.fp(), GwpSet.AR5);
        JsonNode v3 = PactSchema.JSON.readTree(PactExporter.export(wb, fp, null, 3));
        assertEquals(List.of(), V3.violations(v3));
        assertEquals("kilogram", v3.get("pcf").get("declaredUnitOfMeasurement").asText());
        assertEquals("1000", v3.get("pcf").get("declaredUnitAmount").asText());
        assertEquals("1000", v3.get("pcf").get("productMassPerDeclaredUnit").asText());
        JsonNode v2 = PactSchema.JSON.readTree(PactExporter.export(wb, fp, null, 2));
        assertEquals(List.of(), V2.violations(v2));
        // 111.77 kg CO2e per tonne = 0.11177 per kg
        assertEquals(0.11177, num(v2.get("pcf").get("pCfIncludingBiogenic")), 1e-12);
        assertEquals("AR5", v2.get("pcf").get("characterizationFactors").asText());
    }

    @Test
    void v2RefusesAr4AndAnUnstatedPackaging() {
        Fixtures.Case c = Fixtures.jx0317();
        PcfWorkbook wb = withInfo(c.wb(), Fixtures.info("X", Text.of("产品", "Product"), "M", Text.of("1 台", ""),
                2.0, "CN", null, GwpSet.AR4));
        InputException e = assertThrows(InputException.class,
                () -> PactExporter.export(wb, withGwp(c.fp(), GwpSet.AR4), null, 2));
        assertEquals(List.of("GWP 版本 GWP set must be AR5 or AR6 for a PACT v2 export, found AR4",
                "包装是否包含 Packaging included must be yes or no for a PACT v2 export, found nothing"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void refusesARegionThatIsNoIsoCode() {
        Fixtures.Case c = Fixtures.jx0317();
        PcfWorkbook wb = withInfo(c.wb(), Fixtures.info("X", Text.of("产品", "Product"), "M", Text.of("1 台", ""),
                2.0, "浙江", false, GwpSet.AR6));
        InputException e = assertThrows(InputException.class, () -> PactExporter.export(wb, c.fp(), null, 3));
        assertEquals("生产地区 Production region must be an ISO 3166 code such as CN-ZJ or CN, found \"浙江\"",
                e.problems().getFirst().toString());
    }

    @Test
    void rejectsAnUnknownVersion() {
        Fixtures.Case c = Fixtures.jx0317();
        assertThrows(IllegalArgumentException.class, () -> PactExporter.export(c.wb(), c.fp(), null, 4));
    }

    @Test
    void urnsPercentEncodeWhatRfc8141DoesNotAllowAsIs() {
        // 杭 is E6 9D AD in UTF-8
        assertEquals("urn:pathfinder:company:customcode:vendor-assigned:%E6%9D%AD%20A%2FB", PactExporter.urn("company", "杭 A/B"));
    }

    @Test
    void originsWithoutEmissionsAreAPlainZero() throws Exception {
        // JX0317-D30 is all fossil: every other origin is exactly "0" (never "0.0" or "-0")
        JsonNode pcf = export(Fixtures.jx0317(), 3).get("pcf");
        for (String p : List.of("landUseChangeGhgEmissions", "biogenicCO2Uptake", "biogenicNonCO2Emissions", "aircraftGhgEmissions")) {
            assertEquals("0", pcf.get(p).asText(), p);
        }
    }

    static Footprint withGwp(Footprint fp, GwpSet gwp) {
        return new Footprint(gwp, fp.total(), fp.stages(), fp.byGas(), fp.byOrigin(), fp.lines(), fp.cutOff(),
                fp.primaryDataShare(), fp.warnings());
    }

    static PcfWorkbook withInfo(PcfWorkbook wb, ReportInfo info) {
        return new PcfWorkbook(wb.source(), info, wb.stages(), wb.factors(), wb.activities(), wb.team(),
                wb.improvements(), wb.pictures(), wb.warnings());
    }
}
