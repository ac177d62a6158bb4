package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
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
                assertTrue(r.err().contains(".xenlint.toml: [format] "), command + ": " + r.err());
            }
        }
    }
}
