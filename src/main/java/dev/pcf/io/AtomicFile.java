package dev.pcf.io;

import dev.pcf.model.OutputException;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that the target path holds either nothing new or the complete result: the
 * content goes to a temporary file beside the target (its folder created when missing), which is
 * moved into place only when the writer returned normally, and deleted otherwise. The one way pcf
 * writes its output files.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Something that writes the whole content to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @throws IOException when producing the content fails (passed on unchanged)
         */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} through a temporary file and a move.
     *
     * @throws OutputException when the file system fails: the folder cannot be created, the
     *                         temporary file cannot be written (disk full, permission denied) or
     *                         moved into place
     * @throws IOException     when the content itself fails (what {@code content} throws)
     */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        // not Files.createTempFile: its owner-only permissions would carry over to the result
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(System.nanoTime())
                + "-" + Long.toHexString(Thread.currentThread().threadId()) + ".part");
        boolean done = false;
        try {
            OutputStream file;
            try {
                Path dir = abs.getParent();
                if (dir != null) Files.createDirectories(dir);
                if (Files.isDirectory(abs)) throw new java.nio.file.DirectoryNotEmptyException(abs.toString());
                file = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new OutputException(target, e);
            }
            try (OutputStream out = new Guarded(file, target)) {
                content.write(out);
            }
            try {
                try {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new OutputException(target, e);
            }
            done = true;
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the failure being reported matters more than a leftover temporary file
                }
            }
        }
    }

    /** Writes bytes to {@code target} as {@link #write(Path, Content)} does. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** The file's stream, its failures turned into {@link OutputException}s naming the target. */
    private static final class Guarded extends FilterOutputStream {
        private final Path target;

        Guarded(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            guard(() -> out.write(b));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            guard(() -> out.write(b, off, len));
        }

        @Override
        public void flush() throws IOException {
            guard(out::flush);
        }

        @Override
        public void close() throws IOException {
            guard(out::close);
        }

        private void guard(Step step) throws IOException {
            try {
                step.run();
            } catch (IOException e) {
                throw new OutputException(target, e);
            }
        }
    }

    /** One file-system step. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }
}
