package dev.pcf.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The font files in fonts/ are the ones fonts/README.md documents. */
class FontsTest {

    private static final Path DIR = Path.of("fonts");

    @Test
    void readmeListsTheSha256OfEveryFontFile() throws IOException, NoSuchAlgorithmException {
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^([0-9a-f]{64})  (\\S+\\.ttf)$")
                .matcher(Files.readString(DIR.resolve("README.md"), StandardCharsets.UTF_8));
        while (m.find()) {
            documented.put(m.group(2), m.group(1));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        try (var files = Files.list(DIR)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".ttf")).sorted().toList()) {
                actual.put(p.getFileName().toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        assertEquals(4, actual.size(), actual.keySet().toString());
        assertEquals(actual, documented);
    }

    @Test
    void licenceIsShipped() throws IOException {
        String ofl = Files.readString(DIR.resolve("OFL.txt"), StandardCharsets.UTF_8);
        assertEquals(true, ofl.contains("SIL OPEN FONT LICENSE Version 1.1"));
    }

    @Test
    void cssFamiliesResolveToTheirFaces() {
        assertEquals("NotoSerifCJKsc-Regular", Fonts.face(Fonts.SERIF, false).pdf().getPostscriptFontName());
        assertEquals("NotoSerifCJKsc-Bold", Fonts.face(Fonts.SERIF, true).pdf().getPostscriptFontName());
        assertEquals("NotoSansCJKsc-Regular", Fonts.face(Fonts.SANS, false).pdf().getPostscriptFontName());
        assertEquals("NotoSansCJKsc-Bold", Fonts.face(Fonts.SANS, true).pdf().getPostscriptFontName());
    }
}
