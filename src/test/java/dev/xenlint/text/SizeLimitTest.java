package dev.xenlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One size limit, read through a bounded stream, stated exactly. */
class SizeLimitTest {

    @Test
    void sizesArePrintedExactlyOrRoundedUp() {
        assertEquals("1 MiB", SizeLimit.human(SizeLimit.MAX_BYTES));
        assertEquals("1.1 MiB", SizeLimit.human(SizeLimit.MAX_BYTES + 1L));
        assertEquals("4.8 MiB", SizeLimit.human(5_000_000));
        assertEquals("2 KiB", SizeLimit.human(2048));
        assertEquals("12 bytes", SizeLimit.human(12));
        assertEquals("x.cfg is 4.8 MiB; xenlint reads files up to 1 MiB", SizeLimit.tooLarge("x.cfg", 5_000_000));
    }

    @Test
    void aFileAtTheLimitIsReadAndOneByteMoreIsRefused(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.cfg");
        Files.write(ok, new byte[SizeLimit.MAX_BYTES]);
        assertEquals(SizeLimit.MAX_BYTES, SizeLimit.read(ok).length);
        Path big = dir.resolve("big.cfg");
        Files.write(big, new byte[2 * 1024 * 1024]);
        var e = assertThrows(SizeLimit.TooLargeException.class, () -> SizeLimit.read(big));
        assertEquals(big + " is 2 MiB; xenlint reads files up to 1 MiB", e.getMessage());
    }

    @Test
    void anEndlessStreamIsReadOnlyUpToTheLimit() {
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served[0] += len;
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        var e = assertThrows(SizeLimit.TooLargeException.class, () -> SizeLimit.read(endless, "/dev/zero"));
        assertEquals("/dev/zero holds more than 1 MiB; xenlint reads files up to 1 MiB", e.getMessage());
        assertEquals(SizeLimit.MAX_BYTES + 1, served[0], "no more than one byte beyond the limit is taken");
    }

    @Test
    void aDeviceIsReadThroughTheStream() throws Exception {
        Path zero = Path.of("/dev/zero");
        if (!Files.isReadable(zero)) {
            return; // not a Unix system
        }
        var e = assertThrows(SizeLimit.TooLargeException.class, () -> SizeLimit.read(zero));
        assertEquals("/dev/zero holds more than 1 MiB; xenlint reads files up to 1 MiB", e.getMessage());
        assertEquals(0, SizeLimit.read(new ByteArrayInputStream(new byte[0]), "empty").length);
    }
    @Test
    void aRegularFileIsReadWhole(@TempDir Path dir) throws Exception {
        Path small = dir.resolve("small.cfg");
        byte[] content = "name = 'x'\nmemory = 512\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(small, content);
        org.junit.jupiter.api.Assertions.assertArrayEquals(content, SizeLimit.read(small));
        Path empty = dir.resolve("empty.cfg");
        Files.write(empty, new byte[0]);
        assertEquals(0, SizeLimit.read(empty).length);
    }

    @Test
    void aRegularFileThatClaimsNoSizeIsReadOnToItsEnd() throws Exception {
        Path status = Path.of("/proc/self/status"); // Linux: a regular file of size 0 that holds text
        if (!Files.isRegularFile(status) || Files.size(status) != 0) {
            return;
        }
        String text = new String(SizeLimit.read(status), java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(text.startsWith("Name:"), text);
    }
}
