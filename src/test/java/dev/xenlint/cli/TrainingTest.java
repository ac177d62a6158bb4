package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training runs must run what they claim to: a renamed option or a moved test directory would
 * make a command stop at a usage error (exit 2), and the cache would then lack the classes it is for.
 */
class TrainingTest {

    @Test
    void everyCommandOfTheCheckTrainingRunsToItsEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exits = Training.run(".", true, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        // findings in the broken files (exit 1); the fix of a copy leaves nothing (0)
        assertArrayEquals(new int[] {1, 0}, exits, said + err.toString(StandardCharsets.UTF_8));
        assertTrue(said.contains("XC001"), "the syntax errors of testdata/broken, read by the generated parser");
        assertTrue(said.contains("Fixed "), "check --fix wrote its copy: " + said);
        assertFalse(said.contains("would reformat"), "no format in the check training");
    }

    @Test
    void theLanguageServerSessionIsAnsweredInFull() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // initialize, hover, completion, formatting, code actions, symbols, definition
        org.junit.jupiter.api.Assertions.assertEquals(7, Training.lsp(".", new PrintStream(err, true, StandardCharsets.UTF_8)),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandOfTheWholeTrainingRunsToItsEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exits = Training.run(".", false, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        // then: in each of eight formats (1), a check through picocli (0), format --check (1: files it would change), --version, explain,
        // rules, dump, convert (0), the fix (0) and a format that writes (0)
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0}, exits,
                said + err.toString(StandardCharsets.UTF_8));
        assertTrue(said.contains("would reformat"), "format --check read the files");
        assertTrue(said.contains("\"code\""), "check's JSON report");
        assertTrue(said.contains("\"$schema\""), "check's SARIF report");
        assertTrue(said.contains("1 file reformatted"), "format wrote its copy: " + said);
        assertTrue(said.contains("xenlint " + dev.xenlint.report.ToolVersion.get()), said);
    }
}
