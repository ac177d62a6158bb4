package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xenlint.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is said when a write is refused: once, and counted (issue 9). */
class WriteMessagesTest {

    private static final String UNFORMATTED = "name='a'\nkernel='/k'\n";
    private static final String XM = "name = 'a'\nkernel = '/k'\nmemory = 256\n";

    private static Path readOnly(Path dir, String name, String text) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("unix"));
        Path f = Files.writeString(dir.resolve(name), text);
        Files.setAttribute(f, "unix:mode", 0444);
        return f;
    }

    @Test
    void convertSaysARefusalOnce(@TempDir Path dir) throws Exception {
        Path out = readOnly(dir, "cvro.xl", "old\n");
        Path in = Files.writeString(dir.resolve("a.cfg"), XM);
        CliRunner r = CliRunner.run("convert", "--to", "xl", "-o", out.toString(), in.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("xenlint: " + out + " is read-only; not writing (use --force-write to write it anyway)\n", r.err());
        assertEquals("old\n", Files.readString(out));
    }

    @Test
    void formatCountsAFileItDidNotWrite(@TempDir Path dir) throws Exception {
        Path f = readOnly(dir, "a.cfg", UNFORMATTED);
        CliRunner r = CliRunner.run("format", f.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("0 files reformatted, 0 unchanged, 1 file not written.\n", r.out());
        assertEquals("xenlint: " + f + " is read-only; not writing (use --force-write to write it anyway)\n", r.err());
        assertEquals(UNFORMATTED, Files.readString(f));
    }

    @Test
    void formatDiffAndCheckSayWhatWouldBeRefused(@TempDir Path dir) throws Exception {
        Path f = readOnly(dir, "a.cfg", UNFORMATTED);
        String note = "xenlint: note: format would not write it: " + f
                + " is read-only; not writing (use --force-write to write it anyway)\n";
        CliRunner diff = CliRunner.run("format", "--diff", f.toString());
        assertEquals(1, diff.exit(), diff.out() + diff.err());
        // standard output is the diff alone (for patch): the note and the summary go to standard error
        assertTrue(diff.out().startsWith("--- " + f + "\n") && diff.out().endsWith("+kernel = '/k'\n"), diff.out());
        assertEquals(note + "1 file would be reformatted, 0 unchanged; 1 of them would not be written.\n", diff.err());
        CliRunner check = CliRunner.run("format", "--check", f.toString());
        assertEquals("would reformat " + f + "\n1 file would be reformatted, 0 unchanged; 1 of them would not be "
                + "written.\n", check.out());
        assertEquals(note, check.err());
        CliRunner forced = CliRunner.run("format", "--diff", "--force-write", f.toString());
        assertEquals("1 file would be reformatted, 0 unchanged.\n", forced.err());
        assertTrue(forced.out().endsWith("+kernel = '/k'\n"), forced.out());
    }
}
