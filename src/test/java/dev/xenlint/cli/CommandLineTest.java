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
        assertTrue(r.out().contains("No problems found in 11 files."), r.out());
    }

    @Test
    void findingsExitOneWithFileLineColumn() {
        CliRunner r = CliRunner.run("check", "--color=never", "--select", "syntax-error",
                "testdata/broken/unclosed-list.cfg");
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
        CliRunner noThreads = CliRunner.run("check", "--threads", "0", "testdata/xl");
        assertEquals(2, noThreads.exit());
        assertTrue(noThreads.err().contains("--threads must be a whole number from 1, not `0`"), noThreads.err());
        CliRunner none = CliRunner.run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Usage: xenlint"), none.err());
    }

    @Test
    void versionIsTheProjectVersionEverywhere() {
        CliRunner r = CliRunner.run("--version");
        assertEquals(0, r.exit());
        String version = dev.xenlint.report.ToolVersion.get();
        assertFalse(version.contains("unknown"), "the build writes the version into BuildVersion");
        assertEquals("xenlint " + version + "\n", r.out(), "the same version SARIF reports and the language server gives");
        CliRunner shortForm = CliRunner.run("-V");
        assertEquals(0, shortForm.exit());
        assertEquals(r.out(), shortForm.out());
        for (String command : Main.COMMANDS) {
            CliRunner sub = CliRunner.run(command, "--version");
            assertEquals(0, sub.exit(), command + ": " + sub.err());
            assertEquals(r.out(), sub.out(), command + " --version");
        }
        CliRunner withMore = CliRunner.run("--version", "check");
        assertEquals(0, withMore.exit(), withMore.err());
        assertEquals(r.out(), withMore.out(), "the version, whatever follows it (as picocli has it)");
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
        CliRunner r = CliRunner.runWithInput("memory = [1,\n", "check", "--color", "never", "--select", "XC001", "-");
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith("<stdin>:1:13: error[XC001]: missing `]`"), r.out());
        CliRunner dump = CliRunner.runWithInput("cpu_cap = 50\n", "dump", "-");
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

    @Test
    void selectIgnoreAndSeverityThreshold() {
        String cfg = "name = 'x'\nkernel = '/k'\nmemroy = 512\n";
        assertEquals(1, CliRunner.runWithInput(cfg, "check", "-").exit());
        CliRunner ignored = CliRunner.runWithInput(cfg, "check", "--ignore", "unknown-key", "-");
        assertEquals(0, ignored.exit(), ignored.out());
        assertEquals(0, CliRunner.runWithInput(cfg, "check", "--select", "XC2", "-").exit());
        assertEquals(0, CliRunner.runWithInput(cfg, "check", "--severity", "error", "-").exit());
        assertEquals(0, CliRunner.runWithInput(cfg, "check", "--exit-zero", "-").exit());
        CliRunner unknown = CliRunner.runWithInput(cfg, "check", "--select", "XC999", "-");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("matches no rule"), unknown.err());
    }

    @Test
    void statisticsCountFindingsPerRule() {
        CliRunner r = CliRunner.runWithInput("memroy = 1\nvcpuss = 2\n", "check", "--statistics", "-");
        assertTrue(r.out().contains("    2  XC101  unknown-key"), r.out());
        assertTrue(r.out().contains("    1  XC105  missing-name"), r.out());
    }

    @Test
    void stdinFilenameNamesTheInput() {
        CliRunner r = CliRunner.runWithInput("memroy = 1\n", "check", "--stdin-filename", "vm/web.cfg", "-");
        assertTrue(r.out().contains("vm/web.cfg:1:1: warning[XC101]"), r.out());
    }

    @Test
    void summaryCountsFixableFindings() {
        CliRunner r = CliRunner.runWithInput("name = 'x'\nkernel = '/k'\nnomigrate = 'yes'\n", "check", "--color",
                "never", "-");
        assertTrue(r.out().contains("Found 1 error, 0 warnings in 1 file (1 fixable)."), r.out());
    }

    @Test
    void configFileIsFoundAboveTheFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".xenlint.toml"), """
                ignore = ["missing-name", "missing-kernel"]
                [severity]
                unknown-key = "error"
                [per-file-ignores]
                "vm/legacy/*.cfg" = ["XC101"]
                """);
        Files.createDirectories(dir.resolve("vm").resolve("legacy"));
        Files.writeString(dir.resolve("vm").resolve("web.cfg"), "memroy = 1\n");
        Files.writeString(dir.resolve("vm").resolve("legacy").resolve("old.cfg"), "memroy = 1\n");
        CliRunner r = CliRunner.run("check", "--color", "never", dir.resolve("vm").toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("web.cfg:1:1: error[XC101]"), r.out());
        assertFalse(r.out().contains("old.cfg"), r.out());
        assertFalse(r.out().contains("XC105"), r.out());
    }

    @Test
    void configDialectAndExcludes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cfg.toml"), "dialect = \"xl\"\nexclude = [\"skip/**\"]\n");
        Files.writeString(dir.resolve("a.cfg"), "name = 'a'\nimport os\n");
        Files.createDirectories(dir.resolve("skip"));
        Files.writeString(dir.resolve("skip").resolve("b.cfg"), "broken = [\n");
        CliRunner r = CliRunner.run("check", "--color", "never", "--config", dir.resolve("cfg.toml").toString(),
                dir.toString());
        assertTrue(r.out().contains("error[XC002]"), r.out());
        assertFalse(r.out().contains("b.cfg"), r.out());
    }

    @Test
    void badConfigIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".xenlint.toml"), "selct = [\"XC1\"]\n");
        Files.writeString(dir.resolve("a.cfg"), "name = 'a'\n");
        CliRunner r = CliRunner.run("check", dir.resolve("a.cfg").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown setting `selct`"), r.err());
        Files.writeString(dir.resolve(".xenlint.toml"), "ignore = [\"XC1\"\n");
        CliRunner invalid = CliRunner.run("check", dir.resolve("a.cfg").toString());
        assertEquals(2, invalid.exit());
        assertTrue(invalid.err().contains("not valid TOML"), invalid.err());
        assertFalse(invalid.err().contains("Exception"), invalid.err());
    }

    @Test
    void rulesAndExplain() {
        CliRunner rules = CliRunner.run("rules");
        assertEquals(0, rules.exit());
        assertTrue(rules.out().contains("XC101  unknown-key"), rules.out());
        CliRunner explain = CliRunner.run("explain", "unknown-key");
        assertEquals(0, explain.exit());
        assertTrue(explain.out().startsWith("XC101 unknown-key (warning, xm, xl, fix: unsafe)"), explain.out());
        assertTrue(explain.out().contains("## Why it matters"), explain.out());
        assertEquals(2, CliRunner.run("explain", "XC999").exit());
    }

    @Test
    void inlineSuppressions() {
        String cfg = """
                # xenlint: disable-file=missing-name,missing-kernel -- generated file
                memroy = 1  # xenlint: disable=XC101 -- read by our inventory script
                # xenlint: disable-next-line=unknown-key
                vcpuss = [ 1,
                           2 ]
                cpuss = 1  # xenlint: disable=XC102
                """;
        CliRunner r = CliRunner.runWithInput(cfg, "check", "--color", "never", "-");
        assertTrue(r.out().contains("<stdin>:6:1: warning[XC101]: unknown key `cpuss`"), r.out());
        assertTrue(r.out().contains("<stdin>:6:31: warning[XC003]: suppression of `XC102` is unused"), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("<stdin>")).count(), r.out());
    }
}
