package dev.xenlint.fix;

import dev.xenlint.text.SizeLimit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes a configuration file the safe way.
 *
 * <ul>
 * <li>Nothing is written when nothing changed, nor over a file that changed
 * since it was read, nor beyond {@link SizeLimit#MAX_BYTES} (a file xenlint
 * would then refuse to read).</li>
 * <li>A symbolic link is followed: its target is written, the link stays a
 * link ({@code /etc/xen/auto/} is links).</li>
 * <li>The new text goes to a temporary file beside the target, flushed to
 * disk, given the target's owner, group and whole mode (setuid, setgid and
 * sticky bits included), then renamed over it: readers see the old file or
 * the new one, never half of one.</li>
 * <li>A file with several hard links is rewritten in place instead, so every
 * link keeps seeing one file; the temporary copy is written first all the
 * same, so a full disk is found before the file is touched. The same happens
 * when the temporary file cannot be given the owner (xenlint not run as
 * root on someone else's group-writable file).</li>
 * <li>A read-only file (no write permission for its owner) is not written,
 * even by root, unless {@code force} is given ({@code --force-write}).</li>
 * <li>A write that has begun is finished when the run is stopped by a signal
 * ({@link WriteGuard}).</li>
 * </ul>
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

    /**
     * Creates a new file the same way (temporary file, then rename); refuses to replace an existing one. A
     * symbolic link to a file that does not exist yet is written through (the file is created where the link
     * points, the link stays a link), and the new file gets the permissions any new file gets (those the
     * process's umask leaves), not a temporary file's owner-only ones.
     */
    public static void create(Path path, byte[] content) throws WriteException {
        requireRegular(path);
        if (Files.exists(path)) {
            throw new WriteException(path + " already exists");
        }
        checkSize(path, content);
        WriteGuard.PROCESS.begin();
        try {
            replace(path, danglingTarget(path), content, null);
        } finally {
            WriteGuard.PROCESS.end();
        }
    }

    /** Where {@code path} leads through symbolic links that end at a file not created yet ({@code path} if none). */
    private static Path danglingTarget(Path path) throws WriteException {
        Path at = path;
        try {
            for (int hops = 0; Files.isSymbolicLink(at); hops++) {
                if (hops == 40) { // as the kernel's own limit: a loop, or nearly one
                    throw new WriteException("cannot write " + path + ": too many levels of symbolic links");
                }
                Path parent = at.toAbsolutePath().getParent();
                at = parent.resolve(Files.readSymbolicLink(at)); // a relative link is relative to its directory
            }
        } catch (IOException e) {
            throw new WriteException("cannot write " + path + ": " + reason(e));
        }
        return at;
    }

    /**
     * Replaces a file read earlier as {@code original}; a read-only one is refused.
     *
     * @return whether the file was written
     */
    public static boolean write(Path path, byte[] original, byte[] content) throws WriteException {
        return write(path, original, content, false);
    }

    /**
     * Replaces a file read earlier as {@code original}.
     *
     * @param force write a read-only file too (as root; otherwise the system still refuses)
     * @return whether the file was written
     */
    public static boolean write(Path path, byte[] original, byte[] content, boolean force) throws WriteException {
        if (Arrays.equals(original, content)) {
            return false;
        }
        checkSize(path, content);
        requireRegular(path);
        WriteGuard.PROCESS.begin();
        try {
            return writeChecked(path, original, content, force);
        } finally {
            WriteGuard.PROCESS.end();
        }
    }

    /** {@link #write(Path, byte[], byte[], boolean)} from the check that the file still holds {@code original}. */
    private static boolean writeChecked(Path path, byte[] original, byte[] content, boolean force) throws WriteException {
        Path target;
        Attributes attributes;
        try {
            target = path.toRealPath(); // through symbolic links
            attributes = Attributes.of(target);
            if (!force && readOnly(target, attributes.mode)) {
                throw new WriteException(readOnlyMessage(path));
            }
            if (!holds(target, original)) {
                throw new WriteException(path + " changed on disk while xenlint was working; not writing");
            }
        } catch (NoSuchFileException e) {
            throw new WriteException(path + " no longer exists; not writing");
        } catch (IOException e) {
            throw new WriteException("cannot read " + path + ": " + reason(e));
        }
        if (attributes.links > 1 || !replace(path, target, content, attributes)) {
            inPlace(path, target, original, content);
        }
        return true;
    }

    /**
     * Refuses a path whose target (through symbolic links) exists and is not a regular file: a
     * device would be replaced by a file, and opening a FIFO blocks until another process opens it.
     * Call it before reading an existing file that is to be written over.
     */
    public static void requireRegular(Path path) throws WriteException {
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new WriteException(path + " is not a regular file (" + kind(path) + "); not writing");
        }
    }

    /** What a file that is not regular is, as far as the system says. */
    private static String kind(Path path) {
        if (Files.isDirectory(path)) {
            return "a directory";
        }
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
            switch (type) {
                case 0010000: return "a FIFO";
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0140000: return "a socket";
                default: break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no "unix" view: say what every system can
        }
        return "a device, FIFO or socket";
    }

    /**
     * Why {@link #write(Path, byte[], byte[], boolean) write} would refuse to write {@code content}
     * over the existing file {@code path} before even comparing it (too large, not a regular file,
     * read-only), or null if it would not; for {@code --check} and {@code --diff}, which write nothing.
     */
    public static String refusal(Path path, byte[] content, boolean force) {
        try {
            checkSize(path, content);
            requireRegular(path);
            if (!force) {
                Path target = path.toRealPath();
                if (readOnly(target, Attributes.of(target).mode)) {
                    return readOnlyMessage(path);
                }
            }
            return null;
        } catch (WriteException e) {
            return e.getMessage();
        } catch (IOException e) {
            return "cannot read " + path + ": " + reason(e);
        }
    }

    private static boolean readOnly(Path target, int mode) {
        return !Files.isWritable(target) || mode >= 0 && (mode & 0200) == 0;
    }

    private static String readOnlyMessage(Path path) {
        return path + " is read-only; not writing (use --force-write to write it anyway)";
    }

    private static void checkSize(Path path, byte[] content) throws WriteException {
        if (content.length > SizeLimit.MAX_BYTES) {
            throw new WriteException("not writing " + path + ": the result would be " + SizeLimit.human(content.length)
                    + "; xenlint reads files up to " + SizeLimit.human(SizeLimit.MAX_BYTES));
        }
    }

    /** Whether the file still holds exactly {@code expected} (reading at most one byte more). */
    private static boolean holds(Path path, byte[] expected) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return Arrays.equals(in.readNBytes(expected.length + 1), expected);
        }
    }

    /**
     * Writes a temporary file beside {@code target} and renames it over it.
     *
     * @param like the attributes to give the new file, null for a new file
     * @return false when the temporary file could not be given the owner and group (nothing was changed)
     */
    private static boolean replace(Path shown, Path target, byte[] content, Attributes like) throws WriteException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = newFileBeside(dir, target, like != null);
            writeDurably(temp, content);
            if (like != null && !like.applyTo(temp)) {
                return false;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return true;
        } catch (AccessDeniedException e) {
            throw new WriteException("cannot write " + shown + ": permission denied in " + dir);
        } catch (IOException e) {
            throw new WriteException("cannot write " + shown + ": " + reason(e));
        } finally {
            deleteQuietly(temp);
        }
    }

    private static final java.nio.file.attribute.FileAttribute<?> OWNER_ONLY =
            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

    /**
     * An empty file of a fresh name in {@code dir}, {@code .NAME.RANDOM.xenlint}, made only if no file of that name
     * exists (O_EXCL: never through a link someone put there). With {@code ownerOnly} it is the owner's alone
     * (0600, whatever the umask), as a temporary file of {@code Files.createTempFile} would be; else it has the
     * permissions a new file gets, for a file that is created, not replaced. Not {@code createTempFile} itself:
     * its name comes from a {@code SecureRandom}, whose first use sets up the JVM's method-handle machinery
     * (see StartupPathTest); the name need not be unguessable, as O_EXCL refuses a name that is taken.
     */
    static Path newFileBeside(Path dir, Path target, boolean ownerOnly) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        java.nio.file.attribute.FileAttribute<?>[] attributes = ownerOnly
                && dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new java.nio.file.attribute.FileAttribute<?>[] {OWNER_ONLY} : new java.nio.file.attribute.FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(random.nextLong()) + ".xenlint");
            try {
                return Files.createFile(temp, attributes);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    /**
     * Rewrites the file itself (same inode: hard links and owner stay). A copy
     * is written beside it first, so that a full disk is found before the file
     * is touched; if writing still fails, the original bytes are put back.
     */
    private static void inPlace(Path shown, Path target, byte[] original, byte[] content) throws WriteException {
        Path temp = null;
        try {
            temp = newFileBeside(target.toAbsolutePath().getParent(), target, true);
            writeDurably(temp, content);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new WriteException("cannot write " + shown + ": " + reason(e));
        }
        deleteQuietly(temp);
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
            try {
                overwrite(ch, content);
            } catch (IOException e) {
                try {
                    overwrite(ch, original);
                } catch (IOException again) {
                    throw new WriteException("cannot write " + shown + ": " + reason(e)
                            + "; restoring its previous content failed too: " + reason(again));
                }
                throw new WriteException("cannot write " + shown + ": " + reason(e) + "; its content is unchanged");
            }
        } catch (AccessDeniedException e) {
            throw new WriteException("cannot write " + shown + ": permission denied");
        } catch (IOException e) {
            throw new WriteException("cannot write " + shown + ": " + reason(e));
        }
    }

    private static void overwrite(FileChannel ch, byte[] content) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(content);
        long at = 0;
        while (buf.hasRemaining()) {
            at += ch.write(buf, at);
        }
        ch.truncate(content.length);
        ch.force(true);
    }

    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named after the original; nothing else to do
            }
        }
    }

    /** The system's reason without the file name (which may be the temporary file's). */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        if (e instanceof FileSystemException) {
            return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** What a replacement must keep: the whole mode, owner and group, and how many links the file has. */
    private static final class Attributes {
        final int mode; // -1 when the system does not say (no "unix" attribute view)
        final Object uid;
        final Object gid;
        final int links;
        final PosixFileAttributes posix; // the fallback where "unix" attributes are not available

        private Attributes(int mode, Object uid, Object gid, int links, PosixFileAttributes posix) {
            this.mode = mode;
            this.uid = uid;
            this.gid = gid;
            this.links = links;
            this.posix = posix;
        }

        static Attributes of(Path file) throws IOException {
            try {
                Map<String, Object> a = Files.readAttributes(file, "unix:mode,uid,gid,nlink");
                return new Attributes((Integer) a.get("mode") & 07777, a.get("uid"), a.get("gid"),
                        (Integer) a.get("nlink"), null);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
                return new Attributes(-1, null, null, 1, view == null ? null : view.readAttributes());
            }
        }

        /** Gives a new file these attributes; false when its owner or group cannot be set. */
        boolean applyTo(Path file) throws IOException {
            if (mode >= 0) {
                Map<String, Object> now = Files.readAttributes(file, "unix:uid,gid");
                try {
                    if (!now.get("uid").equals(uid)) {
                        Files.setAttribute(file, "unix:uid", uid);
                    }
                    if (!now.get("gid").equals(gid)) {
                        Files.setAttribute(file, "unix:gid", gid);
                    }
                } catch (FileSystemException e) {
                    return false;
                }
                Files.setAttribute(file, "unix:mode", mode); // after chown, which clears setuid and setgid
                return true;
            }
            if (posix != null) {
                PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
                try {
                    UserPrincipal owner = posix.owner();
                    GroupPrincipal group = posix.group();
                    if (!view.readAttributes().owner().equals(owner)) {
                        view.setOwner(owner);
                    }
                    if (!view.readAttributes().group().equals(group)) {
                        view.setGroup(group);
                    }
                } catch (FileSystemException e) {
                    return false;
                }
                view.setPermissions(posix.permissions());
            }
            return true;
        }
    }
}
