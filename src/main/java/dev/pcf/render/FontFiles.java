package dev.pcf.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;

/**
 * Where the report's font files are. The runnable jar does not carry them (they would be 44 MB of its
 * 62 MB, inflated on every report): they are read from a folder, the first of the system property
 * {@value #PROPERTY}, the repository's {@code fonts/} beside the folder that holds the jar
 * ({@code target/pcf.jar} → {@code fonts/}); else from the classpath
 * ({@code fonts/*.ttf}, as in the tests' {@code target/classes}).
 */
final class FontFiles {
    /** System property naming the folder of the font files. */
    static final String PROPERTY = "pcf.fonts";
    private static final String RESOURCE_DIR = "fonts/";

    private FontFiles() {}

    /** The whole font file {@code name}. */
    static byte[] read(String name) {
        try {
            Path file = file(name);
            if (file != null) return Files.readAllBytes(file);
            try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
                if (in == null) throw missing(name);
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }

    /** The font file {@code name}, mapped when it is a file (only the pages read are loaded), else read. */
    static ByteBuffer map(String name) {
        Path file = file(name);
        if (file == null) return ByteBuffer.wrap(read(name));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    /** The font file {@code name} in the first font folder that has it, or null (then: the classpath). */
    static Path file(String name) {
        String dir = System.getProperty(PROPERTY);
        if (dir != null && !dir.isBlank()) {
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p)) return p;
            throw missing(name);
        }
        Path jarDir = jarFolder();
        if (jarDir != null && jarDir.getParent() != null) {
            Path p = jarDir.getParent().resolve("fonts").resolve(name);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    /** The folder of the jar this class was loaded from, or null when it was not loaded from a jar. */
    private static Path jarFolder() {
        CodeSource src = FontFiles.class.getProtectionDomain().getCodeSource();
        if (src == null || src.getLocation() == null) return null;
        try {
            Path p = Path.of(src.getLocation().toURI());
            return Files.isRegularFile(p) ? p.getParent() : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    private static IllegalStateException missing(String name) {
        String dir = System.getProperty(PROPERTY);
        return new IllegalStateException("font " + name + " not found "
                + (dir != null ? "in " + dir + " (-D" + PROPERTY + ")" : "in the fonts/ folder beside the jar's folder nor on the classpath")
                + "; the report fonts come with the repository (fonts/README.md)");
    }
}
