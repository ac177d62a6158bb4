package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Devices, pipes and oversized files on the command line (issue 9). */
class HostileInputTest {

    @Test
    void devZeroIsReadUpToTheLimitThenAnIoError() {
        if (!Files.isReadable(Path.of("/dev/zero"))) {
            return;
        }
        CliRunner r = CliRunner.run("check", "/dev/zero");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("/dev/zero holds more than 1 MiB; xenlint reads files up to 1 MiB"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void configDevZeroIsReadUpToTheLimitThenAConfigurationError(@TempDir Path dir) throws Exception {
        if (!Files.isReadable(Path.of("/dev/zero"))) {
            return;
        }
        Path f = dir.resolve("a.cfg");
        Files.writeString(f, "memory = 512\n");
        for (String command : new String[] {"check", "format", "dump"}) {
            CliRunner r = CliRunner.run(command, "--config", "/dev/zero", f.toString());
            assertEquals(2, r.exit(), command + ": " + r.out() + r.err());
            assertTrue(r.err().contains("/dev/zero holds more than 1 MiB; xenlint reads files up to 1 MiB"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void anOversizedConfigurationFileIsRefusedWithTheSameLimit(@TempDir Path dir) throws Exception {
        Path toml = dir.resolve("big.toml");
        Files.writeString(toml, "# padding\n".repeat(2 * 1024 * 1024 / 10 + 1));
        Path f = dir.resolve("a.cfg");
        Files.writeString(f, "memory = 512\n");
        CliRunner r = CliRunner.run("check", "--config", toml.toString(), f.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(toml + " is 2.1 MiB; xenlint reads files up to 1 MiB"), r.err());
    }

    @Test
    void oneLimitForEveryOversizedFile(@TempDir Path dir) throws Exception {
        // a 2 MiB file used to get a syntax error and a 5 MiB file an I/O error
        for (int mib : new int[] {2, 5}) {
            Path f = dir.resolve(mib + ".cfg");
            Files.writeString(f, "# padding\n".repeat(mib * 1024 * 1024 / 10 + 1));
            CliRunner r = CliRunner.run("check", f.toString());
            assertEquals(2, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains(f + " is " + mib + ".1 MiB; xenlint reads files up to 1 MiB"), r.err());
        }
    }

    @Test
    void oversizedStandardInputIsRefusedWithTheSameLimit() {
        CliRunner r = CliRunner.runWithInput("#\n".repeat(600_000), "check", "-");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("standard input holds more than 1 MiB; xenlint reads files up to 1 MiB"), r.err());
    }

    @Test
    void aLongLineIsShownAsAWindowAroundEachFinding(@TempDir Path dir) throws Exception {
        // a 400 KB one-line disk list used to print the whole line for every finding (11.9 GB)
        int entries = 5_000;
        Path f = dir.resolve("long.cfg");
        Files.writeString(f, "name = \"a\"\nkernel = \"/k\"\ndisk = [" + "'foo', ".repeat(entries) + "]\n");
        CliRunner r = CliRunner.run("check", f.toString());
        assertEquals(1, r.exit());
        long findings = r.out().lines().filter(l -> l.contains("error[XC501]")).count();
        assertEquals(entries, findings);
        assertTrue(r.out().length() < findings * 400, "output is linear in the findings: " + r.out().length());
        String[] lines = r.out().split("\n");
        int at = java.util.Arrays.asList(lines).indexOf(lines[0]); // the first finding, at column 9
        assertEquals(" 3 | disk = ['foo', 'foo', 'foo', 'foo', 'foo', 'foo', 'fo\u2026", lines[at + 1]);
        assertEquals("   |         ^^^^^", lines[at + 2]);
        int middle = 3 * 2_500; // three lines per finding
        assertTrue(lines[middle + 1].startsWith(" 3 | \u2026") && lines[middle + 1].endsWith("\u2026"), lines[middle + 1]);
        int caret = lines[middle + 2].indexOf('^');
        assertEquals("'foo'", lines[middle + 1].substring(caret, caret + 5), "the caret is under the range");
    }
}
