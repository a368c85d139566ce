package dev.pcf.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output file could not be written: its folder cannot be created, the disk is full, permission
 * is denied. Not a problem of the input (the command line's exit code 3, not 1); the target holds
 * nothing new (see {@code dev.pcf.io.AtomicFile}).
 */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The file that could not be written. */
    private final transient Path target;

    /**
     * @param target the file that could not be written
     * @param cause  the file system's failure
     */
    public OutputException(Path target, IOException cause) {
        super("cannot write " + target + ": " + reason(cause), cause);
        this.target = target;
    }

    /** The file that could not be written. */
    public Path target() {
        return target;
    }

    /** The failure in the user's terms, e.g. "permission denied", "No space left on device". */
    private static String reason(IOException e) {
        String text = switch (e) {
            case java.nio.file.AccessDeniedException a -> "permission denied";
            case java.nio.file.NoSuchFileException n -> "no such file or folder";
            case java.nio.file.FileAlreadyExistsException f -> "a file is in the way";
            case java.nio.file.DirectoryNotEmptyException d -> "a folder is in the way";
            case java.nio.file.FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage();
        };
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
