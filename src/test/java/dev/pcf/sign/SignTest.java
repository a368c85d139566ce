package dev.pcf.sign;

import dev.pcf.Pcf;
import dev.pcf.model.InputException;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.SignRequest;
import dev.pcf.model.SignatureStatus;
import dev.pcf.render.PdfRenderer;
import dev.pcf.render.VeraPdfAccess;
import dev.pcf.verification.VerificationBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A verified report signed twice (verifier with a seal, then reviewer): both PAdES signatures
 * validate, with PDFBox/BouncyCastle here and with poppler's pdfsig; a byte flipped inside the
 * signed range breaks them; each signed file begins with the bytes it signed; the twice-signed
 * file is still PDF/A-3b; the error cases are clear.
 */
class SignTest {
    @TempDir
    static Path dir;
    static byte[] unsigned;
    static byte[] once;
    static byte[] twice;
    static Path verifierKeys;
    static Path reviewerKeys;
    static Path seal;
    static final Instant T1 = Instant.parse("2026-03-20T02:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-20T03:30:00Z");

    @BeforeAll
    static void sign() throws Exception {
        Path v = new VerificationBook().write(dir, "V.xlsx");
        Pcf.Verified verified = Pcf.calculateVerified(Path.of("workbook-templates/examples/JX0317-D30.xlsx"), v,
                new Pcf.Options(1L, null, 1, false), null);
        unsigned = PdfRenderer.render(Pcf.reportDocument(verified, ReportLanguage.ZH_EN));
        verifierKeys = TestKeys.keyStore(dir, "verifier.p12", "C=CN, O=中环联合认证中心, CN=张伟");
        reviewerKeys = TestKeys.keyStore(dir, "reviewer.p12", "C=CN, O=CEC, CN=Wang Fang");
        seal = dir.resolve("seal.png");
        Files.write(seal, TestKeys.seal());
        once = PdfSigner.sign(unsigned, "report.pdf", request(verifierKeys, "verifier", seal), Clock.fixed(T1, ZoneOffset.UTC));
        twice = PdfSigner.sign(once, "signed-1.pdf", request(reviewerKeys, "reviewer", null), Clock.fixed(T2, ZoneOffset.UTC));
        if (System.getenv("PCF_KEEP_PDF") != null) {
            Files.write(Path.of("target", "signed-once.pdf"), once);
            Files.write(Path.of("target", "signed-twice.pdf"), twice);
        }
    }

    static SignRequest request(Path keys, String field, Path image) {
        return new SignRequest(keys, TestKeys.PASSWORD.toCharArray(), null, field, "核查声明 Verification statement",
                "北京 Beijing", image);
    }

    @Test
    void signedFileBeginsWithTheBytesItSigned() {
        assertTrue(once.length > unsigned.length);
        assertArrayEquals(unsigned, Arrays.copyOf(once, unsigned.length));
        assertArrayEquals(once, Arrays.copyOf(twice, once.length));
    }

    @Test
    void bothSignaturesValidAndTheFirstIsCoveredUpToItsRevision() {
        List<SignatureStatus> s = SignatureVerifier.verify(twice, "signed-2.pdf");
        assertEquals(List.of("verifier", "reviewer"), s.stream().map(SignatureStatus::field).toList());
        SignatureStatus first = s.get(0);
        SignatureStatus second = s.get(1);
        assertTrue(first.valid(), first.problem());
        assertTrue(second.valid(), second.problem());
        assertEquals("CN=张伟, O=中环联合认证中心, C=CN", first.signer());
        assertEquals("CN=Wang Fang, O=CEC, C=CN", second.signer());
        assertEquals(T1, first.time());
        assertEquals(T2, second.time());
        assertEquals("ETSI.CAdES.detached", first.subFilter());
        // the unsigned report is revision 1; each signature adds one
        assertEquals(3, first.revisions());
        assertEquals(2, first.revision());
        assertEquals(3, second.revision());
        assertTrue(first.coversRevision() && second.coversRevision());
        assertTrue(first.changedAfter(), "the reviewer's signature came after the verifier's");
        assertFalse(second.changedAfter());
    }

    @Test
    void signatureIsPadesBaselineB() throws Exception {
        try (PDDocument d = Loader.loadPDF(twice)) {
            for (PDSignature sig : d.getSignatureDictionaries()) {
                assertEquals("Adobe.PPKLite", sig.getFilter());
                assertEquals("ETSI.CAdES.detached", sig.getSubFilter());
                int[] br = sig.getByteRange();
                assertEquals(0, br[0]);
                CMSSignedData cms = new CMSSignedData(SignatureVerifier.derObject(sig.getContents(twice)));
                assertTrue(cms.isDetachedSignature());
                SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
                assertEquals(NISTObjectIdentifiers.id_sha256.getId(), si.getDigestAlgOID());
                var attrs = si.getSignedAttributes();
                assertNotNull(attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2), "signing-certificate-v2");
                assertNotNull(attrs.get(CMSAttributes.contentType));
                assertNotNull(attrs.get(CMSAttributes.messageDigest));
                assertEquals(null, attrs.get(CMSAttributes.signingTime), "PAdES B-B: the time is in /M, not in the CMS");
                // the message digest is SHA-256 of the signed bytes, computed here independently
                byte[] signed = sig.getSignedContent(twice);
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(signed);
                byte[] inCms = org.bouncycastle.asn1.ASN1OctetString.getInstance(
                        attrs.get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0)).getOctets();
                assertArrayEquals(digest, inCms);
            }
        }
    }

    @Test
    void pdfsigValidatesBothSignatures() throws Exception {
        List<String> out = pdfsig(twice, "twice.pdf");
        String all = String.join("\n", out);
        assertEquals(2, count(all, "Signature Validation: Signature is Valid."), all);
        assertTrue(all.contains("Signature Type: ETSI.CAdES.detached"), all);
        assertTrue(all.contains("Signing Hash Algorithm: SHA-256"), all);
        assertTrue(all.contains("Signer full Distinguished Name: CN=Wang Fang,O=CEC,C=CN")
                || all.contains("Signer Certificate Common Name: Wang Fang"), all);
        assertEquals(1, count(all, "Total document signed"), "only the last signature covers the whole file: " + all);
    }

    @Test
    void aByteFlippedInsideTheSignedRangeFailsValidation() throws Exception {
        byte[] tampered = twice.clone();
        // change one letter of the Producer in the unsigned revision: both byte ranges include it
        int at = indexOf(tampered, "Flying Saucer".getBytes(StandardCharsets.US_ASCII));
        assertTrue(at > 0 && at < unsigned.length);
        tampered[at] = 'G';
        for (SignatureStatus s : SignatureVerifier.verify(tampered, "tampered.pdf")) {
            assertFalse(s.valid(), s.field() + " must fail");
        }
        String all = String.join("\n", pdfsig(tampered, "tampered.pdf"));
        assertEquals(0, count(all, "Signature is Valid."), all);
    }

    @Test
    void unsignedAndTwiceSignedReportsArePdfA3b() throws Exception {
        assertEquals(List.of(), VeraPdfAccess.failures(unsigned));
        assertEquals(List.of(), VeraPdfAccess.failures(twice));
    }

    @Test
    void sealAndSignerShownInTheField() throws Exception {
        try (PDDocument d = Loader.loadPDF(twice)) {
            var form = d.getDocumentCatalog().getAcroForm();
            var verifier = (PDSignatureField) form.getField("verifier");
            var widget = verifier.getWidgets().getFirst();
            assertTrue(widget.getRectangle().getWidth() > 100, "still visible where the report placed it");
            var ap = widget.getAppearance().getNormalAppearance().getAppearanceStream();
            List<String> images = new ArrayList<>();
            for (var name : ap.getResources().getXObjectNames()) {
                if (ap.getResources().getXObject(name) instanceof PDImageXObject img) images.add(img.getWidth() + "x" + img.getHeight());
            }
            assertEquals(List.of("300x300"), images, "the seal picture");
            var reviewer = (PDSignatureField) form.getField("reviewer");
            var rap = reviewer.getWidgets().getFirst().getAppearance().getNormalAppearance().getAppearanceStream();
            String text = new String(rap.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(text.contains("Tj"), "the reviewer's field shows who signed and when");
        }
    }

    @Test
    void sameKeyAndClockGiveTheSameBytes() {
        byte[] again = PdfSigner.sign(unsigned, "report.pdf", request(verifierKeys, "verifier", seal), Clock.fixed(T1, ZoneOffset.UTC));
        assertArrayEquals(once, again);
    }

    @Test
    void wrongPassword() {
        var r = new SignRequest(verifierKeys, "wrong".toCharArray(), null, "verifier", null, null, null);
        InputException e = assertThrows(InputException.class, () -> PdfSigner.sign(unsigned, "report.pdf", r, Clock.systemUTC()));
        assertEquals(verifierKeys + ": wrong key store password", e.problems().getFirst().message());
    }

    @Test
    void keyStoreWithoutPrivateKey() throws Exception {
        Path certOnly = TestKeys.certificateOnly(dir, "cert-only.p12");
        var r = new SignRequest(certOnly, TestKeys.PASSWORD.toCharArray(), null, "verifier", null, null, null);
        InputException e = assertThrows(InputException.class, () -> PdfSigner.sign(unsigned, "report.pdf", r, Clock.systemUTC()));
        assertTrue(e.problems().getFirst().message().startsWith(certOnly + " holds no private key (entries: someone)"),
                e.problems().getFirst().message());
    }

    @Test
    void unknownField() {
        InputException e = assertThrows(InputException.class, () -> PdfSigner.sign(unsigned, "report.pdf",
                request(verifierKeys, "approver", null), Clock.systemUTC()));
        assertEquals("report.pdf has no signature field \"approver\"; its signature fields are: verifier, reviewer",
                e.problems().getFirst().message());
    }

    @Test
    void alreadySignedField() {
        InputException e = assertThrows(InputException.class, () -> PdfSigner.sign(once, "signed-1.pdf",
                request(reviewerKeys, "verifier", null), Clock.systemUTC()));
        assertEquals("signed-1.pdf: signature field \"verifier\" is already signed by 张伟 on 2026-03-20T02:00:00Z; "
                + "a field is signed once: sign another field, or sign the unsigned report", e.problems().getFirst().message());
    }

    @Test
    void aSealThatIsNotAPicture() throws Exception {
        Path notImage = Files.writeString(dir.resolve("seal.txt"), "not a picture");
        InputException e = assertThrows(InputException.class, () -> PdfSigner.sign(unsigned, "report.pdf",
                request(verifierKeys, "verifier", notImage), Clock.systemUTC()));
        assertTrue(e.problems().getFirst().message().contains("is not a PNG or JPEG image"));
    }

    static List<String> pdfsig(byte[] pdf, String name) throws Exception {
        Path exe = Path.of("/usr/bin/pdfsig");
        boolean required = System.getenv("CI") != null;
        if (!Files.isExecutable(exe)) {
            if (required) throw new AssertionError("pdfsig (poppler-utils) is missing; .ci/run installs it");
            org.junit.jupiter.api.Assumptions.abort("pdfsig (poppler-utils) is not installed");
        }
        Path f = dir.resolve(name);
        Files.write(f, pdf);
        Process p = new ProcessBuilder(exe.toString(), "-nocert", f.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().map(String::strip).toList();
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    static int indexOf(byte[] b, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= b.length; i++) {
            for (int k = 0; k < part.length; k++) if (b[i + k] != part[k]) continue outer;
            return i;
        }
        return -1;
    }
}
