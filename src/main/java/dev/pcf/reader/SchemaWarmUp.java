package dev.pcf.reader;

import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads POI's OOXML schema type system (XMLBeans reads its index and the first types from the jar) on a
 * background thread, once per JVM. A cold {@code pcf validate} spends about a tenth of its reading there,
 * the first time an .xlsx part is parsed as XML; started when the command line names a command that reads
 * a workbook, it runs on the second core while the command line is parsed and the file's zip is opened.
 * Nothing depends on it: the reader initialises the same classes itself when it gets there first (the
 * JVM lets one thread initialise a class and makes others wait), and a failure here is the reader's to
 * report when it meets the same class.
 */
final class SchemaWarmUp {
    private SchemaWarmUp() {}

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** Starts the warm-up unless it has been started before in this JVM. */
    static void start() {
        if (!STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(SchemaWarmUp::load, "pcf-schema-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void load() {
        try {
            // the styles part is the first XML the XSSF model parses; its document class pulls in the type system
            Class.forName(StyleSheetDocument.class.getName(), true, SchemaWarmUp.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // the reader meets the same class and reports the workbook as unreadable with its own message
        }
    }
}
