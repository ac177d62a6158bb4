package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, output formats and error handling of the command line. */
class CommandLineTest {

    @Test
    void cleanFilesExitZero() {
        CliRunner r = CliRunner.run("check", "testdata/xl", "testdata/xm");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("No problems found in 8 files."), r.out());
    }

    @Test
    void findingsExitOneWithFileLineColumn() {
        CliRunner r = CliRunner.run("check", "--color=never", "testdata/broken/unclosed-list.cfg");
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith("testdata/broken/unclosed-list.cfg:3:32: error[XC001]: missing `]`"), r.out());
        assertFalse(r.out().contains("\u001b["), "no colour when asked for none");
    }

    @Test
    void colourOnRequest() {
        CliRunner r = CliRunner.run("check", "--color", "always", "testdata/broken/unclosed-list.cfg");
        assertTrue(r.out().contains("\u001b["), r.out());
    }

    @Test
    void missingFileIsAnIoErrorWithoutStackTrace() {
        CliRunner r = CliRunner.run("check", "no/such/file.cfg");
        assertEquals(2, r.exit());
        assertEquals("xenlint: cannot read no/such/file.cfg: no such file or directory\n", r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRunner.run("check").exit());
        assertEquals(2, CliRunner.run("check", "--dialect", "python", "x.cfg").exit());
        assertEquals(2, CliRunner.run("frobnicate").exit());
        CliRunner none = CliRunner.run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Usage: xenlint"), none.err());
    }

    @Test
    void helpExplainsTheCommands() {
        CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("check") && r.out().contains("dump") && r.out().contains("Exit status"), r.out());
        CliRunner check = CliRunner.run("check", "--help");
        assertTrue(check.out().contains("--dialect") && check.out().contains("--format"), check.out());
    }

    @Test
    void jsonOutputHasTheDocumentedFields() {
        CliRunner r = CliRunner.run("check", "--format", "json", "testdata/broken/bom-crlf-nonascii.cfg");
        assertEquals(1, r.exit());
        String out = r.out();
        for (String field : new String[] {"\"path\"", "\"line\": 3", "\"column\": 15", "\"endLine\": 3",
            "\"endColumn\": 16", "\"code\": \"XC001\"", "\"rule\": \"syntax-error\"", "\"severity\": \"error\"",
            "\"message\": \"unexpected character `$` (U+0024)\""}) {
            assertTrue(out.contains(field), field + " in " + out);
        }
        assertTrue(out.trim().startsWith("[") && out.trim().endsWith("]"));
    }

    @Test
    void jsonOutputIsAnEmptyArrayForCleanFiles() {
        CliRunner r = CliRunner.run("check", "--format", "json", "testdata/xl/debian-pv.cfg");
        assertEquals(0, r.exit());
        assertEquals("[]\n", r.out());
    }

    @Test
    void standardInput() {
        CliRunner r = CliRunner.runWithInput("memory = [1,\n", "check", "--color", "never", "-");
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith("<stdin>:1:13: error[XC001]: missing `]`"), r.out());
        CliRunner dump = CliRunner.runWithInput("builder = 'hvm'\n", "dump", "-");
        assertEquals(0, dump.exit());
        assertTrue(dump.out().contains("\"dialect\": \"xm\""), dump.out());
    }

    @Test
    void directoriesAreWalkedForConfigFilesOnly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.cfg"), "name = 'a'\n");
        Files.writeString(dir.resolve("notes.txt"), "this is not a config [\n");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git").resolve("x.cfg"), "broken = [\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("bad.cfg"), "memory = ]\n");
        CliRunner r = CliRunner.run("check", "--color", "never", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("bad.cfg:1:10"), r.out());
        assertTrue(r.out().contains("in 2 files"), r.out());
    }

    @Test
    void emptyDirectoryIsReported(@TempDir Path dir) {
        CliRunner r = CliRunner.run("check", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no configuration files found"), r.err());
    }

    @Test
    void dumpUsesLibxlFieldNames() {
        CliRunner r = CliRunner.run("dump", "testdata/xm/xen3-manual-hvm.cfg");
        assertEquals(0, r.exit());
        for (String field : new String[] {"\"pdev_path\"", "\"vdev\"", "\"format\"", "\"readwrite\"", "\"is_cdrom\"",
            "\"backend_domname\"", "\"script\"", "\"mac\"", "\"bridge\""}) {
            assertTrue(r.out().contains(field), field);
        }
    }

    @Test
    void dumpWithoutLocationsDoesNotDependOnLayout() {
        String a = CliRunner.runWithInput("memory=512\ndisk=['a,b,c']\n", "dump", "--no-locations", "-").out();
        String b = CliRunner.runWithInput("# comment\nmemory = 512\n\ndisk = [\n  'a,b,c',\n]\n", "dump",
                "--no-locations", "-").out();
        assertEquals(a, b);
    }
}
