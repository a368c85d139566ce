package dev.pcf.template;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Writes a workbook as a byte-reproducible .xlsx: the zip entries get a fixed timestamp. */
public final class Xlsx {
    private Xlsx() {}

    /** Set as local date-time, so the zip's DOS time does not depend on the default time zone. */
    private static final LocalDateTime FIXED = TemplateWriter.DOCUMENT_DATE.atStartOfDay();

    /**
     * Writes {@code wb} to {@code out} with every zip entry dated {@link TemplateWriter#DOCUMENT_DATE}.
     *
     * @param wb  the workbook
     * @param out receives the file; not closed
     * @throws IOException when writing to {@code out} fails
     */
    public static void write(XSSFWorkbook wb, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        wb.write(raw);
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.finish();
    }
}
