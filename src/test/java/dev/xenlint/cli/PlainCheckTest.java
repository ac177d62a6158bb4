package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check} with plain arguments runs without picocli (for start-up time): it must do exactly
 * what the run through picocli does (same output, errors and exit status), and leave to picocli
 * every argument it does not read the same way.
 */
class PlainCheckTest {

    private static final String CLEAN = "name = 'a'\nkernel = '/k'\n";
    private static final String FINDINGS = "name = 'a'\nkernel = '/k'\nmemroy = 1\ncpu_cap = 50\nvcpus = 'x'\n";
    private static final String WARNING = "name = 'a'\nkernel = '/k'\nmemroy = 1\n";

    /** Arguments (after "check") that are read without picocli. */
    private static final List<List<String>> PLAIN = List.of(
            List.of("testdata/xl/windows-hvm.cfg"),
            List.of("testdata/xl", "testdata/xm"),
            List.of("--color", "never", "testdata/xl"),
            List.of("testdata/xm", "--color=always"),
            List.of("--format", "json", "testdata/xm"),
            List.of("--format=concise", "--exit-zero", "testdata/xl", "testdata/xm"),
            List.of("--format", "gcc", "--severity", "error", "testdata/xm"),
            List.of("--severity", "info", "--statistics", "testdata/xl"),
            List.of("--severity", "fatal", "testdata/xl"),
            List.of("--dialect", "xm", "--xen-version", "3.4", "testdata/xl"),
            List.of("--xen-version", "banana", "testdata/xl"),
            List.of("--threads", "1", "testdata/xl"),
            List.of("--threads", "0", "testdata/xl"),
            List.of("--threads=007", "testdata/xm"),
            List.of("-v", "testdata"),
            List.of("--verbose", "testdata/xl/no-such-file.cfg"),
            List.of("-"),
            List.of("--stdin-filename", "etc/xen/a.cfg", "-"),
            List.of("--diff", "-"),
            List.of("--fix", "-"),
            List.of("--fix", "--diff", "-"),
            List.of("--unsafe-fixes", "-"),
            List.of("--diff", "--unsafe-fixes", "--dialect", "xl", "-"),
            List.of("-", "-"),
            List.of("--force-write", "--statistics", "--format", "json", "-"),
            List.of("--select", "XC1", "testdata/xl"),
            List.of("--select", "XC1", "XC2", "testdata/xl"), // XC2 a path, as picocli reads it
            List.of("--select=ALL", "--ignore", "XC101,unknown-key", "-"),
            List.of("--select", "XC1,XC103", "--ignore", "XC105", "-"),
            List.of("--ignore", "no-such-rule", "-"),
            List.of("--select", "XC9", "-"),
            List.of("--config", "testdata/no-such.toml", "-"),
            List.of("--config=target/plain-check-test.toml", "-"),
            List.of("--output", "target/plain-check-report.txt", "testdata/broken"));

    /** Arguments that picocli reads (or refuses), as they were before. */
    private static final List<List<String>> NOT_PLAIN = List.of(
            List.of(),
            List.of("--color", "never"),
            List.of("--help"),
            List.of("-h", "testdata/xl"),
            List.of("--color", "NEVER", "testdata/xl"),
            List.of("--color", "sometimes", "testdata/xl"),
            List.of("--color", "never", "--color", "never", "testdata/xl"),
            List.of("--exit-zero", "--exit-zero", "testdata/xl"),
            List.of("--exit-zero=true", "testdata/xl"),
            List.of("--format", "testdata/xl"),
            List.of("--format"),
            List.of("--color="),
            List.of("--threads", "two", "testdata/xl"),
            List.of("--threads", "-1", "testdata/xl"),
            List.of("--threads", "99999999999", "testdata/xl"),
            List.of("--select", "XC1,,XC2", "testdata/xl"),
            List.of("--select", ",XC1", "testdata/xl"),
            List.of("--select", "XC1,", "testdata/xl"),
            List.of("--select", "\"XC1,XC2\"", "testdata/xl"),
            List.of("--select", "XC1", "--select", "XC2", "testdata/xl"),
            List.of("--config", "", "testdata/xl"),
            List.of("--config", "a\u0000b", "testdata/xl"),
            List.of("--no-such-option", "testdata/xl"),
            List.of("-x", "testdata/xl"),
            List.of("-vx", "testdata/xl"),
            List.of("--", "testdata/xl"),
            List.of("@args.txt"),
            List.of("testdata/xl", ""),
            List.of("--severity", "-error", "testdata/xl"));

    @org.junit.jupiter.api.BeforeAll
    static void aConfigurationFile() throws java.io.IOException {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/plain-check-test.toml"),
                "dialect = \"xm\"\nxen-version = \"4.1\"\nignore = [\"XC105\"]\n");
    }

    @Test
    void plainArgumentsAreReadWithoutPicocliAndRunTheSame() {
        for (List<String> args : PLAIN) {
            assertTrue(new CheckCommand(null).parsePlain(args.toArray(new String[0]), 0), "plain: " + args);
            for (String input : List.of(CLEAN, FINDINGS, WARNING)) {
                sameBothWays(args, input);
            }
        }
    }

    @Test
    void otherArgumentsGoToPicocliAndRunAsBefore() {
        for (List<String> args : NOT_PLAIN) {
            assertFalse(new CheckCommand(null).parsePlain(args.toArray(new String[0]), 0), "not plain: " + args);
            sameBothWays(args, CLEAN);
        }
    }

    @Test
    void otherCommandsAreNotAffected() {
        for (List<String> args : List.of(List.of("format", "--check", "testdata/xl"), List.of("rules"),
                List.of("--version"), List.of("checks", "testdata/xl"))) {
            InProcessRun plain = InProcessRun.of(args, CLEAN, true);
            InProcessRun picocli = InProcessRun.of(args, CLEAN, false);
            assertEquals(picocli, plain, args.toString());
        }
    }

    @Test
    void aReportWrittenToAFileIsTheSameBothWays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        for (String format : List.of("text", "sarif", "json")) {
            String[] reports = new String[2];
            InProcessRun[] runs = new InProcessRun[2];
            for (int way = 0; way < 2; way++) {
                java.nio.file.Path out = dir.resolve(format + way + ".txt");
                List<String> args = List.of("check", "--format", format, "--output", out.toString(), "testdata/broken");
                assertTrue(new CheckCommand(null).parsePlain(args.toArray(new String[0]), 1), "plain: " + args);
                InProcessRun r = InProcessRun.of(args, CLEAN, way == 0);
                runs[way] = new InProcessRun(r.exit(), r.out(), r.err().replace(out.toString(), "OUT"));
                reports[way] = java.nio.file.Files.readString(out);
            }
            assertEquals(runs[1], runs[0], format);
            assertEquals(reports[1], reports[0], format);
            assertTrue(reports[0].length() > 100, reports[0]);
        }
    }

    private static void sameBothWays(List<String> checkArgs, String input) {
        List<String> args = new java.util.ArrayList<>(List.of("check"));
        args.addAll(checkArgs);
        InProcessRun plain = InProcessRun.of(args, input, true);
        InProcessRun picocli = InProcessRun.of(args, input, false);
        assertEquals(picocli, plain, args + " on " + input.replace("\n", "\\n"));
    }
}
