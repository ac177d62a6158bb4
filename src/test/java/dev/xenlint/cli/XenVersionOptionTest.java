package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target Xen release: --xen-version, xen-version in .xenlint.toml, and the defaults per dialect. */
class XenVersionOptionTest {

    private static final String XM = "name = 'a'\nkernel = '/boot/vmlinuz'\nimport os\n";
    private static final String XL = "name = \"a\"\nkernel = \"/boot/vmlinuz\"\ntype = \"pv\"\n";

    @Test
    void defaultsAreTheNewestXlAndTheLastXm(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("xm.cfg"), XM);
        Files.writeString(dir.resolve("xl.cfg"), XL);
        assertTrue(dump(dir.resolve("xm.cfg")).out().contains("\"xen_version\": \"4.4\""));
        assertTrue(dump(dir.resolve("xl.cfg")).out().contains("\"xen_version\": \"4.22\""));
    }

    @Test
    void commandLineWinsOverTheConfigFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".xenlint.toml"), "xen-version = \"4.19\"\n");
        Files.writeString(dir.resolve("xl.cfg"), XL);
        assertTrue(dump(dir.resolve("xl.cfg")).out().contains("\"xen_version\": \"4.19\""));
        Files.writeString(dir.resolve("xm.cfg"), XM);
        assertTrue(dump(dir.resolve("xm.cfg")).out().contains("\"xen_version\": \"4.19\""));
        assertTrue(dump(dir.resolve("xm.cfg"), "--xen-version", "3.0.3").out().contains("\"xen_version\": \"3.0.3\""));
        CliRunner check = CliRunner.run("check", "--xen-version", "3.0.2", dir.resolve("xl.cfg").toString());
        assertEquals("", check.err());
    }

    @Test
    void badVersionsAreClearErrors(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("xl.cfg"), XL);
        for (String bad : new String[] {"4", "4.x", "latest", "2.0", "5.0", "4.23"}) {
            CliRunner r = CliRunner.run("check", "--xen-version", bad, dir.resolve("xl.cfg").toString());
            assertEquals(2, r.exit(), bad);
            assertTrue(r.err().contains("--xen-version"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        Files.writeString(dir.resolve(".xenlint.toml"), "xen-version = \"four\"\n");
        CliRunner r = CliRunner.run("check", dir.resolve("xl.cfg").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("`xen-version` must read X.Y or X.Y.Z"), r.err());
        Files.writeString(dir.resolve(".xenlint.toml"), "xen-version = 4.19\n");
        CliRunner number = CliRunner.run("check", dir.resolve("xl.cfg").toString());
        assertEquals(2, number.exit());
        assertTrue(number.err().contains("`xen-version` must be a string"), number.err());
    }

    private static CliRunner dump(Path file, String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "dump";
        System.arraycopy(extra, 0, args, 1, extra.length);
        args[args.length - 1] = file.toString();
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exit(), r.err());
        return r;
    }
}
