package dev.pcf.render;

import dev.pcf.model.ReportLanguage;
import dev.pcf.report.Jx0317;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The XHTML of the JX0317-D30 report, compared with reviewed golden files in
 * {@code src/test/resources/golden}. After an intended change, regenerate with
 * {@code -Dgolden.update=true} and review the diff.
 */
class XhtmlGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void matchesTheReviewedXhtml(ReportLanguage l) throws Exception {
        Jx0317 c = Jx0317.build();
        String x = normalise(new ReportBuilder().document(c.wb, c.fp, c.mc, l, null).xhtml());
        Path golden = DIR.resolve("jx0317-" + l.code().replace('+', '_') + ".xhtml");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(golden, x, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), x, "differs from " + golden);
    }

    /** Line ends unified and trailing blanks dropped; the stylesheet is reviewed in its own file. */
    static String normalise(String xhtml) {
        String x = xhtml.replace("\r\n", "\n").replaceAll("(?s)<style type=\"text/css\">.*?</style>",
                "<style type=\"text/css\">report.css</style>");
        return x.replaceAll("[ \t]+\n", "\n");
    }
}
