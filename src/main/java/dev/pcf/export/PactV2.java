package dev.pcf.export;

import dev.pcf.model.Numbers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pcf.model.PcfWorkbook;

import java.util.ArrayList;
import java.util.List;

import static dev.pcf.model.Numbers.plain;

/**
 * The PACT v2.3 ProductFootprint. v2 has no {@code piece} unit: a product counted in pieces is
 * declared per kilogram, {@code unitaryProductAmount} being the kg of product in one functional
 * unit, and every emission is divided by it.
 */
final class PactV2 {
    private PactV2() {}

    static ObjectNode footprint(PactFacts f, PcfWorkbook wb) {
        ObjectNode pf = PactExporter.object();
        pf.put("id", f.id());
        pf.put("specVersion", PactExporter.V2);
        pf.put("version", 1);
        pf.put("created", f.created());
        pf.put("status", "Active");
        pf.put("companyName", f.companyName());
        pf.putArray("companyIds").add(PactExporter.urn("company", f.companyKey()));
        pf.put("productDescription", f.productDescription());
        pf.putArray("productIds").add(PactExporter.urn("product", f.productKey()));
        // the workbook has no UN CPC field: "n/a" keeps the required property honest
        pf.put("productCategoryCpc", "n/a");
        pf.put("productNameCompany", f.productName());
        List<String> notes = new ArrayList<>();
        notes.add("Product carbon content was not assessed: fossilCarbonContent and biogenicCarbonContent are reported as 0.");
        if (f.declaredUnit().isPiece()) {
            notes.add("The functional unit is counted in pieces, which PACT v2 cannot declare: values are per kg of "
                    + "product, unitaryProductAmount being the product mass of one functional unit ("
                    + plain(f.massPerFuKg()) + " kg).");
        }
        pf.put("comment", PactExporter.comment(f, wb, notes));
        pf.set("pcf", pcf(f));
        return pf;
    }

    private static ObjectNode pcf(PactFacts f) {
        ObjectNode c = PactExporter.object();
        DeclaredUnit du = f.declaredUnit();
        double units = du.isPiece() ? f.massPerFuKg() : du.amount();
        c.put("declaredUnit", du.isPiece() ? DeclaredUnit.KILOGRAM : du.v3Unit());
        c.put("unitaryProductAmount", plain(units));
        if (du.isPiece() || du.v3Unit().equals(DeclaredUnit.KILOGRAM)) {
            c.put("productMassPerDeclaredUnit", "1");
        } else if (f.massPerFuKg() != null) {
            c.put("productMassPerDeclaredUnit", plain(f.massPerFuKg() / units));
        }
        c.put("pCfExcludingBiogenic", plain(f.excludingBiogenic() / units));
        c.put("pCfIncludingBiogenic", plain(f.total() / units));
        c.put("fossilGhgEmissions", plain(f.fossil() / units));
        c.put("fossilCarbonContent", "0");
        c.put("biogenicCarbonContent", "0");
        c.put("dLucGhgEmissions", plain(f.dluc() / units));
        c.put("otherBiogenicGhgEmissions", plain((f.biogenicCo2() + f.biogenicNonCo2()) / units));
        c.put("biogenicCarbonWithdrawal", plain(f.removal() / units));
        c.put("aircraftGhgEmissions", plain(f.aircraft() / units));
        c.put("characterizationFactors", f.gwp());
        c.putArray("ipccCharacterizationFactorsSources").add(f.gwp());
        c.putArray("crossSectoralStandardsUsed").add("ISO Standard 14067");
        c.putArray("crossSectoralStandards").add("ISO14067");
        c.set("productOrSectorSpecificRules", PactExporter.rules(f));
        c.put("biogenicAccountingMethodology", "ISO");
        c.put("boundaryProcessesDescription", f.boundary());
        c.put("referencePeriodStart", f.periodStart());
        c.put("referencePeriodEnd", f.periodEnd());
        if (f.region() != null) {
            c.put(f.region().length() == 2 ? "geographyCountry" : "geographyCountrySubdivision", f.region());
        }
        if (!f.factorSources().isEmpty()) {
            ArrayNode src = c.putArray("secondaryEmissionFactorSources");
            for (List<String> s : f.factorSources()) src.addObject().put("name", s.get(0)).put("version", s.get(1));
        }
        c.put("exemptedEmissionsPercent", 0);
        c.put("exemptedEmissionsDescription", "");
        c.put("packagingEmissionsIncluded", f.packagingIncluded());
        c.put("allocationRulesDescription", f.allocation());
        if (f.uncertainty() != null) c.put("uncertaintyAssessmentDescription", f.uncertainty());
        c.put("primaryDataShare", f.primaryPct());
        if (f.dq() != null) {
            ObjectNode dqi = c.putObject("dqi");
            dqi.put("coveragePercent", Numbers.round(f.dq().coverage() * 100, 2));
            dqi.put("technologicalDQR", Numbers.round(DataQuality.toV2(f.dq().technological()), 2));
            dqi.put("temporalDQR", Numbers.round(DataQuality.toV2(f.dq().temporal()), 2));
            dqi.put("geographicalDQR", Numbers.round(DataQuality.toV2(f.dq().geographical()), 2));
            dqi.put("completenessDQR", Numbers.round(DataQuality.toV2(f.dq().completeness()), 2));
            dqi.put("reliabilityDQR", Numbers.round(DataQuality.toV2(f.dq().reliability()), 2));
        }
        if (f.verifier() != null) {
            ObjectNode a = c.putObject("assurance");
            a.put("assurance", true);
            a.put("coverage", "product level");
            a.put("providerName", f.verifier());
            a.put("completedAt", f.issueInstant());
            a.put("standardName", f.standard());
        }
        return c;
    }
}
