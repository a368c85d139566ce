package dev.pcf.model;

/**
 * A text the company supplies in Chinese, English or both. Either part may be empty; text given
 * in one language only is shown as supplied, never machine-translated.
 *
 * @param zh Chinese text, never null (empty when not given)
 * @param en English text, never null (empty when not given)
 */
public record Text(String zh, String en) {
    public static final Text EMPTY = new Text("", "");

    public Text {
        zh = zh == null ? "" : zh.strip();
        en = en == null ? "" : en.strip();
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }

    /** Chinese if given, else English. */
    public String zhOrEn() {
        return zh.isEmpty() ? en : zh;
    }

    /** English if given, else Chinese. */
    public String enOrZh() {
        return en.isEmpty() ? zh : en;
    }
}
