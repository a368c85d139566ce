package dev.pcf.reader.hostile;

import dev.pcf.workbook.Schema;

/** Lets tests in other packages build a raw-XML case of the corpus generator. */
public final class CorpusGeneratorTestAccess {
    private CorpusGeneratorTestAccess() {}

    /** The valid workbook with an Activity cell's shared string replaced by raw XML text (e.g. {@code A_x0001_B}). */
    public static byte[] rawActivityText(String a1, String placeholder, String xmlText) {
        return CorpusGenerator.rawText(Schema.ACTIVITY, a1, placeholder, xml -> xml.replace(placeholder, xmlText));
    }

    /** The workbook as .xlsm with a VBA project part. */
    public static byte[] macroWorkbook(byte[] ok) {
        return CorpusGenerator.macroWorkbook(ok);
    }
}
