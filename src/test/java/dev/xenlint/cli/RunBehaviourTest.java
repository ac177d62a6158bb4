package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run prints and where, when things go wrong or standard input is fixed (issue 9). */
class RunBehaviourTest {

    private static final String CLEAN = "name = 'a'\nkernel = '/k'\n";
    private static final String XM_KEY = "name = 'a'\nkernel = '/k'\ncpu_cap = 50\n";

    @Test
    void fixingStandardInputPrintsTheUnchangedTextAndReportsOnStandardError() {
        String text = CLEAN + "memroy = 1\n"; // a finding, but no safe fix
        CliRunner r = CliRunner.runWithInput(text, "check", "--fix", "--color", "never", "-");
        assertEquals(text, r.out(), "standard output is the file, even when nothing was fixed");
        assertTrue(r.err().contains("<stdin>:3:1: warning[XC101]"), r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void fixingStandardInputPrintsTheFixedText() {
        CliRunner r = CliRunner.runWithInput(XM_KEY, "check", "--dialect", "xl", "--fix", "-");
        assertEquals(CLEAN + "cap = 50\n", r.out());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void jsonIsNotDroppedWhenFixingStandardInput() {
        CliRunner r = CliRunner.runWithInput(CLEAN + "memroy = 1\n", "check", "--fix", "--format", "json", "-");
        assertEquals(CLEAN + "memroy = 1\n", r.out());
        assertTrue(r.err().trim().startsWith("[") && r.err().contains("\"code\": \"XC101\""), r.err());
    }

    @Test
    void standardInputTwiceIsAUsageError() {
        CliRunner r = CliRunner.runWithInput(CLEAN, "check", "-", "-");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'-' (standard input) can be given only once"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void formatOfStandardInputKeepsStandardOutputForTheText(@TempDir Path dir) throws Exception {
        String messy = "name='a'\nkernel='/k'\n";
        String tidy = "name = 'a'\nkernel = '/k'\n";
        CliRunner twice = CliRunner.runWithInput(messy, "format", "-", "-");
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("'-' (standard input) can be given only once"), twice.err());
        assertEquals("", twice.out());
        Path file = dir.resolve("a.cfg");
        Files.writeString(file, messy);
        // the formatted text of standard input is all standard output has; the summary of the file goes to stderr
        CliRunner mixed = CliRunner.runWithInput(messy, "format", "-", file.toString());
        assertEquals(tidy, mixed.out());
        assertTrue(mixed.err().contains("1 file reformatted, 0 unchanged."), mixed.err());
        assertEquals(0, mixed.exit(), mixed.err());
        assertEquals(tidy, Files.readString(file));
    }

    @Test
    void formatCheckAndDiffOfStandardInput() {
        CliRunner check = CliRunner.runWithInput("name='a'\n", "format", "--check", "-");
        assertEquals(1, check.exit(), check.err());
        assertEquals("would reformat <stdin>\n1 file would be reformatted, 0 unchanged.\n", check.out());
        assertEquals("", check.err());
        CliRunner diff = CliRunner.runWithInput("name='a'\n", "format", "--diff", "-");
        assertEquals(1, diff.exit(), diff.err());
        assertTrue(diff.out().contains("-name='a'\n+name = 'a'\n"), diff.out());
    }

    @Test
    void formatSaysNothingOfZeroFilesAfterAnError(@TempDir Path dir) throws Exception {
        CliRunner missing = CliRunner.run("format", dir.resolve("nope.cfg").toString());
        assertEquals(2, missing.exit());
        assertEquals("", missing.out());
        assertTrue(missing.err().contains("cannot read"), missing.err());
        Path broken = dir.resolve("broken.cfg");
        Files.writeString(broken, "memory = = 512\n");
        CliRunner refused = CliRunner.run("format", broken.toString());
        assertEquals(2, refused.exit());
        assertEquals("0 files reformatted, 0 unchanged, 1 file not formatted (syntax errors).\n", refused.out());
    }

    @Test
    void theReportNeverReplacesAFileBeingChecked(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("a.cfg");
        Files.writeString(config, CLEAN + "memroy = 512\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), config.getFileName());
        for (String[] args : new String[][] {
                {"check", "--output", config.toString(), config.toString()},
                {"check", "--format", "sarif", "--output", config.toString(), dir.toString()},
                {"check", "--output", link.toString(), config.toString()}}) {
            CliRunner r = CliRunner.run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("is one of the files to check"), r.err());
            assertEquals(CLEAN + "memroy = 512\n", Files.readString(config), String.join(" ", args));
        }
    }

    @Test
    void contradictoryFixOptionsAreRefused() {
        CliRunner unsafe = CliRunner.runWithInput(CLEAN, "check", "--unsafe-fixes", "-");
        assertEquals(2, unsafe.exit());
        assertTrue(unsafe.err().contains("--unsafe-fixes only applies with --fix or --diff"), unsafe.err());
        CliRunner both = CliRunner.runWithInput(CLEAN, "check", "--fix", "--diff", "-");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("--fix and --diff exclude each other"), both.err());
        assertEquals("", both.out());
    }

    @Test
    void noSummaryContradictsAnError(@TempDir Path dir) throws Exception {
        CliRunner missing = CliRunner.run("check", dir.resolve("nope.cfg").toString());
        assertEquals(2, missing.exit());
        assertFalse(missing.out().contains("No problems found"), missing.out());
        Files.writeString(dir.resolve(".xenlint.toml"), "selct = []\n");
        Files.writeString(dir.resolve("a.cfg"), CLEAN);
        CliRunner badConfig = CliRunner.run("check", dir.resolve("a.cfg").toString());
        assertEquals(2, badConfig.exit());
        assertFalse(badConfig.out().contains("No problems found"), badConfig.out());
    }

    @Test
    void aSummaryAfterSomeFilesFailedSaysSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.cfg"), CLEAN);
        CliRunner r = CliRunner.run("check", dir.resolve("a.cfg").toString(), dir.resolve("nope.cfg").toString());
        assertEquals(2, r.exit());
        assertTrue(r.out().contains("No problems found in 1 file; 1 file could not be checked."), r.out());
    }

    @Test
    void formatSettingsAreValidatedByEveryCommand(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path file = dir.resolve("a.cfg");
        Files.writeString(file, CLEAN);
        for (String bad : new String[] {"line-widht = 50", "line-width = 5", "quote-style = \"curly\""}) {
            Files.writeString(dir.resolve(".xenlint.toml"), "[format]\n" + bad + "\n");
            for (String command : new String[] {"check", "dump", "format"}) {
                CliRunner r = CliRunner.run(command, file.toString());
                assertEquals(2, r.exit(), command + " with " + bad + ": " + r.out() + r.err());
                assertTrue(r.err().contains(".xenlint.toml:2: [format] "), command + ": " + r.err());
            }
        }
    }

    @Test
    void configurationErrorsSayWhatIsWrongOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.cfg");
        Files.writeString(file, CLEAN);
        Path nope = dir.resolve("nope.toml");
        CliRunner missing = CliRunner.run("check", "--config", nope.toString(), file.toString());
        assertEquals(2, missing.exit());
        assertEquals("xenlint: cannot read " + nope + ": no such file\n", missing.err());
        Path latin1 = dir.resolve("latin1.toml");
        Files.write(latin1, "# caf\u00e9\nignore = []\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRunner notUtf8 = CliRunner.run("check", "--config", latin1.toString(), file.toString());
        assertEquals(2, notUtf8.exit());
        assertTrue(notUtf8.err().contains(latin1 + " is not UTF-8 text"), notUtf8.err());
        Path broken = dir.resolve("broken.toml");
        Files.writeString(broken, "ignore = []\nselect = [\"XC1\"\n");
        CliRunner invalid = CliRunner.run("check", "--config", broken.toString(), file.toString());
        assertEquals(2, invalid.exit());
        assertTrue(invalid.err().startsWith("xenlint: " + broken + ":3:"), invalid.err());
    }

    @Test
    void convertHonoursTheConfiguration(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path file = dir.resolve("a.cfg");
        // read as xl (the configuration says so), an xl file comes out unchanged; detected, it is xm
        Files.writeString(file, "name = 'a'\nkernel = '/k'\ncpu_cap = 50\n");
        CliRunner detected = CliRunner.run("convert", "--to", "xl", file.toString());
        assertTrue(detected.out().contains("cap = 50") && !detected.out().contains("cpu_cap"), detected.out());
        Files.writeString(dir.resolve(".xenlint.toml"), "dialect = \"xl\"\n");
        CliRunner configured = CliRunner.run("convert", "--to", "xl", file.toString());
        assertEquals("name = 'a'\nkernel = '/k'\ncpu_cap = 50\n", configured.out(), configured.err());
        Files.writeString(dir.resolve(".xenlint.toml"), "[format]\nline-widht = 50\n");
        assertEquals(2, CliRunner.run("convert", "--to", "xl", file.toString()).exit());
    }

    @Test
    void everyCommandHasAOneLineSummaryThatStandsWhole() {
        CliRunner r = CliRunner.run("--help");
        List<String> commands = r.out().lines().dropWhile(l -> !l.equals("Commands:")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        assertTrue(commands.size() >= 7, r.out());
        for (String line : commands) {
            assertTrue(line.matches("  \\S+ +\\S.*\\.$"), "one line, ending a sentence: `" + line + "`");
        }
        assertTrue(CliRunner.run("help", "format").out().contains("Each statement becomes `key = value`"));
    }

    @Test
    void dumpSaysWhereTheDialectCameFrom(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path file = dir.resolve("a.cfg");
        Files.writeString(file, CLEAN);
        Files.writeString(dir.resolve(".xenlint.toml"), "dialect = \"xm\"\n");
        CliRunner configured = CliRunner.run("dump", file.toString());
        assertTrue(configured.out().contains("\"dialect_reason\": \"set by `dialect = \\\"xm\\\"` in "
                + dir.resolve(".xenlint.toml")), configured.out());
        CliRunner flag = CliRunner.run("dump", "--dialect", "xl", file.toString());
        assertTrue(flag.out().contains("set by --dialect xl"), flag.out());
    }
}
