package dev.pcf.reader;

import java.util.List;

/**
 * An open workbook as the reader sees it: its sheets in workbook order. Either POI's in-memory
 * model ({@link PoiBook}) or the streamed {@link Grid}; {@link SafeOpen#openBook} decides which.
 */
public interface Book extends AutoCloseable {

    /** The sheets, in the workbook's order. */
    List<Page> pages();

    /** Releases what the book holds; never throws. */
    @Override
    void close();
}
