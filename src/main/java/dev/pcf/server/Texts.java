package dev.pcf.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The page's words in Chinese and English ({@code dev/pcf/server/page_zh.properties} and
 * {@code page_en.properties}, identical keys), loaded once. Placeholders follow
 * {@link MessageFormat} with {@link Locale#ROOT}.
 */
final class Texts {
    /** The two page languages. */
    enum Lang { ZH, EN;

        String code() {
            return this == ZH ? "zh" : "en";
        }

        String htmlLang() {
            return this == ZH ? "zh-CN" : "en";
        }

        /** zh or en; null for anything else. */
        static Lang parse(String s) {
            if (s == null) return null;
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "zh", "zh-cn", "中文" -> ZH;
                case "en", "english" -> EN;
                default -> null;
            };
        }
    }

    private static final Map<Lang, Properties> BUNDLES = Map.of(Lang.ZH, load("zh"), Lang.EN, load("en"));

    private Texts() {}

    /** The text of a key. */
    static String get(Lang lang, String key, Object... args) {
        String pattern = BUNDLES.get(lang).getProperty(key);
        if (pattern == null) throw new IllegalArgumentException("no page text '" + key + "'");
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** Every key of a language (for the test that both have the same). */
    static java.util.Set<String> keys(Lang lang) {
        return BUNDLES.get(lang).stringPropertyNames();
    }

    private static Properties load(String code) {
        String name = "page_" + code + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource dev/pcf/server/" + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
