package dev.xenlint.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output that remembers why a write failed. A {@link PrintStream} keeps only the fact
 * ({@link PrintStream#checkError()}); this one also keeps the system's reason ("No space left on
 * device"), so that {@link Main} can say it.
 */
final class StandardOutput extends PrintStream {

    /** The system's reason when the reader of a pipe has gone (EPIPE; the JVM ignores SIGPIPE). */
    static final String BROKEN_PIPE = "Broken pipe";

    private final Recorder recorder;

    private StandardOutput(Recorder recorder) {
        super(new java.io.BufferedOutputStream(recorder, 8192), false, Charset.defaultCharset());
        this.recorder = recorder;
    }

    /** The process's standard output. */
    static StandardOutput open() {
        return over(new FileOutputStream(FileDescriptor.out));
    }

    /** A standard output over any stream (for tests). */
    static StandardOutput over(OutputStream out) {
        return new StandardOutput(new Recorder(out));
    }

    /** The reason of the first write that failed, or null if none failed or the system gave none. */
    String failure() {
        return recorder.failure;
    }

    /** The reason a stream's writes failed, as far as it can be known; null when none failed. */
    static String failureOf(PrintStream out) {
        if (!out.checkError()) { // flushes first
            return null;
        }
        String reason = out instanceof StandardOutput s ? s.failure() : null;
        return reason == null ? "write error" : reason;
    }

    private static final class Recorder extends FilterOutputStream {
        String failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            if (failure == null && e.getMessage() != null) {
                failure = e.getMessage();
            }
            return e;
        }
    }
}
