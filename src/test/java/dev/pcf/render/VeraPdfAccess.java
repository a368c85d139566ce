package dev.pcf.render;

import java.util.List;

/** veraPDF's PDF/A-3b check for tests outside this package. */
public final class VeraPdfAccess {
    private VeraPdfAccess() {}

    /** The failed rules of the file (empty: it conforms). */
    public static List<String> failures(byte[] pdf) throws Exception {
        return VeraPdf.failures(pdf);
    }
}
