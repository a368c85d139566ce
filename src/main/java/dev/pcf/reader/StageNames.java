package dev.pcf.reader;

import dev.pcf.model.Activity;
import dev.pcf.model.ActivityField;
import dev.pcf.model.CellRef;
import dev.pcf.model.Stage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stage names where a stage code is expected: a company that types 产品生产 in the Stage code column
 * means the stage whose Chinese or English name that is on its own Stages sheet. Accepted when the
 * name is one stage's (ignoring case and spaces), and listed once per name as a warning.
 */
final class StageNames {
    private final Map<String, Stage> byName = new HashMap<>();
    /** Name as first written → where, the stage, and how many rows wrote it. */
    private final Map<String, Use> uses = new LinkedHashMap<>();

    private static final class Use {
        final CellRef first;
        final Stage stage;
        final String written;
        int rows;

        Use(CellRef first, Stage stage, String written) {
            this.first = first;
            this.stage = stage;
            this.written = written;
        }
    }

    StageNames(List<Stage> stages) {
        Set<String> ambiguous = new HashSet<>();
        for (Stage s : stages) {
            for (String name : Set.of(key(s.name().zh()), key(s.name().en()))) {
                if (name.isEmpty()) continue;
                Stage old = byName.putIfAbsent(name, s);
                if (old != null && old != s) ambiguous.add(name);
            }
        }
        ambiguous.forEach(byName::remove);
    }

    private static String key(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }

    /** The stage whose name is written in the row's stage code cell, or null; remembered for {@link #warn}. */
    Stage lookup(String written, RowReader row) {
        Stage s = byName.get(key(written));
        if (s == null) return null;
        uses.computeIfAbsent(key(written), k -> new Use(row.ref(Activity.STAGE), s, written.strip())).rows++;
        return s;
    }

    /** One warning per stage name used as a code, at its first cell. */
    void warn(Problems problems) {
        for (Use u : uses.values()) {
            Stage s = u.stage;
            problems.warning(u.first, ActivityField.STAGE.label() + " \"" + u.written + "\" is a stage name, not a code: read as "
                    + s.code() + ", the stage of that name (" + s.cells().cell(Stage.CODE) + ")"
                    + (u.rows == 1 ? "" : " on all " + u.rows + " rows that write it"));
        }
    }
}
