package dev.pcf.sign;

import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import dev.pcf.model.SignRequest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Signs an empty signature field of a PDF with a PAdES baseline B-B signature in an incremental
 * update: the signed file is the unsigned file's bytes followed by the update, so earlier
 * signatures stay valid and the PDF/A-3b conformance of the original is kept. The signing time
 * is {@code clock}'s; with a fixed clock and an RSA key the output is byte-identical.
 */
public final class PdfSigner {
    private PdfSigner() {}

    /** Bytes reserved for the CMS (hex-encoded, so twice this in the file): room for a chain of several certificates. */
    static final int SIGNATURE_SIZE = 32 * 1024;
    /** The PAdES sub-filter. */
    public static final String SUB_FILTER = "ETSI.CAdES.detached";

    /**
     * Signs a field.
     *
     * @param pdf     the PDF file's bytes
     * @param pdfName the file's name, for messages
     * @param request key store, password, field, reason, location, seal image
     * @param clock   the signing time
     * @return the signed file: {@code pdf} followed by the incremental update
     * @throws InputException for a key store that cannot be used, a field that is missing or already signed,
     *                        a file that is not a PDF, a seal that is not an image
     */
    public static byte[] sign(byte[] pdf, String pdfName, SignRequest request, Clock clock) {
        SigningKey key = SigningKey.load(request.keyStore(), request.password(), request.alias());
        byte[] image = request.image() == null ? null : image(request.image());
        try (PDDocument doc = load(pdf, pdfName)) {
            PDSignatureField field = field(doc, pdfName, request.field());
            PDAnnotationWidget widget = field.getWidgets().getFirst();
            PDRectangle rect = widget.getRectangle();
            int page = pageOf(doc, widget);
            ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            String signer = Names.commonName(key.certificate());

            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName(SUB_FILTER));
            signature.setName(Names.commonName(key.certificate()));
            if (request.reason() != null) signature.setReason(request.reason());
            if (request.location() != null) signature.setLocation(request.location());
            signature.setSignDate(calendar(now));
            field.getCOSObject().setItem(COSName.V, signature);

            doc.setDocumentId(clock.millis());
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                options.setPage(Math.max(page, 0));
                doc.addSignature(signature, new CadesSigner(key), options);
                // addSignature makes an existing field invisible (zero rectangle, empty appearance): keep the
                // field where the report placed it and show who signed, when (and the seal)
                if (rect != null && rect.getWidth() > 0 && rect.getHeight() > 0) {
                    widget.setRectangle(rect);
                    widget.setAppearance(SealAppearance.create(doc, rect, image, lines(signer, now, request)));
                }
                widget.setPrinted(true);
                widget.getCOSObject().setNeedToBeUpdated(true);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4 * SIGNATURE_SIZE);
                doc.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw fail(pdfName + ": cannot sign: " + e.getMessage());
        }
    }

    private static List<String> lines(String signer, ZonedDateTime now, SignRequest r) {
        List<String> l = new ArrayList<>();
        l.add("数字签名 Digitally signed by");
        l.add(signer);
        l.add(now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)));
        if (r.reason() != null && !r.reason().isBlank()) l.add(r.reason());
        if (r.location() != null && !r.location().isBlank()) l.add(r.location());
        return l;
    }

    static PDDocument load(byte[] pdf, String pdfName) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw fail(pdfName + " is not a readable PDF file: " + e.getMessage());
        }
    }

    /** The empty signature field {@code name}, or a clear error naming the fields there are. */
    private static PDSignatureField field(PDDocument doc, String pdfName, String name) throws IOException {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        List<String> names = new ArrayList<>();
        PDSignatureField found = null;
        if (form != null) {
            for (PDField f : form.getFieldTree()) {
                if (!(f instanceof PDSignatureField sf)) continue;
                names.add(f.getFullyQualifiedName() + (sf.getSignature() == null ? "" : " (signed)"));
                if (f.getFullyQualifiedName().equals(name)) found = sf;
            }
        }
        if (found == null) {
            throw fail(pdfName + " has no signature field \"" + name + "\"; "
                    + (names.isEmpty() ? "it has no signature fields (a verified report, pcf report --verification, has verifier and reviewer)"
                    : "its signature fields are: " + String.join(", ", names)));
        }
        PDSignature existing = found.getSignature();
        if (existing != null) {
            Calendar when = existing.getSignDate();
            throw fail(pdfName + ": signature field \"" + name + "\" is already signed"
                    + (existing.getName() == null ? "" : " by " + existing.getName())
                    + (when == null ? "" : " on " + when.toInstant())
                    + "; a field is signed once: sign another field, or sign the unsigned report");
        }
        return found;
    }

    /** The index of the page whose annotations hold the widget; -1 when none does. */
    private static int pageOf(PDDocument doc, PDAnnotationWidget widget) throws IOException {
        int i = 0;
        for (PDPage p : doc.getPages()) {
            for (PDAnnotation a : p.getAnnotations()) {
                if (a.getCOSObject() == widget.getCOSObject()) return i;
            }
            i++;
        }
        return -1;
    }

    private static byte[] image(Path file) {
        try {
            byte[] b = Files.readAllBytes(file);
            boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
            boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8;
            if (!png && !jpeg) throw fail(file + " is not a PNG or JPEG image (--image takes the seal as PNG or JPEG)");
            return b;
        } catch (NoSuchFileException e) {
            throw fail(file + ": no such image file");
        } catch (IOException e) {
            throw fail(file + ": cannot read the image: " + e.getMessage());
        }
    }

    private static Calendar calendar(ZonedDateTime t) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.setTimeInMillis(t.toInstant().toEpochMilli());
        return c;
    }

    static InputException fail(String message) {
        return new InputException(Problem.error(null, message));
    }
}
