package dev.pcf.reader;

import dev.pcf.model.CellRef;
import dev.pcf.model.Improvement;
import dev.pcf.model.Picture;
import dev.pcf.model.PictureKind;
import dev.pcf.model.TeamMember;
import dev.pcf.model.TeamRole;
import dev.pcf.model.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the optional sheets: 评价组 Team, 改进建议 Improvements and the pictures of 图片 Images. */
final class OptionalSheets {
    private OptionalSheets() {}

    static List<TeamMember> team(Table table, Problems problems) {
        List<TeamMember> team = new ArrayList<>();
        for (RowReader row : table.rows(problems)) {
            String name = row.text(TeamMember.NAME);
            TeamRole role = row.choice(TeamMember.ROLE, Vocabulary.ROLE);
            String certificate = row.optText(TeamMember.CERTIFICATE);
            String organisation = row.optText(TeamMember.ORGANISATION);
            if (row.failed()) continue;
            team.add(new TeamMember(name, role == null ? TeamRole.MEMBER : role, certificate, organisation, row.cells()));
        }
        return team;
    }

    static List<Improvement> improvements(Table table, Problems problems) {
        List<Improvement> list = new ArrayList<>();
        for (RowReader row : table.rows(problems)) {
            Text text = Text.of(row.text(Improvement.ZH), row.text(Improvement.EN));
            if (row.failed() || text.isEmpty()) continue;
            list.add(new Improvement(text, row.cells()));
        }
        return list;
    }

    /**
     * The pictures of the Images sheet, each with the kind named by the label in column A of its
     * anchor row; a picture on a row without a known label is left out with a warning.
     */
    static List<Picture> pictures(Page page, Problems problems) {
        List<Picture> pictures = new ArrayList<>();
        List<Page.Pic> found = new ArrayList<>(page.pictures());
        found.sort(Comparator.comparingInt(Page.Pic::row).thenComparingInt(Page.Pic::column));
        for (Page.Pic p : found) {
            CellRef at = new CellRef(page.name(), Math.max(0, p.row()), Math.max(0, p.column()));
            String label = page.headerText(at.row(), 0);
            PictureKind kind = null;
            for (PictureKind k : PictureKind.values()) {
                if (Headers.matches(label, k.zh(), k.en())) kind = k;
            }
            if (kind == null) {
                problems.warning(at, "picture left out: column A of its row should name it (产品图片 Product photo, "
                        + "工艺流程图 Process flow chart, 厂区布局 Plant layout or 企业标志 Company logo), found "
                        + (label.isEmpty() ? "an empty cell" : "\"" + label + "\""));
                continue;
            }
            if (p.data() == null) continue;
            pictures.add(new Picture(kind, p.data(), p.mime(), at));
        }
        return pictures;
    }
}
