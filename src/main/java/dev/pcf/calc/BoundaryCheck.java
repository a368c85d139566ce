package dev.pcf.calc;

import dev.pcf.model.Activity;
import dev.pcf.model.CellRef;
import dev.pcf.model.DroppedRow;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.Stage;
import dev.pcf.model.SystemBoundary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that the system boundary and the included stages agree. The template ships all six stages
 * as included, so a company that picks cradle-to-gate and forgets to exclude the stages after the
 * factory gate would otherwise get a report listing "Distribution 0.0000" inside a cradle-to-gate
 * boundary. Stages are recognised by the template's codes; a company's own codes are not judged.
 * <ul>
 *   <li>cradle-to-gate with Distribution, Use or End of life included: a warning (the study may have
 *       meant cradle-to-grave) at the stage's Included cell, naming the boundary cell;</li>
 *   <li>gate-to-gate with any stage before or after production included: an error (the combination
 *       cannot be right);</li>
 *   <li>an included stage without any activity row: a warning at its Included cell (its result would be 0).
 *       A row the reader dropped (an error at the row) still counts for its stage, and when a dropped row's
 *       stage cannot be read, or the sheet has no activity rows at all, the reader's errors already say what
 *       is missing and no stage is judged.</li>
 * </ul>
 */
final class BoundaryCheck {
    /** Stages before the factory gate of production. */
    static final Set<String> UPSTREAM = Set.of("RAW", "RAW_TRANSPORT");
    /** Stages after the factory gate. */
    static final Set<String> DOWNSTREAM = Set.of("DISTRIBUTION", "USE", "EOL");

    private BoundaryCheck() {}

    static void check(PcfWorkbook wb, List<Problem> problems) {
        if (wb.info() == null) return;
        SystemBoundary b = wb.info().boundary();
        CellRef boundaryCell = wb.info().cell("boundary");
        String where = boundaryCell == null ? "" : " (" + boundaryCell + ")";
        Set<String> withRows = new HashSet<>();
        for (Activity a : wb.activities()) withRows.add(a.stage());
        boolean judgeEmpty = !wb.activities().isEmpty() || !wb.dropped().isEmpty();
        for (DroppedRow d : wb.dropped()) {
            if (d.stage() == null) judgeEmpty = false;
            else withRows.add(d.stage());
        }
        for (Stage s : wb.stages()) {
            if (!s.included()) continue;
            CellRef at = s.cells() == null ? null : s.cells().cell(Stage.INCLUDED);
            String name = s.code() + " (" + s.name().zhOrEn() + (s.name().en().isEmpty() || s.name().en().equals(s.name().zh())
                    ? "" : " " + s.name().en()) + ")";
            if (b == SystemBoundary.CRADLE_TO_GATE && DOWNSTREAM.contains(s.code())) {
                problems.add(Problem.warning(at, "stage " + name + " is included, but the system boundary" + where
                        + " is cradle-to-gate, which ends at the factory gate: mark the stage 否 no, or set the boundary"
                        + " to cradle-to-grave"));
            } else if (b == SystemBoundary.GATE_TO_GATE && (UPSTREAM.contains(s.code()) || DOWNSTREAM.contains(s.code()))) {
                problems.add(Problem.error(at, "stage " + name + " is included, but the system boundary" + where
                        + " is gate-to-gate, which covers production only: mark the stage 否 no, or set the boundary to "
                        + (DOWNSTREAM.contains(s.code()) ? "cradle-to-grave" : "cradle-to-gate")));
            } else if (judgeEmpty && !withRows.contains(s.code())) { // a stage outside the boundary is told so above
                problems.add(Problem.warning(at, "stage " + name + " is included but has no activity rows, so its result"
                        + " is 0: enter its inventory on the Activity sheet, or mark it 否 no if it is outside the study"));
            }
        }
    }
}
