package dev.xenlint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xenlint.CliRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output FILE} replaces a regular file, but never what is not one (issue 9): as root,
 * {@code --output /dev/null} used to rename a regular file over the device node.
 */
class ReportFileTest {

    private static final byte[] REPORT = "report\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aRegularFileIsReplacedAndNoTemporaryFileStays(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.txt"), "an older, longer report\n");
        ReportFile.write(f, REPORT);
        assertArrayEquals(REPORT, Files.readAllBytes(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("real.txt"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target.getFileName());
        ReportFile.write(link, REPORT);
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertArrayEquals(REPORT, Files.readAllBytes(target));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), Path.of("new.txt"));
        ReportFile.write(dangling, REPORT);
        assertTrue(Files.isSymbolicLink(dangling));
        assertArrayEquals(REPORT, Files.readAllBytes(dir.resolve("new.txt")));
        try (var files = Files.list(dir)) {
            assertEquals(4, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aFifoIsWrittenToNotReplaced(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ReportFile.write(fifo, REPORT);
        assertArrayEquals(REPORT, read.get(30, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo), "the FIFO is still a FIFO");
        assertTrue(Files.exists(fifo));
    }

    @Test
    void aDirectoryIsRefusedAndKept(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectory(dir.resolve("reports"));
        IOException e = assertThrows(IOException.class, () -> ReportFile.write(sub, REPORT));
        assertEquals("cannot write the report " + sub + ": it is a directory", e.getMessage());
        assertTrue(Files.isDirectory(sub));
    }

    @Test
    void theCommandLineWritesToAPipeAndRefusesADirectory(@TempDir Path dir) throws Exception {
        // (not tried on /dev/null itself: a regression run as root would replace the machine's device)
        Path fifo = dir.resolve("report.pipe");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRunner r = CliRunner.run("check", "--format", "json", "--output", fifo.toString(), "testdata/xl");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("[]", new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip());
        assertFalse(Files.isRegularFile(fifo));
        Path sub = Files.createDirectory(dir.resolve("out"));
        CliRunner refused = CliRunner.run("check", "--output", sub.toString(), "testdata/xl");
        assertEquals(2, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("cannot write the report " + sub + ": it is a directory"), refused.err());
    }

    private static boolean mkfifo(Path p) {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return proc.waitFor(30, TimeUnit.SECONDS) && proc.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
