package dev.xenlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xenlint.CliRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes refuse anything that is not a regular file, through links too: a device is not replaced,
 * a FIFO is neither replaced nor opened (opening one blocks until another process opens its other
 * end). The guard against a hang only bounds a test that would otherwise never end.
 */
class SpecialFileWriteTest {

    private static final byte[] OLD = "old\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new\n".getBytes(StandardCharsets.UTF_8);
    private static final String XM = "name = 'a'\nkernel = '/k'\nmemory = 256\n";
    private static final Duration NEVER_HANGS = Duration.ofSeconds(30);

    private static boolean made(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false; // no such tool here
        }
    }

    private static Path fifo(Path dir) throws Exception {
        Path f = dir.resolve("fifo.xl");
        assumeTrue(made("mkfifo", f.toString()), "mkfifo is not available");
        return f;
    }

    @Test
    void aFifoIsNeitherOpenedNorReplaced(@TempDir Path dir) throws Exception {
        Path f = fifo(dir);
        var e = assertTimeoutPreemptively(NEVER_HANGS,
                () -> assertThrows(SafeWriter.WriteException.class, () -> SafeWriter.write(f, OLD, NEW)));
        assertEquals(f + " is not a regular file (a FIFO); not writing", e.getMessage());
        assertFalse(Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS));
        assertThrows(SafeWriter.WriteException.class, () -> SafeWriter.create(f, NEW));
    }

    @Test
    void aLinkToAFifoIsRefusedAsItsTargetIs(@TempDir Path dir) throws Exception {
        Path f = fifo(dir);
        Path link = Files.createSymbolicLink(dir.resolve("link.xl"), f.getFileName());
        var e = assertTimeoutPreemptively(NEVER_HANGS,
                () -> assertThrows(SafeWriter.WriteException.class, () -> SafeWriter.write(link, OLD, NEW, true)));
        assertEquals(link + " is not a regular file (a FIFO); not writing", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aDirectoryIsRefused(@TempDir Path dir) throws Exception {
        Path d = Files.createDirectory(dir.resolve("d.xl"));
        var e = assertThrows(SafeWriter.WriteException.class, () -> SafeWriter.write(d, OLD, NEW));
        assertEquals(d + " is not a regular file (a directory); not writing", e.getMessage());
    }

    @Test
    void convertDoesNotHangOnAFifo(@TempDir Path dir) throws Exception {
        Path f = fifo(dir);
        Path in = Files.writeString(dir.resolve("a.cfg"), XM);
        CliRunner r = assertTimeoutPreemptively(NEVER_HANGS,
                () -> CliRunner.run("convert", "--to", "xl", "-o", f.toString(), in.toString()));
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("xenlint: " + f + " is not a regular file (a FIFO); not writing\n", r.err());
        assertFalse(Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void convertDoesNotReplaceADevice(@TempDir Path dir) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "making a device node needs root");
        Path dev = dir.resolve("null.xl");
        assumeTrue(made("mknod", dev.toString(), "c", "1", "3"), "mknod failed");
        Path in = Files.writeString(dir.resolve("a.cfg"), XM);
        CliRunner r = assertTimeoutPreemptively(NEVER_HANGS,
                () -> CliRunner.run("convert", "--to", "xl", "-o", dev.toString(), in.toString()));
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("xenlint: " + dev + " is not a regular file (a character device); not writing\n", r.err());
        assertFalse(Files.isRegularFile(dev, LinkOption.NOFOLLOW_LINKS), "the device was replaced by a file");
        assertTrue(Files.exists(dev, LinkOption.NOFOLLOW_LINKS));
    }
}
