package dev.pcf.render;

import dev.pcf.report.ChartSpec;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the PDF writer needs: the XHTML of the report and what it refers to.
 *
 * @param xhtml       well-formed XHTML (Flying Saucer input); charts as {@code <img src="chart:NAME"/>},
 *                    workbook pictures as {@code <img src="image:NAME"/>}
 * @param charts      chart data by NAME
 * @param images      picture bytes (PNG/JPEG) by NAME
 * @param meta        document information
 * @param attachments files embedded as PDF/A-3 associated files
 */
public record PdfDocument(String xhtml, Map<String, ChartSpec> charts, Map<String, byte[]> images, Meta meta,
                          List<Attachment> attachments) {

    public PdfDocument {
        charts = Map.copyOf(charts);
        images = Map.copyOf(images);
        attachments = List.copyOf(attachments);
    }

    /**
     * Document information and XMP.
     *
     * @param title    e.g. 产品碳足迹报告 集中式DTU JX0317-D30 / Product Carbon Footprint Report …
     * @param author   the verification body
     * @param subject  e.g. the product and functional unit
     * @param keywords comma-separated
     * @param lang     BCP 47, e.g. {@code zh-CN} or {@code en}
     * @param date     creation and modification date (the workbook's issue date, for reproducible bytes)
     */
    public record Meta(String title, String author, String subject, String keywords, String lang, LocalDate date) {}

    /**
     * An embedded file.
     *
     * @param fileName     the real name (may be CJK; goes to /UF, an ASCII form to /F)
     * @param data         the bytes, embedded as they are
     * @param mimeType     e.g. {@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}
     * @param relationship PDF/A-3 /AFRelationship: {@code Source} (the workbook) or {@code Data} (the JSON)
     * @param description  shown by PDF viewers
     */
    public record Attachment(String fileName, byte[] data, String mimeType, String relationship, String description) {}
}
