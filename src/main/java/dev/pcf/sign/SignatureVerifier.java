package dev.pcf.sign;

import dev.pcf.model.SignatureStatus;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * Checks every signature of a PDF ({@code pcf sign --verify}): that its CMS verifies over the
 * signed bytes with its certificate, that the signing-certificate-v2 attribute names that
 * certificate, that the byte range covers the file up to the end of the signature's revision
 * (all of it but the signature value), and whether the file was changed after it. Certificate
 * trust is not judged here: that is the relying party's (a viewer's trust list).
 */
public final class SignatureVerifier {
    private SignatureVerifier() {}

    private static final byte[] EOF = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * The signatures of a PDF in field order (unsigned fields left out).
     *
     * @throws dev.pcf.model.InputException when the file is not a readable PDF
     */
    public static List<SignatureStatus> verify(byte[] pdf, String pdfName) {
        List<SignatureStatus> out = new ArrayList<>();
        List<Integer> revisionEnds = revisionEnds(pdf);
        try (PDDocument doc = PdfSigner.load(pdf, pdfName)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form == null) return out;
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDSignatureField sf && sf.getSignature() != null) {
                    out.add(check(pdf, f.getFullyQualifiedName(), sf.getSignature(), revisionEnds));
                }
            }
        } catch (IOException e) {
            throw PdfSigner.fail(pdfName + ": cannot read the signatures: " + e.getMessage());
        }
        return out;
    }

    private static SignatureStatus check(byte[] pdf, String field, PDSignature s, List<Integer> revisionEnds) {
        Calendar when = s.getSignDate();
        Instant time = when == null ? null : when.toInstant();
        int[] br = s.getByteRange();
        String subFilter = s.getSubFilter();
        if (br == null || br.length != 4) {
            return new SignatureStatus(field, "", time, subFilter, false, "no /ByteRange", 0, revisionEnds.size(), false, false);
        }
        long end = (long) br[2] + br[3];
        int revision = 0;
        for (int i = 0; i < revisionEnds.size(); i++) if (revisionEnds.get(i) <= end) revision = i + 1;
        boolean inFile = br[0] == 0 && br[1] > 0 && br[2] > br[1] && end <= pdf.length;
        boolean hole = inFile && pdf[br[1]] == '<' && pdf[br[2] - 1] == '>';
        boolean atRevisionEnd = inFile && revision > 0 && onlyWhitespace(pdf, revisionEnds.get(revision - 1), (int) end);
        boolean changedAfter = end < pdf.length && !onlyWhitespace(pdf, (int) end, pdf.length);
        String signer = "";
        String problem = "";
        boolean valid = false;
        if (!inFile) {
            problem = "the byte range " + Arrays.toString(br) + " is not inside the file";
        } else {
            try {
                byte[] contents = derObject(s.getContents(pdf));
                byte[] signed = s.getSignedContent(pdf);
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
                SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                var matches = cms.getCertificates().getMatches(si.getSID());
                if (matches.isEmpty()) {
                    problem = "the signature does not carry its certificate";
                } else {
                    X509CertificateHolder holder = (X509CertificateHolder) matches.iterator().next();
                    X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
                    signer = Names.subject(cert);
                    if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                        problem = "the signature value does not verify";
                    } else if (!namesCertificate(si, cert)) {
                        problem = "the signing-certificate-v2 attribute is missing or names another certificate";
                    } else {
                        valid = true;
                    }
                }
            } catch (CMSException e) {
                problem = "the signed bytes do not match the signature (" + e.getMessage() + ")";
            } catch (IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
                problem = "the signature cannot be read: " + e.getMessage();
            }
        }
        boolean covers = hole && atRevisionEnd;
        if (valid && !covers) problem = "the byte range does not cover the whole revision " + revision;
        return new SignatureStatus(field, signer, time, subFilter == null ? "" : subFilter, valid, problem, revision,
                revisionEnds.size(), covers, changedAfter);
    }

    private static boolean namesCertificate(SignerInformation si, X509Certificate cert) throws GeneralSecurityException {
        if (si.getSignedAttributes() == null) return false;
        Attribute a = si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (a == null) return false;
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        SigningCertificateV2 v2 = SigningCertificateV2.getInstance(a.getAttrValues().getObjectAt(0));
        for (ESSCertIDv2 id : v2.getCerts()) {
            boolean sha256 = id.getHashAlgorithm().getAlgorithm().equals(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256);
            if (sha256 && MessageDigest.isEqual(hash, id.getCertHash())) return true;
        }
        return false;
    }

    /**
     * The first DER object of {@code bytes}: /Contents is padded with zeros to its reserved size, and
     * the CMS parser refuses bytes after the object.
     */
    public static byte[] derObject(byte[] bytes) {
        if (bytes.length < 2) return bytes;
        int first = bytes[1] & 0xff;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int n = first & 0x7f;
            if (n == 0 || n > 4 || bytes.length < 2 + n) return bytes;
            length = 0;
            for (int i = 0; i < n; i++) length = length << 8 | (bytes[2 + i] & 0xff);
            header = 2 + n;
        }
        long total = header + length;
        return total <= bytes.length ? Arrays.copyOf(bytes, (int) total) : bytes;
    }

    /** The offsets just after each {@code %%EOF} marker: the ends of the file's revisions. */
    static List<Integer> revisionEnds(byte[] pdf) {
        List<Integer> ends = new ArrayList<>();
        outer:
        for (int i = 0; i + EOF.length <= pdf.length; i++) {
            for (int k = 0; k < EOF.length; k++) if (pdf[i + k] != EOF[k]) continue outer;
            ends.add(i + EOF.length);
        }
        return ends;
    }

    private static boolean onlyWhitespace(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != '\n' && b[i] != '\r' && b[i] != ' ' && b[i] != '\t' && b[i] != 0) return false;
        }
        return true;
    }
}
