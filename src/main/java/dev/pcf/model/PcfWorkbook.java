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
 */
public record PcfWorkbook(SourceFile source, ReportInfo info, List<Stage> stages, List<Factor> factors,
                          List<Activity> activities, List<TeamMember> team, List<Improvement> improvements,
                          List<Picture> pictures, List<Problem> warnings) {

    public PcfWorkbook {
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
