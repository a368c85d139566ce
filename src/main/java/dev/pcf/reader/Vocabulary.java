package dev.pcf.reader;

import dev.pcf.model.Basis;
import dev.pcf.model.CarbonOrigin;
import dev.pcf.model.DataType;
import dev.pcf.model.DistributionType;
import dev.pcf.model.GwpSet;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.SystemBoundary;
import dev.pcf.model.TeamRole;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words the reader accepts in choice cells, English and Chinese. A cell may also hold the
 * template's combined form {@code 是 yes} or {@code 编制 Author}: the whole text, the part before
 * the first space and the part after it are each looked up, and the cell is accepted when the
 * parts that are known agree.
 *
 * @param <T>      the value chosen
 * @param words    normalised word → value
 * @param accepted the words listed in messages, e.g. {@code unit, annual}
 */
record Vocabulary<T>(Map<String, T> words, String accepted) {

    static final Vocabulary<Boolean> YES_NO = of("是, 否, yes, no", Map.ofEntries(
            Map.entry("是", true), Map.entry("否", false), Map.entry("yes", true), Map.entry("no", false),
            Map.entry("y", true), Map.entry("n", false), Map.entry("true", true), Map.entry("false", false),
            Map.entry("1", true), Map.entry("0", false), Map.entry("包含", true), Map.entry("不包含", false)));

    static final Vocabulary<Basis> BASIS = of("unit (每单位), annual (年度)", Map.of(
            "unit", Basis.UNIT, "每单位", Basis.UNIT, "单位", Basis.UNIT, "per unit", Basis.UNIT,
            "annual", Basis.ANNUAL, "年度", Basis.ANNUAL, "年", Basis.ANNUAL, "年度总量", Basis.ANNUAL));

    static final Vocabulary<DataType> DATA_TYPE = of("primary (初级数据), secondary (次级数据)", Map.of(
            "primary", DataType.PRIMARY, "初级数据", DataType.PRIMARY, "初级", DataType.PRIMARY,
            "secondary", DataType.SECONDARY, "次级数据", DataType.SECONDARY, "次级", DataType.SECONDARY));

    static final Vocabulary<DistributionType> DISTRIBUTION = of(
            "none (无), normal (正态), lognormal (对数正态), triangular (三角), uniform (均匀)", Map.ofEntries(
            Map.entry("none", DistributionType.NONE), Map.entry("无", DistributionType.NONE),
            Map.entry("normal", DistributionType.NORMAL), Map.entry("正态", DistributionType.NORMAL),
            Map.entry("正态分布", DistributionType.NORMAL),
            Map.entry("lognormal", DistributionType.LOGNORMAL), Map.entry("log-normal", DistributionType.LOGNORMAL),
            Map.entry("对数正态", DistributionType.LOGNORMAL), Map.entry("对数正态分布", DistributionType.LOGNORMAL),
            Map.entry("triangular", DistributionType.TRIANGULAR), Map.entry("三角", DistributionType.TRIANGULAR),
            Map.entry("三角分布", DistributionType.TRIANGULAR),
            Map.entry("uniform", DistributionType.UNIFORM), Map.entry("均匀", DistributionType.UNIFORM),
            Map.entry("均匀分布", DistributionType.UNIFORM)));

    static final Vocabulary<CarbonOrigin> ORIGIN = of(
            "fossil (化石), biogenic (生物源), biogenic-removal (生物碳移除), dLUC (土地利用变化), aircraft (航空)", Map.of(
            "fossil", CarbonOrigin.FOSSIL, "化石", CarbonOrigin.FOSSIL,
            "biogenic", CarbonOrigin.BIOGENIC, "生物源", CarbonOrigin.BIOGENIC,
            "biogenic-removal", CarbonOrigin.BIOGENIC_REMOVAL, "生物碳移除", CarbonOrigin.BIOGENIC_REMOVAL,
            "dluc", CarbonOrigin.DLUC, "土地利用变化", CarbonOrigin.DLUC,
            "aircraft", CarbonOrigin.AIRCRAFT, "航空", CarbonOrigin.AIRCRAFT));

    static final Vocabulary<SystemBoundary> BOUNDARY = of(
            "cradle-to-grave (摇篮到坟墓), cradle-to-gate (摇篮到大门), gate-to-gate (大门到大门)", Map.of(
            "cradle-to-grave", SystemBoundary.CRADLE_TO_GRAVE, "摇篮到坟墓", SystemBoundary.CRADLE_TO_GRAVE,
            "cradle-to-gate", SystemBoundary.CRADLE_TO_GATE, "摇篮到大门", SystemBoundary.CRADLE_TO_GATE,
            "gate-to-gate", SystemBoundary.GATE_TO_GATE, "大门到大门", SystemBoundary.GATE_TO_GATE));

    static final Vocabulary<TeamRole> ROLE = of("编制 Author, 组长 Team leader, 组员 Member, 审核 Reviewer", Map.of(
            "编制", TeamRole.AUTHOR, "author", TeamRole.AUTHOR,
            "组长", TeamRole.LEADER, "team leader", TeamRole.LEADER, "leader", TeamRole.LEADER,
            "组员", TeamRole.MEMBER, "member", TeamRole.MEMBER,
            "审核", TeamRole.REVIEWER, "reviewer", TeamRole.REVIEWER));

    static final Vocabulary<GwpSet> GWP = of("AR6, AR5, AR4", Map.of(
            "ar6", GwpSet.AR6, "ar5", GwpSet.AR5, "ar4", GwpSet.AR4));

    static final Vocabulary<ReportLanguage> LANGUAGE;

    static {
        Map<String, ReportLanguage> m = new LinkedHashMap<>();
        for (String w : List.of("zh", "en", "zh+en", "en+zh", "zh-en", "zh_en", "bilingual", "中英", "中英文", "中文", "英文", "english")) {
            m.put(w, ReportLanguage.parse(w));
        }
        LANGUAGE = of("zh, en, zh+en", m);
    }

    private static <T> Vocabulary<T> of(String accepted, Map<String, T> words) {
        Map<String, T> m = new LinkedHashMap<>();
        words.forEach((k, v) -> m.put(norm(k), v));
        return new Vocabulary<>(Map.copyOf(m), accepted);
    }

    /** Lower case, full-width spaces and slashes folded, runs of spaces collapsed. */
    static String norm(String s) {
        return s.replace('\u3000', ' ').replace('\u00A0', ' ').replace('／', '/').replace('（', '(').replace('）', ')')
                .replaceAll("\\s*/\\s*", " ").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The value a cell's text names, or null when the text is not an accepted word. */
    T lookup(String text) {
        String t = norm(text);
        if (t.isEmpty()) return null;
        T whole = words.get(t);
        if (whole != null) return whole;
        int sp = t.indexOf(' ');
        if (sp < 0) return null;
        T first = words.get(t.substring(0, sp).strip());
        T rest = words.get(t.substring(sp + 1).strip());
        if (first != null && rest != null) return first.equals(rest) ? first : null;
        return first != null ? first : rest;
    }
}
