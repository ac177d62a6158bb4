package dev.xenlint.fix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * Writes a file the safe way: nothing when nothing changed, never over a file
 * that changed since it was read, through a temporary file in the same
 * directory renamed over the original, keeping its permissions.
 */
public final class SafeWriter {

    private SafeWriter() {
    }

    /** A write that did not happen; the message says why. */
    public static final class WriteException extends Exception {
        public WriteException(String message) {
            super(message);
        }
    }

    /** Creates a new file the same way (temporary file, then rename); refuses to replace an existing one. */
    public static void create(Path path, byte[] content) throws WriteException {
        if (Files.exists(path)) {
            throw new WriteException(path + " already exists");
        }
        replace(path, content, null);
    }

    /**
     * @return whether the file was written
     */
    public static boolean write(Path path, byte[] original, byte[] content) throws WriteException {
        if (Arrays.equals(original, content)) {
            return false;
        }
        try {
            if (!Files.isWritable(path)) {
                throw new WriteException(path + " is read-only; not writing");
            }
            if (!Arrays.equals(Files.readAllBytes(path), original)) {
                throw new WriteException(path + " changed on disk while xenlint was working; not writing");
            }
        } catch (NoSuchFileException e) {
            throw new WriteException(path + " no longer exists; not writing");
        } catch (IOException e) {
            throw new WriteException("cannot read " + path + ": " + e.getMessage());
        }
        replace(path, content, Files.getFileAttributeView(path, PosixFileAttributeView.class));
        return true;
    }

    /** Writes a temporary file beside {@code path} and renames it over {@code path}. */
    private static void replace(Path path, byte[] content, PosixFileAttributeView permissionsOf) throws WriteException {
        Path dir = path.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".xenlint");
            Files.write(temp, content);
            if (permissionsOf != null) {
                Files.setPosixFilePermissions(temp, permissionsOf.readAttributes().permissions());
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (AccessDeniedException e) {
            throw new WriteException("cannot write in " + dir + ": permission denied");
        } catch (IOException e) {
            throw new WriteException("cannot write " + path + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after the original; nothing else to do
                }
            }
        }
    }
}
