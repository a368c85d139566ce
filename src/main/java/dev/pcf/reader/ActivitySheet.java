package dev.pcf.reader;

import dev.pcf.model.Activity;
import dev.pcf.model.Basis;
import dev.pcf.model.CellRef;
import dev.pcf.model.DataType;
import dev.pcf.model.DroppedRow;
import dev.pcf.model.Factor;
import dev.pcf.model.Stage;
import dev.pcf.model.Text;
import dev.pcf.model.UncertaintyInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the 活动数据 Activity sheet against the stages and factors already read. */
final class ActivitySheet {
    private ActivitySheet() {}

    /**
     * @param activities the rows read, in sheet order
     * @param dropped    the rows left out because of an error reported at them (or at their stage or factor)
     */
    record Result(List<Activity> activities, List<DroppedRow> dropped) {}

    /**
     * @param annualProduction the Report's annual production, or null when not given
     * @param annualCell       how to name the Report field in messages, or null when the Report sheet could not be read
     */
    static Result read(Table table, Problems problems, boolean wantEnglish,
                               StageSheet.Result stages, FactorSheet.Result factors, Double annualProduction,
                               String annualCell) {
        List<Activity> activities = new ArrayList<>();
        List<DroppedRow> dropped = new ArrayList<>();
        boolean any = false;
        StageNames names = new StageNames(stages.stages());
        // an empty factor ID is the calculation's to judge: it is right for an emission given directly (kgCO2e)
        for (RowReader row : table.rows(problems, Set.of(Activity.FACTOR_ID))) {
            any = true;
            boolean silent = false;
            String stageCode = row.text(Activity.STAGE);
            Stage stage = null;
            if (!stageCode.isEmpty()) {
                String key = stageCode.toUpperCase(Locale.ROOT);
                stage = stages.byCode().get(key);
                if (stage == null) stage = names.lookup(stageCode, row);
                if (stage == null && stages.reported(key)) {
                    silent = true;
                } else if (stage == null) {
                    row.error(Activity.STAGE, row.label(Activity.STAGE) + " \"" + stageCode
                            + "\" is not a stage code of the Stages sheet" + known(stages.stages()));
                } else if (!stage.included()) {
                    row.error(Activity.STAGE, row.label(Activity.STAGE) + " \"" + stageCode
                            + "\" is a stage marked not included (" + stage.cells().cell(Stage.INCLUDED)
                            + "); include the stage or remove the row");
                }
            }
            Text item = Text.of(row.text(Activity.ITEM_ZH), row.text(Activity.ITEM_EN));
            if (wantEnglish && table.hasColumn(Activity.ITEM_EN) && row.blank(Activity.ITEM_EN) && !item.zh().isEmpty()) {
                row.warning(Activity.ITEM_EN, row.label(Activity.ITEM_EN) + " is empty: the English report will show \""
                        + item.zh() + "\"");
            }
            Double amount = row.number(Activity.AMOUNT);
            if (amount != null && amount < 0) {
                row.error(Activity.AMOUNT, row.label(Activity.AMOUNT) + " must be ≥ 0, found " + CellValue.plain(amount));
            } else if (amount != null && amount == 0) {
                row.warning(Activity.AMOUNT, row.label(Activity.AMOUNT) + " is 0: the line adds nothing to the footprint");
            }
            String unit = row.text(Activity.UNIT);
            Basis basis = row.choice(Activity.BASIS, Vocabulary.BASIS);
            if (basis == Basis.ANNUAL && annualProduction == null && annualCell != null) {
                row.error(Activity.BASIS, row.label(Activity.BASIS) + " is annual, but " + annualCell
                        + " is empty: give the annual production or use basis unit");
            }
            Double allocation = row.number(Activity.ALLOCATION);
            if (allocation != null && (allocation < 0 || allocation > 1)) {
                row.error(Activity.ALLOCATION, row.label(Activity.ALLOCATION) + " must be between 0 and 1, found "
                        + row.value(Activity.ALLOCATION).found());
            }
            String factorId = row.text(Activity.FACTOR_ID);
            if (factorId.isEmpty() && row.hasColumn(Activity.FACTOR_ID) && !mayBeDirect(unit)) {
                row.error(Activity.FACTOR_ID, row.label(Activity.FACTOR_ID) + " is required but empty");
            }
            Factor factor = null;
            if (!factorId.isEmpty()) {
                String key = factorId.toUpperCase(Locale.ROOT);
                factor = factors.byId().get(key);
                if (factor == null && factors.reported(key)) {
                    silent = true;
                } else if (factor == null) {
                    row.error(Activity.FACTOR_ID, row.label(Activity.FACTOR_ID) + " \"" + factorId
                            + "\" is not a Factor ID of the Factors sheet");
                }
            }
            DataType dataType = row.choice(Activity.DATA_TYPE, Vocabulary.DATA_TYPE);
            String dataSource = row.optText(Activity.DATA_SOURCE);
            UncertaintyInput u = UncertaintyColumns.read(row, amount, Activity.AMOUNT);
            String notes = row.optText(Activity.NOTES);
            if (row.failed() || silent) {
                String code = stage != null ? stage.code()
                        : stages.reported(stageCode.toUpperCase(Locale.ROOT)) ? stageCode.toUpperCase(Locale.ROOT) : null;
                dropped.add(new DroppedRow(CellRef.wholeRow(table.sheetName(), row.row()), code));
                continue;
            }
            activities.add(new Activity(activities.size(), stage.code(), item, amount, unit,
                    basis == null ? Basis.UNIT : basis, allocation == null ? 1.0 : allocation,
                    factor == null ? "" : factor.id(), dataType,
                    dataSource, u, notes, row.cells()));
        }
        names.warn(problems);
        if (!any) {
            problems.error(null, CellRef.quoteSheet(table.sheetName())
                    + ": no activity rows; enter the inventory from row 2 down");
        }
        return new Result(activities, dropped);
    }

    /**
     * Whether a unit may be a mass of CO2e, so that an empty factor ID may be right (an emission given
     * directly): the calculation, which knows the units, decides; every other row needs a factor ID.
     */
    private static boolean mayBeDirect(String unit) {
        return java.text.Normalizer.normalize(unit, java.text.Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).contains("CO2");
    }

    private static String known(List<Stage> stages) {
        if (stages.isEmpty()) return "";
        return " (" + String.join(", ", stages.stream().map(Stage::code).toList()) + ")";
    }
}
