package dev.pcf.render;

import dev.pcf.Golden;
import dev.pcf.model.ReportLanguage;
import dev.pcf.report.Jx0317;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The XHTML of the JX0317-D30 report, compared with reviewed golden files in
 * {@code src/test/resources/golden} ({@link Golden}). After an intended change, regenerate with
 * {@code -Dgolden.update=true} and review the diff.
 */
class XhtmlGoldenTest {
    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void matchesTheReviewedXhtml(ReportLanguage l) throws Exception {
        Jx0317 c = Jx0317.build();
        String x = normalise(new ReportBuilder().document(c.wb, c.fp, c.mc, l, null).xhtml());
        Golden.assertMatches("jx0317-" + l.code().replace('+', '_') + ".xhtml", x);
    }

    /** Line ends unified and trailing blanks dropped; the stylesheet is reviewed in its own file. */
    static String normalise(String xhtml) {
        String x = xhtml.replace("\r\n", "\n").replaceAll("(?s)<style type=\"text/css\">.*?</style>",
                "<style type=\"text/css\">report.css</style>");
        return x.replaceAll("[ \t]+\n", "\n");
    }
}
