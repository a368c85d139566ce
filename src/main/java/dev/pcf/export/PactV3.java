package dev.pcf.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pcf.model.PcfWorkbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.pcf.model.Numbers.plain;
import static dev.pcf.model.Numbers.rounded;

/** The PACT v3.0.3 ProductFootprint: every emission per functional unit (= the declared unit). */
final class PactV3 {
    private PactV3() {}

    static ObjectNode footprint(PactFacts f, PcfWorkbook wb) {
        ObjectNode pf = PactExporter.object();
        pf.put("id", f.id());
        pf.put("specVersion", PactExporter.V3);
        pf.put("created", f.created());
        pf.put("status", "Active");
        pf.put("companyName", f.companyName());
        pf.putArray("companyIds").add(PactExporter.urn("company", f.companyKey()));
        pf.put("productDescription", f.productDescription());
        pf.putArray("productIds").add(PactExporter.urn("product", f.productKey()));
        pf.put("productNameCompany", f.productName());
        List<String> notes = new ArrayList<>();
        notes.add("Product carbon content was not assessed: fossilCarbonContent is reported as 0.");
        if (f.massPerFuKg() == null && f.declaredUnit().isPiece()) {
            notes.add("The product mass (产品质量 Product mass) was not given in the workbook: "
                    + "productMassPerDeclaredUnit is 0, meaning unknown, not massless.");
        }
        if (f.biogenicCo2() != 0) {
            notes.add(String.format(Locale.ROOT, "Biogenic CO2 emissions of %.4f", f.biogenicCo2()) + " kg CO2e per declared unit are "
                    + "included in pcfExcludingBiogenicUptake; PACT has no separate property for them.");
        }
        pf.put("comment", PactExporter.comment(f, wb, notes));
        pf.set("pcf", pcf(f));
        return pf;
    }

    private static ObjectNode pcf(PactFacts f) {
        ObjectNode c = PactExporter.object();
        DeclaredUnit du = f.declaredUnit();
        c.put("declaredUnitOfMeasurement", du.v3Unit());
        c.put("declaredUnitAmount", plain(du.amount()));
        c.put("productMassPerDeclaredUnit", f.massPerFuKg() == null ? "0" : plain(f.massPerFuKg()));
        c.put("referencePeriodStart", f.periodStart());
        c.put("referencePeriodEnd", f.periodEnd());
        if (f.region() != null) {
            c.put(f.region().length() == 2 ? "geographyCountry" : "geographyCountrySubdivision", f.region());
        }
        c.put("boundaryProcessesDescription", f.boundary());
        c.put("pcfExcludingBiogenicUptake", plain(f.excludingUptake()));
        c.put("pcfIncludingBiogenicUptake", plain(f.total()));
        c.put("fossilCarbonContent", "0");
        c.put("fossilGhgEmissions", plain(f.fossil()));
        c.put("landUseChangeGhgEmissions", plain(f.dluc()));
        c.put("biogenicCO2Uptake", plain(f.removal()));
        c.put("biogenicNonCO2Emissions", plain(f.biogenicNonCo2()));
        c.put("aircraftGhgEmissions", plain(f.aircraft()));
        if (f.packagingIncluded() != null) c.put("packagingEmissionsIncluded", f.packagingIncluded());
        c.putArray("ipccCharacterizationFactors").add(f.gwp());
        c.putArray("crossSectoralStandards").add("ISO14067");
        c.set("productOrSectorSpecificRules", PactExporter.rules(f));
        c.put("exemptedEmissionsPercent", "0");
        c.put("exemptedEmissionsDescription", "");
        c.put("allocationRulesDescription", f.allocation());
        if (!f.factorSources().isEmpty()) {
            ArrayNode src = c.putArray("secondaryEmissionFactorSources");
            for (List<String> s : f.factorSources()) src.addObject().put("name", s.get(0)).put("version", s.get(1));
        }
        c.put("primaryDataShare", plain(f.primaryPct()));
        if (f.dq() != null) {
            ObjectNode dqi = c.putObject("dqi");
            dqi.put("technologicalDQR", rounded(f.dq().technological(), 2));
            dqi.put("geographicalDQR", rounded(f.dq().geographical(), 2));
            dqi.put("temporalDQR", rounded(f.dq().temporal(), 2));
        }
        if (f.verifier() != null) {
            ObjectNode v = c.putObject("verification");
            v.put("coverage", "product level");
            v.put("providerName", f.verifier());
            v.put("completedAt", f.issueInstant());
            v.put("standardName", f.standard());
        }
        return c;
    }
}
