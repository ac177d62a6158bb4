package dev.xenlint.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * {@code --output FILE}: the report goes to a temporary file beside FILE, which is then renamed over
 * it, so a reader (an upload step, a dashboard) never sees half a report. An earlier report is
 * replaced.
 */
public final class ReportFile {

    private ReportFile() {
    }

    /** Writes the report; on failure, throws with a message that names the file and says why. */
    public static void write(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        } catch (NoSuchFileException e) {
            throw new IOException("cannot write the report " + file + ": the directory " + dir + " does not exist");
        } catch (IOException e) {
            throw new IOException("cannot write the report " + file + ": " + e.getMessage());
        }
        try {
            Files.write(temp, content);
            // a temporary file is private (0600); a report is for others to read, like any new file
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, Files.exists(file) ? Files.getPosixFilePermissions(file)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("cannot write the report " + file + ": " + e.getMessage());
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
