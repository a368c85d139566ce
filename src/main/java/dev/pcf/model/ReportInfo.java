package dev.pcf.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * The 报告信息 Report sheet: one field per row. Optional fields are null (or {@link Text#EMPTY})
 * when not given; defaults named in the workbook contract are applied by the reader.
 *
 * @param reportNo            report number, e.g. T410267-3
 * @param issueDate           issue date
 * @param language            report language, default zh+en
 * @param verificationBody    name of the body issuing the report
 * @param productName         product name
 * @param model               model / specification
 * @param manufacturer        manufacturer
 * @param address             address
 * @param legalRepresentative legal representative
 * @param contactPerson       contact person
 * @param contactPhone        contact phone
 * @param companyProfile      company profile (long text)
 * @param productFunction     product function (long text)
 * @param processDescription  process description (long text)
 * @param standard            the accounting standard, default {@code GB/T 24067-2024 / ISO 14067:2018}
 * @param functionalUnit      functional unit, e.g. 1 台集中式 DTU JX0317-D30
 * @param boundary            system boundary
 * @param periodStart         reference period start
 * @param periodEnd           reference period end
 * @param annualProduction    functional units produced in the reference period, or null
 * @param productMassKg       kg per functional unit excluding packaging, or null
 * @param productionRegion    ISO 3166-2 code such as CN-ZJ, or null
 * @param packagingIncluded   whether packaging is included, or null when not stated
 * @param pcr                 product category rules followed, or null
 * @param decimals            decimals for kgCO2e figures in the report, default 4
 * @param gwpSet              IPCC GWP-100 set, default AR6
 * @param purpose             purpose of study (empty: the standard text)
 * @param cutOffRule          cut-off rule (empty: the standard text)
 * @param allocationRule      allocation principle (empty: the standard text)
 * @param assumptions         assumptions and limitations
 * @param mcIterations        fixed Monte Carlo iterations, or null for adaptive
 * @param seed                random seed, or null for the default
 * @param cells               the value cell of each field given, keyed by the field name (the record component's name)
 */
public record ReportInfo(String reportNo, LocalDate issueDate, ReportLanguage language,
                         Text verificationBody, Text productName, String model, Text manufacturer,
                         Text address, String legalRepresentative, String contactPerson,
                         String contactPhone, Text companyProfile, Text productFunction,
                         Text processDescription, String standard, Text functionalUnit,
                         SystemBoundary boundary, LocalDate periodStart, LocalDate periodEnd,
                         Double annualProduction, Double productMassKg, String productionRegion,
                         Boolean packagingIncluded, String pcr, int decimals, GwpSet gwpSet,
                         Text purpose, Text cutOffRule, Text allocationRule, Text assumptions,
                         Integer mcIterations, Long seed, Map<String, CellRef> cells) {
    public static final String DEFAULT_STANDARD = "GB/T 24067-2024 / ISO 14067:2018";
    public static final int DEFAULT_DECIMALS = 4;

    public ReportInfo {
        cells = Map.copyOf(cells);
    }

    /** The same information with another GWP set. */
    public ReportInfo withGwpSet(GwpSet set) {
        return new ReportInfo(reportNo, issueDate, language, verificationBody, productName, model, manufacturer, address,
                legalRepresentative, contactPerson, contactPhone, companyProfile, productFunction, processDescription,
                standard, functionalUnit, boundary, periodStart, periodEnd, annualProduction, productMassKg,
                productionRegion, packagingIncluded, pcr, decimals, set, purpose, cutOffRule, allocationRule, assumptions,
                mcIterations, seed, cells);
    }

    /** The value cell of a field, or null when the field was not in the workbook. */
    public CellRef cell(String field) {
        return cells.get(field);
    }
}
