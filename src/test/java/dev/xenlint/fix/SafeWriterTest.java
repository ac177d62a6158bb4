package dev.xenlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xenlint.CliRunner;
import dev.xenlint.text.SizeLimit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a write keeps: links, owner, group and mode (issue 9). */
class SafeWriterTest {

    private static final byte[] OLD = "old\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new\n".getBytes(StandardCharsets.UTF_8);

    private static boolean unix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("unix");
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int mode(Path p) throws Exception {
        return (Integer) Files.getAttribute(p, "unix:mode") & 07777;
    }

    @Test
    void aTemporaryFileIsTheOwnersAloneAndNeverAnExistingName(@TempDir Path dir) throws Exception {
        // the new content of a config (which may hold a VNC password) is not readable by others before the rename
        Path target = dir.resolve("guest.cfg");
        Path temp = SafeWriter.newFileBeside(dir, target, true);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)));
        assertTrue(temp.getFileName().toString().startsWith(".guest.cfg.") && temp.toString().endsWith(".xenlint"), temp.toString());
        Path again = SafeWriter.newFileBeside(dir, target, true);
        assertFalse(again.equals(temp), "a fresh name");
        assertEquals(0, Files.size(temp));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsTarget(@TempDir Path dir) throws Exception {
        Path target = Files.write(dir.resolve("real.cfg"), OLD);
        Path link = Files.createSymbolicLink(dir.resolve("auto.cfg"), target.getFileName());
        assertTrue(SafeWriter.write(link, OLD, NEW));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new\n", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aNewFileThroughADanglingLinkIsCreatedWhereTheLinkPoints(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("configs"));
        Path link = Files.createSymbolicLink(dir.resolve("auto.cfg"), Path.of("configs", "guest.cfg"));
        SafeWriter.create(link, NEW);
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new\n", Files.readString(dir.resolve("configs/guest.cfg")));
        Path loop = Files.createSymbolicLink(dir.resolve("loop.cfg"), Path.of("loop.cfg"));
        var e = assertThrows(SafeWriter.WriteException.class, () -> SafeWriter.create(loop, NEW));
        assertTrue(e.getMessage().contains("symbolic links"), e.getMessage());
        assertTrue(Files.isSymbolicLink(loop));
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotATemporaryFilesOwn(@TempDir Path dir) throws Exception {
        assumeTrue(unix(dir));
        Path probe = Files.createFile(dir.resolve("probe")); // what the process's umask gives a new file
        Path made = dir.resolve("new.cfg");
        SafeWriter.create(made, NEW);
        assertEquals(mode(probe), mode(made));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aHardLinkedFileIsRewrittenInPlace(@TempDir Path dir) throws Exception {
        assumeTrue(unix(dir));
        Path a = Files.write(dir.resolve("a.cfg"), OLD);
        Path b = Files.createLink(dir.resolve("b.cfg"), a);
        Object inode = Files.getAttribute(a, "unix:ino");
        assertTrue(SafeWriter.write(a, OLD, NEW));
        assertEquals("new\n", Files.readString(b), "every link sees the new text");
        assertEquals(inode, Files.getAttribute(a, "unix:ino"));
        assertEquals(2, (Integer) Files.getAttribute(a, "unix:nlink"));
        assertTrue(SafeWriter.write(a, NEW, "much longer than before\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(SafeWriter.write(a, "much longer than before\n".getBytes(StandardCharsets.UTF_8), OLD));
        assertEquals("old\n", Files.readString(b), "a shorter text is truncated");
    }

    @Test
    void everyModeBitIsKept(@TempDir Path dir) throws Exception {
        assumeTrue(unix(dir));
        Path f = Files.write(dir.resolve("a.cfg"), OLD);
        Files.setAttribute(f, "unix:mode", 07640);
        assertTrue(SafeWriter.write(f, OLD, NEW));
        assertEquals(07640, mode(f), Integer.toOctalString(mode(f)));
        assertEquals("new\n", Files.readString(f));
    }

    @Test
    void ownerAndGroupAreKeptWhenRunAsRoot(@TempDir Path dir) throws Exception {
        assumeTrue(unix(dir) && root(), "changing the owner needs root");
        Path f = Files.write(dir.resolve("a.cfg"), OLD);
        Files.setAttribute(f, "unix:uid", 4321);
        Files.setAttribute(f, "unix:gid", 8765);
        Files.setAttribute(f, "unix:mode", 06640); // chown clears setuid/setgid: set them after
        assertTrue(SafeWriter.write(f, OLD, NEW));
        assertEquals(4321, Files.getAttribute(f, "unix:uid"));
        assertEquals(8765, Files.getAttribute(f, "unix:gid"));
        assertEquals(06640, mode(f), Integer.toOctalString(mode(f)));
        assertFalse(Files.isSymbolicLink(f));
    }

    @Test
    void aReadOnlyFileIsNotWrittenEvenByRootUnlessForced(@TempDir Path dir) throws Exception {
        assumeTrue(unix(dir));
        Path f = Files.write(dir.resolve("a.cfg"), OLD);
        Files.setAttribute(f, "unix:mode", 0444);
        var e = assertThrows(SafeWriter.WriteException.class, () -> SafeWriter.write(f, OLD, NEW));
        assertEquals(f + " is read-only; not writing (use --force-write to write it anyway)", e.getMessage());
        assertEquals("old\n", Files.readString(f));
        assertTrue(SafeWriter.write(f, OLD, NEW, true));
        assertEquals("new\n", Files.readString(f));
        assertEquals(0444, mode(f), "forcing the write keeps the file read-only");
    }

    @Test
    void theCommandLineRefusesAReadOnlyFileAndSaysHowToForce(@TempDir Path dir) throws Exception {
        assumeTrue(unix(dir));
        String text = "name = \"x\"\nbuilder = \"linux\"\nkernel = \"/k\"\n";
        Path f = Files.writeString(dir.resolve("a.cfg"), text);
        Files.setAttribute(f, "unix:mode", 0444);
        CliRunner r = CliRunner.run("check", "--dialect", "xl", "--fix", f.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("--force-write"), r.err());
        assertEquals(text, Files.readString(f));
        CliRunner forced = CliRunner.run("check", "--dialect", "xl", "--fix", "--force-write", f.toString());
        assertEquals(0, forced.exit(), forced.out() + forced.err());
        assertEquals("name = \"x\"\ntype = \"pv\"\nkernel = \"/k\"\n", Files.readString(f));
    }

    @Test
    void nothingLargerThanTheSizeLimitIsWritten(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("a.cfg"), OLD);
        byte[] big = new byte[SizeLimit.MAX_BYTES + 1];
        var e = assertThrows(SafeWriter.WriteException.class, () -> SafeWriter.write(f, OLD, big));
        assertEquals("not writing " + f + ": the result would be 1.1 MiB; xenlint reads files up to 1 MiB",
                e.getMessage());
        assertEquals("old\n", Files.readString(f));
        assertThrows(SafeWriter.WriteException.class, () -> SafeWriter.create(dir.resolve("b.cfg"), big));
        assertFalse(Files.exists(dir.resolve("b.cfg"), LinkOption.NOFOLLOW_LINKS));
    }
}
