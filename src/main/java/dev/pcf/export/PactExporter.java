package dev.pcf.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pcf.model.Footprint;
import dev.pcf.model.InputException;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.UncertaintyResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a calculated footprint as a PACT {@code ProductFootprint} (PACT Technical Specifications
 * v3.0.3, or v2.3 on request), validated in the tests against the official OpenAPI schemas.
 *
 * <p>Mapping decisions (see also {@link DeclaredUnit} and {@link DataQuality}):
 * <ul>
 * <li>Deterministic: {@code id} is a name-based UUID of the workbook's SHA-256, product name and
 *     model; {@code created} is the issue date at 00:00 UTC; the reference period is the start and
 *     end dates at 00:00 UTC (as in the specification's examples).</li>
 * <li>v3 values are per functional unit, the declared unit being the functional unit
 *     ({@code piece} × 1 unless the functional unit starts with a physical unit such as 1 t).
 *     v2 has no {@code piece}: a product counted in pieces is declared per {@code kilogram} with
 *     {@code unitaryProductAmount} the product mass of one functional unit, so every v2 value is the
 *     per-functional-unit value divided by that mass. Without a product mass, v3 writes
 *     {@code productMassPerDeclaredUnit} 0 and says in the comment that the mass was not given;
 *     v2 cannot declare such a product and refuses it.</li>
 * <li>Carbon origins: fossil emissions include the aircraft ones (aircraft is a fossil
 *     combustion, also shown alone); dLUC → land-use change; biogenic removal → biogenic CO2
 *     uptake (v2: withdrawal); biogenic non-CO2 → {@code biogenicNonCO2Emissions} (v2: other
 *     biogenic). v3 {@code pcfIncludingBiogenicUptake} is the total of {@code pcf calc},
 *     {@code pcfExcludingBiogenicUptake} the total less the removals; v2
 *     {@code pCfExcludingBiogenic} leaves out every biogenic emission and removal.</li>
 * <li>{@code primaryDataShare} follows PACT: the percentage of the PCF excluding biogenic uptake
 *     that comes from lines with primary activity data (equal to {@code pcf calc}'s share × 100
 *     when there are no removals); {@code dqi} comes from the pedigree scores ({@link DataQuality}).</li>
 * <li>Nothing in the inventory is left out (small lines under the cut-off threshold are counted),
 *     so {@code exemptedEmissionsPercent} is 0; the cut-off check is described.</li>
 * <li>Product carbon content is not assessed by the workbook: the required
 *     {@code fossilCarbonContent} (and v2 {@code biogenicCarbonContent}) are 0, said in the comment.</li>
 * <li>Company and product IDs are URNs of the customcode namespace of the PACT specification,
 *     {@code urn:pathfinder:company|product:customcode:vendor-assigned:<percent-encoded name>}.</li>
 * </ul>
 */
public final class PactExporter {
    static final String V3 = "3.0.3";
    static final String V2 = "2.3.3";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two-space indent and \n line ends on every platform, so the bytes are reproducible. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private PactExporter() {}

    /**
     * The PACT ProductFootprint JSON of a footprint, pretty-printed.
     *
     * @param wb      the workbook read
     * @param fp      its deterministic footprint
     * @param mc      its Monte Carlo analysis, or null (then no uncertainty description)
     * @param version 3 (Technical Specifications 3.0.3) or 2 (2.3)
     * @return the JSON text (write it as UTF-8)
     * @throws InputException           when the workbook lacks what PACT needs (the reference period,
     *                                  a valid production region; for v2 also the product mass of a
     *                                  product counted in pieces, the packaging statement and an AR5
     *                                  or AR6 GWP set)
     * @throws IllegalArgumentException when the version is neither 2 nor 3
     */
    public static String export(PcfWorkbook wb, Footprint fp, UncertaintyResult mc, int version) {
        if (version != 2 && version != 3) {
            throw new IllegalArgumentException("PACT version must be 3 or 2, found " + version);
        }
        PactFacts f = PactFacts.of(wb, fp, mc);
        if (version == 2) checkV2(f, wb);
        ObjectNode root = version == 3 ? PactV3.footprint(f, wb) : PactV2.footprint(f, wb);
        try {
            return JSON.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write PACT JSON", e);
        }
    }

    private static void checkV2(PactFacts f, PcfWorkbook wb) {
        List<Problem> problems = new ArrayList<>();
        if (!f.gwp().equals("AR5") && !f.gwp().equals("AR6")) {
            problems.add(Problem.error(wb.info().cell("gwpSet"),
                    "GWP 版本 GWP set must be AR5 or AR6 for a PACT v2 export, found " + f.gwp()));
        }
        if (f.declaredUnit().isPiece() && f.massPerFuKg() == null) {
            problems.add(Problem.error(wb.info().cell("productMassKg"),
                    "产品质量 Product mass must be a number of kg greater than 0 for a PACT v2 export of a product "
                            + "counted in pieces, found " + (wb.info().productMassKg() == null ? "nothing" : wb.info().productMassKg())
                            + " (PACT v2 declares per kg; fill in the mass, or export PACT v3, which declares per piece)"));
        }
        if (f.packagingIncluded() == null) {
            problems.add(Problem.error(wb.info().cell("packagingIncluded"),
                    "包装是否包含 Packaging included must be yes or no for a PACT v2 export, found nothing"));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
    }

    /** A URN of the PACT customcode namespace: {@code urn:pathfinder:<kind>:customcode:vendor-assigned:<name>}. */
    static String urn(String kind, String name) {
        return "urn:pathfinder:" + kind + ":customcode:vendor-assigned:" + encode(name);
    }

    /** RFC 8141 NSS encoding: unreserved characters as they are, everything else percent-encoded UTF-8. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return sb.isEmpty() ? "unnamed" : sb.toString();
    }

    /** The standard comment both versions carry, plus the version's own notes. */
    static String comment(PactFacts f, PcfWorkbook wb, List<String> notes) {
        List<String> parts = new ArrayList<>();
        String no = wb.info().reportNo() == null ? "" : " (report No. " + wb.info().reportNo() + ")";
        parts.add("Calculated with pcf under " + f.standard() + no + ", GWP-100 from IPCC " + f.gwp() + ".");
        parts.add("No inventory line is exempted: lines under the cut-off threshold are counted in the total.");
        parts.addAll(notes);
        if (f.uncertainty() != null) parts.add(f.uncertainty());
        return String.join("\n", parts);
    }

    /** The rules array: GB/T 24067-2024, and the PCR when one is named. */
    static ArrayNode rules(PactFacts f) {
        ArrayNode rules = JSON.createArrayNode();
        ObjectNode gbt = rules.addObject();
        gbt.put("operator", "Other");
        gbt.putArray("ruleNames").add(PactFacts.GBT);
        gbt.put("otherOperatorName", PactFacts.GBT_OPERATOR);
        if (f.pcr() != null && !f.pcr().contains("24067")) {
            ObjectNode pcr = rules.addObject();
            String p = f.pcr();
            String operator = p.startsWith("PEF") ? "PEF" : p.contains("EPD") ? "EPD International" : "Other";
            pcr.put("operator", operator);
            pcr.putArray("ruleNames").add(p);
            if (operator.equals("Other")) pcr.put("otherOperatorName", "as named in the rule");
        }
        return rules;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
