package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run must run what it claims to: a renamed option or a moved test directory
 * would make a command stop at a usage error, and the cache would then lack the classes it is for.
 */
class TrainingTest {

    @Test
    void everyTrainingCommandRunsToItsEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exits = Training.run(".", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        // findings in the broken files; format --check finds files it would change (exit 1); 2 would be an error
        assertArrayEquals(new int[] {1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0}, exits, said + err.toString(StandardCharsets.UTF_8));
        assertTrue(said.contains("XC001"), "the syntax errors of testdata/broken, read by the generated parser");
        assertTrue(said.contains("\"code\""), "check's JSON report");
        assertTrue(said.contains("would reformat"), "format --check read the files");
        assertTrue(said.contains("1 file reformatted"), "format wrote its copy: " + said);
        assertTrue(said.contains("Fixed "), "check --fix wrote its copy: " + said);
        assertTrue(said.contains("xenlint " + dev.xenlint.report.ToolVersion.get()), said);
    }
}
