package dev.pcf.render;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfFileSpecification;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Makes the PDF a PDF/A-3b file while Flying Saucer writes it: PDF 1.7, the sRGB output intent, document
 * information and XMP metadata that agree with each other, /Lang, and the attachments as associated files
 * (/AF, /AFRelationship, /Params /ModDate).
 */
final class PdfA extends DefaultPDFCreationListener {

    /** Written as /Creator and xmp:CreatorTool. */
    static final String CREATOR = "pcf";
    /** Written as /Producer and pdf:Producer. */
    static final String PRODUCER = "pcf (Flying Saucer 10, OpenPDF 3)";

    private static final PdfName AF = new PdfName("AF");
    private static final PdfName AF_RELATIONSHIP = new PdfName("AFRelationship");

    private final PdfDocument.Meta meta;
    private final List<PdfDocument.Attachment> attachments;

    PdfA(PdfDocument.Meta meta, List<PdfDocument.Attachment> attachments) {
        this.meta = meta;
        this.attachments = attachments;
    }

    @Override
    public void preOpen(ITextRenderer renderer) {
        renderer.getWriter().setPdfVersion(PdfWriter.VERSION_1_7);
        renderer.getWriter().setCompressionLevel(PdfRenderer.DEFLATE_LEVEL);
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        PdfWriter writer = renderer.getWriter();
        PdfDate date = new PdfDate(calendar());
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.TITLE, text(meta.title()));
        info.put(PdfName.AUTHOR, text(meta.author()));
        info.put(PdfName.SUBJECT, text(meta.subject()));
        info.put(PdfName.KEYWORDS, text(meta.keywords()));
        info.put(PdfName.CREATOR, text(CREATOR));
        info.put(PdfName.PRODUCER, text(PRODUCER));
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        PdfDictionary catalog = writer.getExtraCatalog();
        if (meta.lang() != null && !meta.lang().isBlank()) {
            catalog.put(PdfName.LANG, new PdfString(meta.lang()));
        }
        try {
            catalog.put(PdfName.OUTPUTINTENTS, new PdfArray(outputIntent(writer)));
            if (!attachments.isEmpty()) {
                PdfArray af = new PdfArray();
                for (PdfDocument.Attachment a : attachments) {
                    PdfFileSpecification spec = fileSpec(writer, a, date);
                    af.add(spec.getReference());
                    writer.addFileAttachment(spec);
                }
                catalog.put(AF, af);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
        writer.setXmpMetadata(Xmp.packet(meta, CREATOR, PRODUCER));
    }

    private Calendar calendar() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.set(meta.date().getYear(), meta.date().getMonthValue() - 1, meta.date().getDayOfMonth(), 0, 0, 0);
        return c;
    }

    private static PdfString text(String s) {
        return new PdfString(s == null ? "" : s, PdfObject.TEXT_UNICODE);
    }

    /** The JDK's sRGB profile as the PDF/A output intent. */
    private static PdfDictionary outputIntent(PdfWriter writer) throws IOException {
        PdfStream icc = new PdfStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        icc.put(PdfName.N, new PdfNumber(3));
        icc.flateCompress();
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(icc).getIndirectReference());
        return intent;
    }

    private static PdfFileSpecification fileSpec(PdfWriter writer, PdfDocument.Attachment a, PdfDate date)
            throws IOException {
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.MODDATE, date);
        String ascii = asciiName(a.fileName());
        PdfFileSpecification spec = PdfFileSpecification.fileEmbedded(writer, null, ascii, a.data(), a.mimeType(),
                params, PdfStream.BEST_COMPRESSION);
        spec.put(PdfName.F, new PdfString(ascii));
        spec.put(PdfName.UF, new PdfString(a.fileName(), PdfObject.TEXT_UNICODE));
        spec.put(AF_RELATIONSHIP, new PdfName(a.relationship()));
        spec.put(PdfName.DESC, text(a.description()));
        return spec;
    }

    /**
     * The /F name: printable ASCII only (viewers mangle anything else there); other characters become
     * {@code _}, keeping the extension. The real name goes to /UF.
     */
    static String asciiName(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(c >= 0x20 && c < 0x7f && c != '/' && c != '\\' ? c : '_');
        }
        return b.toString();
    }
}
