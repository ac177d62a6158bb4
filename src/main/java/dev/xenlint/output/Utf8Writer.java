package dev.xenlint.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A writer over a stream in UTF-8 that also takes text already encoded ({@link #writeUtf8}): the text
 * report of a file with a finding on every statement is 100 MB, and encoding it char by char cost more
 * than making it (issue 9). Chars go through the JDK's encoder as with any {@link PrintWriter}; bytes
 * go to the stream after them, in order, without flushing it. {@link #writeBytes} takes bytes of any
 * encoding: a diff carries a file's lines as the file has them.
 */
public final class Utf8Writer extends PrintWriter {

    private final Gate gate;

    private Utf8Writer(Gate gate, boolean autoFlush) {
        super(new BufferedWriter(new OutputStreamWriter(gate, StandardCharsets.UTF_8)), autoFlush);
        this.gate = gate;
    }

    /** A writer over {@code out} in UTF-8, whatever the default charset. */
    public static Utf8Writer utf8(OutputStream out, boolean autoFlush) {
        return new Utf8Writer(new Gate(out), autoFlush);
    }

    /** Writes {@code len} bytes of UTF-8 from {@code off}, after every char written before. */
    public void writeUtf8(byte[] b, int off, int len) {
        writeBytes(b, off, len);
    }

    /**
     * Writes {@code len} bytes from {@code off} as they are, after every char written before: content
     * that must keep its own encoding, such as the lines of a Latin-1 file in a diff.
     */
    public void writeBytes(byte[] b, int off, int len) {
        synchronized (lock) {
            gate.held = true;
            try {
                flush(); // the chars before reach the stream, which is not flushed
            } finally {
                gate.held = false;
            }
            try {
                gate.out().write(b, off, len);
            } catch (IOException e) {
                setError();
            }
        }
    }

    /** Whether a write failed, here or (a {@link PrintStream}) in the stream. */
    @Override
    public boolean checkError() {
        boolean failed = super.checkError();
        return gate.out() instanceof PrintStream p ? p.checkError() || failed : failed;
    }

    /** The stream, with its flushes held back while {@link #writeBytes} moves chars down to it. */
    private static final class Gate extends java.io.FilterOutputStream {
        boolean held;

        Gate(OutputStream out) {
            super(out);
        }

        OutputStream out() {
            return out;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (!held) {
                out.flush();
            }
        }
    }
}
