package dev.pcf.sign;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

/** Key material made at test time (never committed): self-signed signing certificates in PKCS#12 files, and a seal picture. */
public final class TestKeys {
    private TestKeys() {}

    public static final String PASSWORD = "correct horse battery staple";

    /** A PKCS#12 file with an RSA key and a self-signed certificate for {@code subject}. */
    public static Path keyStore(Path dir, String name, String subject) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair kp = g.generateKeyPair();
        X509Certificate cert = certificate(kp, subject);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("signer", kp.getPrivate(), PASSWORD.toCharArray(), new java.security.cert.Certificate[] {cert});
        return save(dir, name, ks);
    }

    /** A PKCS#12 file holding only a certificate (no private key). */
    public static Path certificateOnly(Path dir, String name) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair kp = g.generateKeyPair();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("someone", certificate(kp, "CN=Someone Else"));
        return save(dir, name, ks);
    }

    private static Path save(Path dir, String name, KeyStore ks) throws Exception {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p)) {
            ks.store(out, PASSWORD.toCharArray());
        }
        return p;
    }

    private static X509Certificate certificate(KeyPair kp, String subject) throws Exception {
        X500Name name = new X500Name(subject);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        var b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.getEpochSecond()), Date.from(now),
                Date.from(now.plusSeconds(3L * 365 * 86400)), name, kp.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
    }

    /** A round red seal as PNG, with a transparent background. */
    public static byte[] seal() throws Exception {
        int s = 300;
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(200, 20, 20));
        g.setStroke(new BasicStroke(12));
        g.drawOval(10, 10, s - 20, s - 20);
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 55 : 22;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            xs[i] = (int) (s / 2 + r * Math.cos(a));
            ys[i] = (int) (s / 2 + r * Math.sin(a));
        }
        g.fillPolygon(xs, ys, 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString("VERIFIED", s / 2 - 64, s / 2 + 95);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
