package dev.xenlint.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * {@code --output FILE}: the report goes to a temporary file beside FILE, which is then renamed over
 * it, so a reader (an upload step, a dashboard) never sees half a report. An earlier report is
 * replaced; a link is written through, a device or FIFO is written to (issue 9).
 */
public final class ReportFile {

    private ReportFile() {
    }

    /**
     * Writes the report; on failure, throws with a message that names the file and says why. A
     * symbolic link is written through (it stays a link); a device or a FIFO ({@code /dev/null}, a
     * pipe) is written to, never replaced; a directory is refused.
     */
    public static void write(Path file, byte[] content) throws IOException {
        try {
            writeTo(file, content);
        } catch (IOException e) {
            String why = e.getMessage();
            if (why != null && why.startsWith("cannot write the report ")) {
                throw e;
            }
            throw new IOException("cannot write the report " + file + ": " + (why == null ? e.toString() : why));
        }
    }

    private static void writeTo(Path file, byte[] content) throws IOException {
        Path target = file;
        if (Files.isSymbolicLink(file)) {
            if (Files.exists(file)) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                if (a.isOther()) {
                    writeInPlace(file, content); // e.g. /dev/stdout, a link to a pipe the kernel opens
                    return;
                }
                target = file.toRealPath();
            } else {
                Path to = Files.readSymbolicLink(file); // dangling: the report becomes its target
                Path parent = file.toAbsolutePath().getParent();
                target = parent == null ? to : parent.resolve(to);
            }
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write the report " + file + ": it is a directory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            writeInPlace(file, content);
            return;
        }
        replace(file, target, content);
    }

    /** A device or FIFO: opened and written; renaming a file over it would replace the device node. */
    private static void writeInPlace(Path file, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(content);
        } catch (IOException e) {
            throw new IOException("cannot write the report " + file + ": " + e.getMessage());
        }
    }

    /** A regular file (or none yet) at {@code target}: a temporary file beside it, renamed over it. */
    private static void replace(Path file, Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        } catch (NoSuchFileException e) {
            throw new IOException("cannot write the report " + file + ": the directory " + dir + " does not exist");
        } catch (IOException e) {
            throw new IOException("cannot write the report " + file + ": " + e.getMessage());
        }
        try {
            Files.write(temp, content);
            // a temporary file is private (0600); a report is for others to read, like any new file
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("cannot write the report " + file + ": " + e.getMessage());
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
