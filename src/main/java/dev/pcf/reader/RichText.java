package dev.pcf.reader;

/**
 * The text of one shared string ({@code <si>}) or inline string ({@code <is>}) as POI gives it: the
 * runs' texts joined when there are runs, else the single {@code <t>}; phonetic runs left out. Fed the
 * events below the root element; {@link #result} is null for anything POI would read differently
 * (a run without text, two texts, an element inside a text). POI's {@code _xHHHH_} escapes (OOXML
 * 3.18.9, for characters XML cannot hold) are decoded as POI decodes them ({@link #decode}).
 */
final class RichText {
    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final StringBuilder t = new StringBuilder();
    private final StringBuilder runs = new StringBuilder();
    private final StringBuilder run = new StringBuilder();
    private int depth;
    private int texts;
    private int runCount;
    private int runTexts;
    private boolean inRun;
    private boolean capturing;
    private boolean bad;

    /** An element starts below the root; {@code main} whether it is in the spreadsheet namespace. */
    void start(String local, boolean main) {
        depth++;
        if (capturing) {
            bad = true;
            return;
        }
        if (depth == 1 && main && local.equals("t")) {
            capturing = ++texts == 1;
            bad |= texts > 1;
        } else if (depth == 1 && main && local.equals("r")) {
            inRun = true;
            runCount++;
            runTexts = 0;
            run.setLength(0);
        } else if (depth == 2 && inRun && main && local.equals("t")) {
            capturing = ++runTexts == 1;
            bad |= runTexts > 1;
        }
    }

    void text(String s) {
        if (!capturing) return;
        (inRun ? run : t).append(s);
    }

    void end() {
        if (capturing) {
            capturing = false;
        } else if (depth == 1 && inRun) {
            inRun = false;
            bad |= runTexts != 1;
            runs.append(run);
        }
        depth--;
    }

    /** The text, or null when POI might read it otherwise. */
    String result() {
        if (bad) return null;
        String s = runCount > 0 ? runs.toString() : texts == 1 ? t.toString() : null;
        return decode(s);
    }

    /** The text with each {@code _xHHHH_} replaced by its character, as POI's rich text strings give it. */
    static String decode(String s) {
        if (s == null || !s.contains("_x")) return s;
        java.util.regex.Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            last = m.end();
        }
        return out.append(s, last, s.length()).toString();
    }
}
