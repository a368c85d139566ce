package dev.pcf.report;

import dev.pcf.model.ReportLanguage;
import dev.pcf.model.Text;

/**
 * Applies the bilingual rule: in zh+en every label is "中文 English" and every paragraph is
 * Chinese followed by its English version; in zh or en only that language. Company text given
 * in one language only is shown as given. Message arguments may be {@link Text} or {@link L}
 * values, resolved per language.
 */
final class Lang {
    /** A value that reads differently in Chinese and English (e.g. a date). */
    record L(String zh, String en) {}

    final ReportLanguage mode;
    final Messages zh;
    final Messages en;

    Lang(ReportLanguage mode, Messages zh, Messages en) {
        this.mode = mode;
        this.zh = zh;
        this.en = en;
    }

    /** A label: "中文 English", or one language. */
    String label(String key, Object... args) {
        return join(zh(key, args), en(key, args), " ");
    }

    /** Chinese message with arguments resolved to Chinese. */
    String zh(String key, Object... args) {
        return zh.get(key, resolve(args, true));
    }

    /** English message with arguments resolved to English. */
    String en(String key, Object... args) {
        return en.get(key, resolve(args, false));
    }

    /** A paragraph of fixed wording. */
    Block.Para para(String style, String key, Object... args) {
        return switch (mode) {
            case ZH -> new Block.Para(zh(key, args), "", style);
            case EN -> new Block.Para(en(key, args), "", style);
            case ZH_EN -> {
                String z = zh(key, args);
                String e = en(key, args);
                yield new Block.Para(z, z.equals(e) ? "" : e, style);
            }
        };
    }

    /** A paragraph of a text that reads differently in each language: both in zh+en (once when equal), else one. */
    Block.Para para(String style, L text) {
        return switch (mode) {
            case ZH -> new Block.Para(text.zh(), "", style);
            case EN -> new Block.Para(text.en(), "", style);
            case ZH_EN -> new Block.Para(text.zh(), text.zh().equals(text.en()) ? "" : text.en(), style);
        };
    }

    /** A paragraph of company text: both versions in zh+en, else the mode's language or the one given. */
    Block.Para para(String style, Text t) {
        if (t == null) t = Text.EMPTY;
        return switch (mode) {
            case ZH -> new Block.Para(t.zhOrEn(), "", style);
            case EN -> new Block.Para(t.enOrZh(), "", style);
            case ZH_EN -> t.zh().isEmpty() || t.en().isEmpty() || t.zh().equals(t.en())
                    ? new Block.Para(t.zhOrEn(), "", style) : new Block.Para(t.zh(), t.en(), style);
        };
    }

    /** Company text as a label: "中文 English" when both are given, else what was given. */
    String text(Text t) {
        if (t == null) return "";
        return switch (mode) {
            case ZH -> t.zhOrEn();
            case EN -> t.enOrZh();
            case ZH_EN -> t.zh().isEmpty() || t.en().isEmpty() || t.zh().equals(t.en())
                    ? t.zhOrEn() : t.zh() + " " + t.en();
        };
    }

    /** Two strings joined per mode (separator only in zh+en). */
    String join(String zhText, String enText, String sep) {
        return switch (mode) {
            case ZH -> zhText;
            case EN -> enText;
            case ZH_EN -> zhText.equals(enText) ? zhText : zhText + sep + enText;
        };
    }

    /** A value as a label in the mode's language(s). */
    String of(L l) {
        return join(l.zh(), l.en(), " / ");
    }

    private static Object[] resolve(Object[] args, boolean chinese) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = switch (args[i]) {
                case Text t -> chinese ? t.zhOrEn() : t.enOrZh();
                case L l -> chinese ? l.zh() : l.en();
                case null -> "";
                default -> args[i];
            };
        }
        return out;
    }
}
