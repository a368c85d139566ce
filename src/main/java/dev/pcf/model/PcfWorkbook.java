package dev.pcf.model;

import java.util.List;

/**
 * Everything a standard workbook says, read and checked: the input of the calculation and the
 * report.
 *
 * @param source       the file as received
 * @param info         the Report sheet
 * @param stages       stages in report order (excluded ones too)
 * @param factors      emission factors, in sheet order ({@link Factor#index()} is the position)
 * @param activities   activity lines, in sheet order ({@link Activity#index()} is the position)
 * @param team         the verification team (may be empty)
 * @param improvements the company's own improvement suggestions (may be empty)
 * @param pictures     pictures from the Images sheet (may be empty)
 * @param warnings     warnings found while reading (never errors: those are thrown)
 * @param scenarios    the scenarios of the optional Scenarios sheet, in sheet order (may be empty)
 * @param dropped      the activity rows the reader left out because of an error it reported, in sheet
 *                     order (empty for a workbook that can be calculated)
 */
public record PcfWorkbook(SourceFile source, ReportInfo info, List<Stage> stages, List<Factor> factors,
                          List<Activity> activities, List<TeamMember> team, List<Improvement> improvements,
                          List<Picture> pictures, List<Problem> warnings, List<Scenario> scenarios,
                          List<DroppedRow> dropped) {

    /** A workbook with scenarios, without dropped rows. */
    public PcfWorkbook(SourceFile source, ReportInfo info, List<Stage> stages, List<Factor> factors,
                       List<Activity> activities, List<TeamMember> team, List<Improvement> improvements,
                       List<Picture> pictures, List<Problem> warnings, List<Scenario> scenarios) {
        this(source, info, stages, factors, activities, team, improvements, pictures, warnings, scenarios, List.of());
    }

    /** A workbook without scenarios. */
    public PcfWorkbook(SourceFile source, ReportInfo info, List<Stage> stages, List<Factor> factors,
                       List<Activity> activities, List<TeamMember> team, List<Improvement> improvements,
                       List<Picture> pictures, List<Problem> warnings) {
        this(source, info, stages, factors, activities, team, improvements, pictures, warnings, List.of());
    }

    /** The same workbook with other factors, activities and report information (a scenario applied). */
    public PcfWorkbook with(ReportInfo newInfo, List<Factor> newFactors, List<Activity> newActivities) {
        return new PcfWorkbook(source, newInfo, stages, newFactors, newActivities, team, improvements, pictures,
                warnings, scenarios, dropped);
    }

    public PcfWorkbook {
        scenarios = List.copyOf(scenarios);
        dropped = List.copyOf(dropped);
        stages = List.copyOf(stages);
        factors = List.copyOf(factors);
        activities = List.copyOf(activities);
        team = List.copyOf(team);
        improvements = List.copyOf(improvements);
        pictures = List.copyOf(pictures);
        warnings = List.copyOf(warnings);
    }

    /** The stage with this code, or null. */
    public Stage stage(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    /** The factor with this ID, or null. */
    public Factor factor(String id) {
        return factors.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }
}
