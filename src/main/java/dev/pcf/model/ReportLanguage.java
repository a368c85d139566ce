package dev.pcf.model;

/** The report's language mode. */
public enum ReportLanguage {
    ZH("zh"), EN("en"), ZH_EN("zh+en");

    private final String code;

    ReportLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Parses {@code zh}, {@code en} or {@code zh+en} (case-insensitive); null when unknown. */
    public static ReportLanguage parse(String s) {
        if (s == null) return null;
        String t = s.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        for (ReportLanguage l : values()) {
            if (l.code.equals(t)) return l;
        }
        return switch (t) {
            case "en+zh", "zh-en", "zh_en", "bilingual", "中英", "中英文" -> ZH_EN;
            case "中文" -> ZH;
            case "英文", "english" -> EN;
            default -> null;
        };
    }

    public boolean hasZh() {
        return this != EN;
    }

    public boolean hasEn() {
        return this != ZH;
    }
}
