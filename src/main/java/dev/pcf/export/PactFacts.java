package dev.pcf.export;

import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.DataType;
import dev.pcf.model.Factor;
import dev.pcf.model.Footprint;
import dev.pcf.model.InputException;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.ReportInfo;
import dev.pcf.model.Stage;
import dev.pcf.model.UncertaintyResult;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SequencedSet;
import java.util.UUID;

/**
 * What both PACT versions say, worked out once from the workbook and its results. Emissions are
 * kg CO2e per functional unit; the writers scale them to the declared unit.
 */
record PactFacts(String id, String created, String companyName, String companyKey, String productKey,
                 String productName, String productDescription, DeclaredUnit declaredUnit, Double massPerFuKg,
                 String periodStart, String periodEnd, String region, Boolean packagingIncluded,
                 double total, double fossil, double aircraft, double dluc, double biogenicCo2,
                 double biogenicNonCo2, double removal, double primaryPct, DataQuality dq, String gwp,
                 String pcr, String boundary, String allocation, String uncertainty, String verifier,
                 String issueInstant, String standard, SequencedSet<List<String>> factorSources) {

    static final String GBT = "GB/T 24067-2024";
    static final String GBT_OPERATOR = "SAMR / SAC (State Administration for Market Regulation, "
            + "Standardization Administration of China)";

    /**
     * @throws InputException when a field PACT needs is missing or malformed: the reference period,
     *                        the issue date, the manufacturer, the product name, a production region
     *                        that is not an ISO 3166 code
     */
    static PactFacts of(PcfWorkbook wb, Footprint fp, UncertaintyResult mc) {
        ReportInfo info = wb.info();
        List<Problem> problems = new ArrayList<>();
        DeclaredUnit du = DeclaredUnit.of(info.functionalUnit());
        Double mass = info.productMassKg() != null && info.productMassKg() > 0 ? info.productMassKg() : null;
        if (!Double.isNaN(du.massKg())) mass = du.massKg();
        String region = info.productionRegion() == null ? null : info.productionRegion().strip().toUpperCase(Locale.ROOT);
        if (region != null && region.isEmpty()) region = null;
        if (region != null && !region.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?")) {
            problems.add(Problem.error(info.cell("productionRegion"),
                    "生产地区 Production region must be an ISO 3166 code such as CN-ZJ or CN, found \"" + region + "\""));
        }
        if (info.periodStart() == null) problems.add(Problem.error(info.cell("periodStart"),
                "数据开始日期 Reference period start is required for the PACT export"));
        if (info.periodEnd() == null) problems.add(Problem.error(info.cell("periodEnd"),
                "数据结束日期 Reference period end is required for the PACT export"));
        if (info.issueDate() == null) problems.add(Problem.error(info.cell("issueDate"),
                "签发日期 Issue date is required for the PACT export"));
        if (info.manufacturer().isEmpty()) problems.add(Problem.error(info.cell("manufacturer"),
                "生产者名称 Manufacturer is required for the PACT export (companyName)"));
        if (info.productName().isEmpty()) problems.add(Problem.error(info.cell("productName"),
                "产品名称 Product name is required for the PACT export (productNameCompany)"));
        if (!problems.isEmpty()) throw new InputException(problems);

        // the biogenic origin split by gas, each summed over its own lines (no difference of sums)
        double biogenicCo2 = 0;
        double biogenicNonCo2 = 0;
        double primary = 0;
        for (LineResult l : fp.lines()) {
            if (l.activity().dataType() == DataType.PRIMARY && l.origin() != CarbonOrigin.BIOGENIC_REMOVAL) {
                primary += l.kgco2e();
            }
            if (l.origin() != CarbonOrigin.BIOGENIC) continue;
            if (l.gas().equals("CO2")) biogenicCo2 += l.kgco2e();
            else biogenicNonCo2 += l.kgco2e();
        }
        double aircraft = origin(fp, CarbonOrigin.AIRCRAFT);
        String product = info.productName().enOrZh();
        String sha = wb.source() == null || wb.source().sha256() == null ? "" : wb.source().sha256();
        String id = UUID.nameUUIDFromBytes(("pcf|" + sha + "|" + product + "|" + nz(info.model()))
                .getBytes(StandardCharsets.UTF_8)).toString();
        return new PactFacts(id, instant(info.issueDate()), info.manufacturer().enOrZh(),
                info.manufacturer().enOrZh(), nz(info.model()).isEmpty() ? product : info.model(), product,
                description(info), du, mass, instant(info.periodStart()), instant(info.periodEnd()), region,
                info.packagingIncluded(), fp.total(), origin(fp, CarbonOrigin.FOSSIL) + aircraft, aircraft,
                origin(fp, CarbonOrigin.DLUC), biogenicCo2, biogenicNonCo2,
                origin(fp, CarbonOrigin.BIOGENIC_REMOVAL), primaryPct(primary, fp.total() - origin(fp, CarbonOrigin.BIOGENIC_REMOVAL)),
                DataQuality.of(fp.lines()), fp.gwpSet().name(), blankToNull(info.pcr()), boundary(wb),
                allocation(info), mc == null ? null : uncertainty(mc), blankToNull(info.verificationBody().enOrZh()),
                instant(info.issueDate()), nz(info.standard()).isEmpty() ? ReportInfo.DEFAULT_STANDARD : info.standard(),
                sources(fp));
    }

    /** The footprint without the biogenic CO2 uptake (removals), kg CO2e per functional unit. */
    double excludingUptake() {
        return total - removal;
    }

    /** PACT v2's PCF excluding all biogenic emissions and removals, kg CO2e per functional unit. */
    double excludingBiogenic() {
        return total - removal - biogenicCo2 - biogenicNonCo2;
    }

    /**
     * PACT's primary data share: of the PCF excluding biogenic uptake, the percentage from lines
     * whose activity data are primary (removals left out of both). Equals {@code pcf calc}'s
     * primary share × 100 when there are no removals. Clamped to 0–100; 0 when the PCF is 0.
     */
    private static double primaryPct(double primary, double excludingUptake) {
        return excludingUptake <= 0 ? 0 : Math.clamp(primary / excludingUptake * 100, 0, 100);
    }

    private static double origin(Footprint fp, CarbonOrigin o) {
        Double v = fp.byOrigin().get(o);
        return v == null ? 0 : v;
    }

    private static String instant(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT);
    }

    private static String description(ReportInfo info) {
        List<String> parts = new ArrayList<>();
        parts.add(join(info.productName().zh(), info.productName().en()));
        if (!nz(info.model()).isEmpty()) parts.add("Model " + info.model());
        parts.add("Functional unit: " + join(info.functionalUnit().zh(), info.functionalUnit().en()));
        if (!info.productFunction().isEmpty()) parts.add(info.productFunction().enOrZh());
        return String.join("; ", parts.stream().filter(s -> !s.isEmpty()).toList());
    }

    private static String boundary(PcfWorkbook wb) {
        StringBuilder sb = new StringBuilder();
        if (wb.info().boundary() != null) sb.append("System boundary: ").append(wb.info().boundary().code()).append('.');
        int i = 1;
        for (Stage s : wb.stages()) {
            if (!s.included()) continue;
            sb.append('\n').append(i++).append(") ").append(join(s.name().zh(), s.name().en()));
            if (!s.includedProcesses().isEmpty()) sb.append(": ").append(s.includedProcesses().enOrZh());
            if (!s.excludedProcesses().isEmpty()) sb.append("; excluded: ").append(s.excludedProcesses().enOrZh());
        }
        return sb.toString();
    }

    private static String allocation(ReportInfo info) {
        return info.allocationRule().isEmpty()
                ? "Shared totals are allocated to the product by the allocation factor given on each activity line."
                : info.allocationRule().enOrZh();
    }

    private static String uncertainty(UncertaintyResult mc) {
        UncertaintyResult.Summary t = mc.total();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Monte Carlo simulation (JCGM 101:2008), %d iterations, seed %d: mean %.4f, median %.4f, "
                        + "95 %% interval [%.4f, %.4f] kg CO2e per functional unit (-%.2f %% / +%.2f %%).",
                mc.iterations(), mc.seed(), t.mean(), t.median(), t.low(), t.high(), t.minusPct(), t.plusPct()));
        List<UncertaintyResult.Contribution> top = mc.contributions().stream().limit(3).toList();
        if (!top.isEmpty()) {
            sb.append(" Main contributors to the variance: ");
            sb.append(String.join(", ", top.stream().map(c -> String.format(Locale.ROOT, "%s (%.1f %%)",
                    c.label(), c.share() * 100)).toList())).append('.');
        }
        return sb.toString();
    }

    private static SequencedSet<List<String>> sources(Footprint fp) {
        SequencedSet<List<String>> out = new LinkedHashSet<>();
        for (LineResult l : fp.lines()) {
            Factor f = l.factor();
            if (f.source() == null || f.source().isBlank()) continue;
            String year = f.year() == null || f.year().isBlank() ? "unspecified" : f.year().strip();
            out.add(List.of(f.source().strip(), year));
        }
        return out;
    }

    private static String join(String zh, String en) {
        if (zh.isEmpty()) return en;
        return en.isEmpty() || en.equals(zh) ? zh : zh + " / " + en;
    }

    static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
