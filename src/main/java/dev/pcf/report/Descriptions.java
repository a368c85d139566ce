package dev.pcf.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution descriptions of the uncertainty inputs in the report's languages. The Monte Carlo engine
 * writes them in English ({@code lognormal, ±10 % (default for secondary activity data)}); the Chinese version
 * replaces each known phrase by its {@code desc.*} bundle text and the separators by Chinese ones. Numbers,
 * symbols and unknown words stay as written.
 */
final class Descriptions {
    /** Phrase keys, longer phrases before the phrases they contain. */
    private static final List<String> KEYS = List.of("desc.noneFixed", "desc.noneZero", "desc.invalid",
            "desc.defaultPrimary", "desc.defaultSecondary", "desc.defaultUnstated", "desc.defaultCh4N2o",
            "desc.defaultFactor", "desc.lognormalPedigree", "desc.basicVariance", "desc.lognormal", "desc.normal",
            "desc.triangular", "desc.uniform", "desc.min", "desc.mode", "desc.max");

    private Descriptions() {}

    /** The description in the mode's language(s): Chinese, English, or Chinese then English. */
    static String of(Lang l, String en) {
        if (en == null || en.isEmpty()) return "";
        return l.join(zh(l, en), en, " ");
    }

    /** The Chinese version of an English description. */
    static String zh(Lang l, String en) {
        String zh = en;
        for (String k : KEYS) {
            zh = Pattern.compile("(?<![A-Za-z/])" + Pattern.quote(l.en(k)) + "(?![A-Za-z])").matcher(zh)
                    .replaceAll(Matcher.quoteReplacement(l.zh(k)));
        }
        return zh.replace(", ", "，").replace(" (", "（").replace(")", "）").strip();
    }
}
