package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write to standard output is said, and the run fails (issue 9: `check f.cfg > /dev/full`). */
class StandardOutputTest {

    private static final class Full extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private static String run(PrintStream out, ByteArrayOutputStream err, int[] exit, String... args) {
        exit[0] = Main.run(args, new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true,
                StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path clean(Path dir) throws IOException {
        return Files.writeString(dir.resolve("a.cfg"), "name = 'a'\nkernel = '/k'\n");
    }

    @Test
    void outputIsUtf8WhateverTheLocale(@TempDir Path dir) throws Exception {
        // a JVM whose default charset is ASCII, as JDK 17's is under LC_ALL=C (a CI container without a locale)
        Path file = Files.writeString(dir.resolve("u.cfg"), "name = 'a'\nkernel = '/k'\nmemroy = 'caf\u00e9'\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII", "-cp", System.getProperty("java.class.path"), "dev.xenlint.cli.Main",
                "dump", file.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        String json = new String(out, StandardCharsets.UTF_8);
        assertTrue(json.contains("caf\u00e9"), json);
    }

    @Test
    void theReasonIsSaidWhenTheStreamKnowsIt(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = new int[1];
        String said = run(StandardOutput.over(new Full()), err, exit, "check", clean(dir).toString());
        assertEquals("xenlint: cannot write standard output: No space left on device\n", said);
        assertEquals(2, exit[0]);
    }

    /** `xenlint check ... | head`: the reader closing the pipe early is not an error to report. */
    @Test
    void aClosedPipeIsNotReported(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = new int[1];
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Path findings = Files.writeString(dir.resolve("b.cfg"), "name = 'b'\nkernel = '/k'\nmemroy = 512\n");
        String said = run(StandardOutput.over(closedPipe), err, exit, "check", findings.toString());
        assertEquals("", said);
        assertEquals(1, exit[0], "the check's own exit status");
    }

    @Test
    void anyPrintStreamThatFailedFailsTheRun(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = new int[1];
        String said = run(new PrintStream(new Full(), true, StandardCharsets.UTF_8), err, exit,
                "check", clean(dir).toString());
        assertEquals("xenlint: cannot write standard output: write error\n", said);
        assertEquals(2, exit[0]);
    }

    @Test
    void theFullDeviceItself(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = new int[1];
        try (FileOutputStream full = new FileOutputStream("/dev/full")) {
            String said = run(StandardOutput.over(full), err, exit, "check", clean(dir).toString());
            assertEquals("xenlint: cannot write standard output: No space left on device\n", said);
            assertEquals(2, exit[0], said);
        }
    }

    @Test
    void aRunThatWritesFineIsUnchanged(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = new int[1];
        String said = run(StandardOutput.over(bytes), err, exit, "check", clean(dir).toString());
        assertEquals("", said);
        assertEquals(0, exit[0]);
        assertEquals("No problems found in 1 file.\n", bytes.toString(StandardCharsets.UTF_8));
    }
}
