package dev.pcf.reader;

import dev.pcf.model.Stage;
import dev.pcf.model.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the 生命周期阶段 Stages sheet. */
final class StageSheet {
    private StageSheet() {}

    /**
     * The stages read, plus every code written in the sheet (also those of rows in error), keyed
     * by upper-case code, so that Activity can tell an unknown code from one already reported.
     */
    record Result(List<Stage> stages, Map<String, Stage> byCode, Set<String> seen, boolean read) {

        /** Whether a code was written in the sheet (or the sheet could not be read, so nothing is known). */
        boolean reported(String key) {
            return !read || seen.contains(key);
        }
    }

    static Result read(Table table, Problems problems, boolean wantEnglish) {
        List<Stage> stages = new ArrayList<>();
        Map<String, Stage> byCode = new LinkedHashMap<>();
        Map<String, RowReader> firstRow = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> broken = new HashSet<>();
        for (RowReader row : table.rows(problems)) {
            String code = row.text(Stage.CODE);
            String key = code.toUpperCase(Locale.ROOT);
            if (!code.isEmpty()) {
                seen.add(key);
                RowReader first = firstRow.putIfAbsent(key, row);
                if (first != null) {
                    row.error(Stage.CODE, row.label(Stage.CODE) + " \"" + code + "\" repeats the stage at "
                            + first.ref(Stage.CODE));
                    broken.add(key);
                }
            }
            Text name = Text.of(row.text(Stage.NAME_ZH), row.text(Stage.NAME_EN));
            if (wantEnglish && table.hasColumn(Stage.NAME_EN) && row.blank(Stage.NAME_EN) && !name.zh().isEmpty()) {
                row.warning(Stage.NAME_EN, row.label(Stage.NAME_EN) + " is empty: the English report will show \""
                        + name.zh() + "\"");
            }
            Boolean included = row.choice(Stage.INCLUDED, Vocabulary.YES_NO);
            Text inc = Text.of(row.text(Stage.INCLUDED_PROCESSES), row.text(Stage.INCLUDED_PROCESSES_EN));
            Text exc = Text.of(row.text(Stage.EXCLUDED_PROCESSES), row.text(Stage.EXCLUDED_PROCESSES_EN));
            if (row.failed()) {
                broken.add(key);
                continue;
            }
            Stage s = new Stage(code, name, included == null || included, inc, exc, row.cells());
            stages.add(s);
            byCode.putIfAbsent(key, s);
        }
        broken.forEach(byCode::remove);
        stages.removeIf(s -> broken.contains(s.code().toUpperCase(Locale.ROOT)));
        return new Result(List.copyOf(stages), Map.copyOf(byCode), Set.copyOf(seen), true);
    }
}
