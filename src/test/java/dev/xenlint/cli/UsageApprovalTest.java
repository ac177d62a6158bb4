package dev.xenlint.cli;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.xenlint.CliRunner;
import dev.xenlint.TestFiles;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the usage help of every command and the usage errors picocli reports, with their exit
 * status, in {@code src/test/resources/approved/usage.*.approved.txt}. Those files were written
 * by the jar whose commands picocli read from annotations, before the commands' models were built
 * with its programmatic API ({@link Specs}), so they hold that both say the same, byte for byte.
 */
class UsageApprovalTest {

    /** Name of the approved file, then the arguments. */
    private static final String[][] CASES = {
        {"root.help", "--help"},
        {"root.no-command"},
        {"root.unknown-command", "bogus"},
        {"root.unknown-option", "-x"},
        {"help", "help"},
        {"help.check", "help", "check"},
        {"help.help", "help", "help"},
        {"help.unknown", "help", "bogus"},
        {"check.help", "check", "--help"},
        {"format.help", "format", "--help"},
        {"convert.help", "convert", "--help"},
        {"dump.help", "dump", "--help"},
        {"rules.help", "rules", "--help"},
        {"explain.help", "explain", "--help"},
        {"lsp.help", "lsp", "--help"},
        {"check.no-path", "check"},
        {"check.unknown-option", "check", "--bogus"},
        {"check.bad-format", "check", "--format", "bogus", "x.cfg"},
        {"check.bad-color", "check", "--color", "bogus", "x.cfg"},
        {"check.bad-dialect", "check", "--dialect", "python", "x.cfg"},
        {"check.bad-threads", "check", "--threads", "x", "x.cfg"},
        {"check.select-without-rule", "check", "--select"},
        {"convert.nothing", "convert"},
        {"convert.no-target", "convert", "x.cfg"},
        {"convert.target-without-value", "convert", "--to"},
        {"dump.two-files", "dump", "a.cfg", "b.cfg"},
        {"explain.no-rule", "explain"},
        {"rules.bad-format", "rules", "--format", "bogus"},
        {"format.unknown-option", "format", "--bogus", "x.cfg"},
    };

    @TestFactory
    Stream<DynamicTest> usageHelpAndErrorsAreAsApproved() {
        return Arrays.stream(CASES).map(c -> dynamicTest(c[0], () -> {
            CliRunner r = CliRunner.run(Arrays.copyOfRange(c, 1, c.length));
            TestFiles.verifyApproved("usage." + c[0], "exit " + r.exit() + "\n" + r.out() + "--- stderr\n" + r.err());
        }));
    }
}
