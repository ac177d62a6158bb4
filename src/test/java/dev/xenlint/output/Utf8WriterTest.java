package dev.xenlint.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes written to a {@link Utf8Writer} come after the chars written before them, and flush nothing. */
class Utf8WriterTest {

    /** Counts the flushes that reach it, as a terminal or file would see write calls. */
    private static final class Sink extends ByteArrayOutputStream {
        int flushes;

        @Override
        public void flush() {
            flushes++;
        }
    }

    @Test
    void bytesFollowTheCharsBeforeThemWithoutAFlush() {
        Sink sink = new Sink();
        Utf8Writer w = Utf8Writer.utf8(sink, true);
        w.print("caf\u00e9 \ud83d\ude00 ");
        byte[] bytes = "\u2026 \u4e2d\n".getBytes(StandardCharsets.UTF_8);
        w.writeUtf8(bytes, 0, bytes.length);
        w.print("after");
        w.writeUtf8(bytes, 3, bytes.length - 3); // from the space after the ellipsis (3 bytes)
        assertEquals(0, sink.flushes, "writeUtf8 flushed the stream");
        w.println();
        assertTrue(sink.flushes > 0, "println (autoflush) flushes");
        assertEquals("caf\u00e9 \ud83d\ude00 \u2026 \u4e2d\nafter \u4e2d\n" + System.lineSeparator(),
                sink.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailedWriteIsAnError() {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        Utf8Writer direct = Utf8Writer.utf8(failing, false);
        direct.writeUtf8(new byte[] {'a'}, 0, 1);
        assertTrue(direct.checkError());
        // through a PrintStream (the command line's standard output), which keeps the error itself
        Utf8Writer printed = Utf8Writer.utf8(new PrintStream(failing, false, StandardCharsets.UTF_8), false);
        assertFalse(printed.checkError());
        printed.writeUtf8(new byte[] {'a'}, 0, 1);
        assertTrue(printed.checkError());
    }
}
