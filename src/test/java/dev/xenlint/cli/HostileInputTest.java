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
}
