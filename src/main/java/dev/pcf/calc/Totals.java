package dev.pcf.calc;

import dev.pcf.model.AppliedConversion;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.CutOffCheck;
import dev.pcf.model.DataType;
import dev.pcf.model.Footprint;
import dev.pcf.model.GwpSet;
import dev.pcf.model.LineResult;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.Stage;
import dev.pcf.model.StageResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sums line results into the footprint: stages, gases, origins, the cut-off check, the primary data share. */
final class Totals {

    /** ISO 14067 / GB/T 24067 cut-off practice: a line under 1 % of the total is small… */
    static final double LINE_THRESHOLD = 0.01;
    /** …and the small lines together must stay under 5 %. */
    static final double SUM_THRESHOLD = 0.05;

    private Totals() {}

    static Footprint footprint(PcfWorkbook wb, GwpSet set, List<LineResult> lines, List<Problem> warnings,
                               List<AppliedConversion> conversions) {
        double total = 0;
        for (LineResult l : lines) total += l.kgco2e();

        List<StageResult> stages = new ArrayList<>();
        for (Stage s : wb.stages()) {
            if (!s.included()) continue;
            double sum = 0;
            for (LineResult l : lines) {
                if (l.activity().stage().equals(s.code())) sum += l.kgco2e();
            }
            stages.add(new StageResult(s, sum, share(sum, total)));
        }

        Map<String, Double> byGas = new LinkedHashMap<>();
        Map<CarbonOrigin, Double> byOrigin = new EnumMap<>(CarbonOrigin.class);
        for (CarbonOrigin o : CarbonOrigin.values()) byOrigin.put(o, 0.0);
        double primary = 0;
        for (LineResult l : lines) {
            byGas.merge(l.gas(), l.kgco2e(), Double::sum);
            byOrigin.merge(l.origin(), l.kgco2e(), Double::sum);
            if (l.activity().dataType() == DataType.PRIMARY) primary += l.kgco2e();
        }

        List<Problem> all = new ArrayList<>(warnings);
        // without any line the reader has already said so ("no activity rows"); with rows the reader dropped
        // (each an error at its cell) the total is incomplete: a zero or negative total is their consequence
        if (!wb.dropped().isEmpty()) {
            // nothing to add
        } else if (total == 0 && !lines.isEmpty()) {
            all.add(Problem.warning(null, "The total is 0 kg CO2e per functional unit; every share is shown as 0"));
        } else if (total < 0) {
            all.add(Problem.warning(null, "The total is negative (" + Labels.number(total)
                    + " kg CO2e per functional unit): the removals exceed the emissions"));
        }
        return new Footprint(set, total, stages, Collections.unmodifiableMap(byGas),
                Collections.unmodifiableMap(byOrigin), lines, cutOff(lines, gross(lines)), share(primary, gross(lines)), all,
                conversions);
    }

    /**
     * The cut-off check: lines whose magnitude is under 1 % of the gross emissions, largest
     * first, and whether the sum of their magnitudes stays under 5 % of it. Magnitudes, so that a
     * small removal cannot hide a small emission. With a zero total every share is 0.
     */
    static CutOffCheck cutOff(List<LineResult> lines, double total) {
        List<LineResult> small = new ArrayList<>();
        double sum = 0;
        for (LineResult l : lines) {
            if (share(Math.abs(l.kgco2e()), Math.abs(total)) < LINE_THRESHOLD) {
                small.add(l);
                sum += Math.abs(l.kgco2e());
            }
        }
        small.sort(Comparator.comparingDouble((LineResult l) -> Math.abs(l.kgco2e())).reversed());
        double smallShare = share(sum, Math.abs(total));
        return new CutOffCheck(LINE_THRESHOLD, SUM_THRESHOLD, small, sum, smallShare, smallShare < SUM_THRESHOLD);
    }

    /**
     * The gross emissions, the sum of the emitting lines: what the cut-off shares are fractions of, so that
     * a removal (ISO 14067 reports it apart) does not shrink the denominator and inflate every share.
     */
    static double gross(List<LineResult> lines) {
        double sum = 0;
        for (LineResult l : lines) {
            if (l.kgco2e() > 0) sum += l.kgco2e();
        }
        return sum;
    }

    /** part / total, or 0 when the total is 0. */
    static double share(double part, double total) {
        return total == 0 ? 0 : part / total;
    }
}
