package dev.pcf.reader.hostile;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Raw zip and workbook bytes for hostile test cases: POI writes the valid base, these bend it. */
public final class Zips {
    private Zips() {}

    /** The workbook written to bytes (and closed). */
    public static byte[] bytes(Workbook wb) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a zip, in order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                all.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** A zip of these entries, deflated at the best level. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The zip with one UTF-8 entry edited. */
    public static byte[] patch(byte[] zip, String entry, UnaryOperator<String> edit) {
        Map<String, byte[]> all = entries(zip);
        byte[] old = all.get(entry);
        if (old == null) throw new IllegalArgumentException("no entry " + entry + " in " + all.keySet());
        String changed = edit.apply(new String(old, StandardCharsets.UTF_8));
        if (changed.equals(new String(old, StandardCharsets.UTF_8))) {
            throw new IllegalArgumentException("edit changed nothing in " + entry);
        }
        all.put(entry, changed.getBytes(StandardCharsets.UTF_8));
        return zip(all);
    }

    /** The zip with an entry added or replaced. */
    public static byte[] with(byte[] zip, String entry, byte[] content) {
        Map<String, byte[]> all = entries(zip);
        all.put(entry, content);
        return zip(all);
    }

    /** The .xlsx encrypted with a password in agile mode, as Excel does. */
    public static byte[] encrypt(byte[] xlsx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
