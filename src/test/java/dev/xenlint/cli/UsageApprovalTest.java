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

    /**
     * picocli breaks a line longer than the help's 80 columns after a dot inside a word ("*.", "hvm"), and a
     * paragraph broken by hand into longer lines came out with a stray short line after each: xenlint breaks
     * each paragraph itself, at spaces.
     */
    @TestFactory
    Stream<DynamicTest> theHelpBreaksParagraphsAtSpacesIntoLinesThatFit() {
        Main main = new Main(new java.io.ByteArrayInputStream(new byte[0]), System.out);
        return Arrays.stream(Main.COMMANDS).map(name -> dynamicTest(name, () -> {
            picocli.CommandLine.Model.UsageMessageSpec usage = Main.command(name, main).usageMessage();
            for (String[] lines : new String[][] {usage.description(), usage.footer()}) {
                for (String line : lines) {
                    if (line.length() > usage.width()) {
                        throw new AssertionError(name + ": a line of " + line.length() + " columns: " + line);
                    }
                }
            }
        }));
    }

    /**
     * Each option's and parameter's description, as the help shows it, reads as written once its lines are
     * joined with one space: picocli broke "from .xenlint.toml" after its first dot.
     */
    @TestFactory
    Stream<DynamicTest> theHelpBreaksOptionDescriptionsOnlyAtSpaces() {
        Main main = new Main(new java.io.ByteArrayInputStream(new byte[0]), System.out);
        return Arrays.stream(Main.COMMANDS).map(name -> dynamicTest(name, () -> {
            String help = CliRunner.run(name, "--help").out().replaceAll(" *\\R *", " ");
            picocli.CommandLine.Model.CommandSpec spec = Main.command(name, main);
            java.util.List<picocli.CommandLine.Model.ArgSpec> args = new java.util.ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (picocli.CommandLine.Model.ArgSpec arg : args) {
                String text = String.join(" ", arg.description());
                if (!help.contains(text)) {
                    throw new AssertionError(name + ": the help does not read \"" + text + "\":\n" + help);
                }
            }
        }));
    }

    @org.junit.jupiter.api.Test
    void aParagraphIsBrokenAtTheLastSpaceThatFits() {
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new String[] {"*.cfg, *.hvm", "and *.pv", "", "one"},
                Specs.wrap(new String[] {"*.cfg, *.hvm and *.pv", "", "one"}, 12));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new String[] {"a", "unbreakable-word", "b"},
                Specs.wrap(new String[] {"a unbreakable-word b"}, 5));
    }

    @TestFactory
    Stream<DynamicTest> usageHelpAndErrorsAreAsApproved() {
        return Arrays.stream(CASES).map(c -> dynamicTest(c[0], () -> {
            CliRunner r = CliRunner.run(Arrays.copyOfRange(c, 1, c.length));
            TestFiles.verifyApproved("usage." + c[0], "exit " + r.exit() + "\n" + r.out() + "--- stderr\n" + r.err());
        }));
    }
}
