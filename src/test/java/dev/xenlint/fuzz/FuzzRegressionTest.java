package dev.xenlint.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.CliRunner;
import dev.xenlint.fix.Fixer;
import dev.xenlint.format.Formatter;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.model.Dialect;
import dev.xenlint.syntax.XlSyntax;
import dev.xenlint.text.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The smallest inputs {@link FuzzTest} found, each once a broken invariant: every one is checked
 * against all invariants in every variant, and what it broke is also stated directly.
 */
class FuzzRegressionTest {

    @TempDir
    static Path root;

    @ParameterizedTest
    @ValueSource(strings = {
        "e=\"\"\nr=''`", // a stray character at the very end (xl accepts it): format dropped it
        "e=\"\"\nt=\"\r\"", // a CR inside a string is fine for xl, an unterminated string for Python: format broke it
        "e=\"\"\nk=[''#\n'']", // a comment between two strings Python joins: format dropped it
        "#xenlint:disable-file=XC\nt\"", // a suppressed syntax error: format dropped the quote
        "e=\"\u0000\"\nk=\"\"\nc=0", // a NUL inside a string: convert said the output reads as xl
        "\ufeffe=\"\" \"\"", // a BOM: convert kept it, and xl refuses it
        "\ufeffname = \"x\"\n", // a BOM in an xl file: its fix did not remove it
        "b=['']\r\"\"\nvusb=['']", // a lone CR in a file of LF lines: format made it a line break
        "\ny=4*4\rp", // the same, seen by xl as one line with a stray character
        "\r#xenlint:disable-file=XC", // a suppression carried over by convert hid that xl refuses the output
        "e=\"\u0000\"\nn#xenlint:disable-file=XC", // the same with a NUL in a string
        "y=2\nM", // a stray last character xl drops: format's final line break made it a lexical error
        "e=\"\"\np=['\u0000']\nN", // the same in a file xl refuses for its NUL: the model still reads `N` as xl does
        "\rc|s=1\rdisk=['sr']", // CR line breaks: xl reads one line, so the Python on it is on a line xl refuses
        "type='b'\"hvm\"", // the guest's reason quoted the value's layout, which format changed ('b' "hvm")
        "[[\"\"],\"\n\"\n\"\n\"", // a comma inserted after a string never closed lands inside it, every pass
        "i=\"\"g=\"\"g=\"\"g=\"\"g=\"\"g=\"\"g=\"\"g=\"\"g=\"\"g=\"\"g=\"\"g=", // one statement split off per pass: slow, but it settles
        "e=\"\"\nt.e=\"\"\nk=\"\"\r\nk=\"\"", // a CR on the line after an xl key with a dot: format turned the file from xm to xl
        "e=\"db\"\nvcpus=4\ncpus=[\"0\",\"1\",\"2\"# xenlint disable-file\n,\"\"]", // a comma after a comment: format writes it first
        "e=\"db\"\ndisk=[\"/srv/db.img,raw,xv,w\"# xenlint disable-fileXC0\n,\"/srv/db-d,\"]", // the same in a disk list
        "e=\"\"\nr=\"pygr%dub\"\nbootloader_args=[\"-q\"# xenilint disable=XC101\n,\"--entry=1\"]\n[\"\"]", // and before a line xl refuses
        "ype=\"\"vi=[\"backend=,type\"]", // `type=vif` added before a bare `type`, which then hid it: the fix fired again
        "e=\"\"\ntype=\"\"\nl.n=\"\"#n", // a comment at the end without a line break made Python of `l.n` until format added one
        "b.b=[\"\",\\\n\"\"]", // so did a backslash joining the lines of a list, which format drops
        "e=\"\"\ny=2\\\n\nd=['']\nX", // a stray last character xl drops, read alone with a line break: Python until format dropped the backslash
        "e=\"\"\nc.e\u000c=\"\"", // a form feed: white space to Python, a stray character to xl, which format made a space
        "e=\"\"\nm;o.y=1", // where xl's grammar stops at `m;` made Python of `o.y`, until format put each on a line
        "c;p=64J", // the same with a stray last character, which xl drops at the end of the file
        "y;y", // and a statement after the error is Python in either layout
        "e\"\"\r\rdevice_model=\" #\"", // CR lines: the fix converted only the CRs xl saw, and fired again
        "\"\\\u00bb\u00bb", // the typographic quote after a backslash was replaced first, which ends nothing
        "memory=512e=memory*\"/expkless\"", // an int times a string: the fix wrote out 512 copies of it
        "y=0\rC", // a stray last character after CR line breaks: format's final CR made `C` Python
        "e=\"\"\rr=''\rZ", // the same after two CR lines
        "ilder=\u2019hvm\u2019vi=[\u2019type\u2019]\nu", // a bare `type` in an HVM vif: type=ioemu was added, then again
    })
    void keepsEveryInvariant(String input) {
        Invariants invariants = new Invariants(root);
        for (int variant = 0; variant < Invariants.VARIANTS; variant++) {
            assertNull(invariants.check(input.getBytes(UTF_8), variant), Escape.java(input) + " variant " + variant);
        }
    }

    /**
     * Fuzz seed 4807526976, input 34868: a list of a thousand {@code r'x'}, each a Python use that xl refuses,
     * each of whose messages quoted the whole value the list stands for: a report quadratic in the line.
     */
    @Test
    void pythonInAValueOfHundredsOfItemsQuotesTheValueShortened() {
        String text = "disk = [ 'a'" + ", r'x'".repeat(1000) + " ]\n";
        Invariants invariants = new Invariants(root);
        for (int variant = 0; variant < Invariants.VARIANTS; variant++) {
            assertNull(invariants.check(text.getBytes(UTF_8), variant), "variant " + variant);
        }
        Analysis a = Linter.analyze(SourceText.of("x.cfg", text), LintOptions.dialect(dev.xenlint.model.Dialect.XL));
        int python = 0;
        for (dev.xenlint.lint.Diagnostic d : a.diagnostics()) {
            assertTrue(d.message().length() < 400, d.message());
            python += d.code().equals("XC002") ? 1 : 0;
        }
        assertTrue(python >= 1000, python + " findings of python-in-xl-config");
    }

    @Test
    void formatKeepsWhatTheParserSkipped() {
        for (String text : new String[] {"e=\"\"\nr=''`", "e=\"\"\nt=\"\r\"", "#xenlint:disable-file=XC\nt\"",
            "\ny=4*4\rp"}) {
            Analysis a = Linter.analyze(SourceText.of("x.cfg", text), LintOptions.DEFAULT);
            assertEquals(text, Formatter.format(a.syntax(), Formatter.Options.DEFAULT), Escape.java(text));
        }
    }

    @Test
    void formatAddsNoFinalLineBreakThatWouldMakeXlRefuseTheFile() {
        // xl's lexer drops a character it does not know when it is the file's very last byte, and
        // refuses it when a line break follows
        for (String[] c : new String[][] {{"y=2\nM", "y = 2\nM"}, {"z=1;M", "z = 1\nM"}, {"y=2\n_", "y = 2\n_"}}) {
            SourceText source = SourceText.of("x.cfg", c[0]);
            Analysis a = Linter.analyze(source, LintOptions.DEFAULT);
            String formatted = Formatter.format(a.syntax(), Formatter.Options.DEFAULT);
            assertEquals(c[1], formatted, Escape.java(c[0]));
            assertTrue(XlSyntax.check(source).accepts() && XlSyntax.check(source.withText(formatted)).accepts());
            assertFalse(XlSyntax.check(source.withText(formatted + "\n")).accepts(), "the case the rule is for");
        }
        // the same in a file of CR line breaks, which xl refuses whole (each CR is a character it refuses): the last
        // statement is read alone, as the model reads it, and it ends the file
        for (String[] c : new String[][] {{"y=0\rC", "y = 0\rC"}, {"e=\"\"\rr=''\rZ", "e = \"\"\rr = ''\rZ"}}) {
            Analysis a = Linter.analyze(SourceText.of("x.cfg", c[0]), LintOptions.DEFAULT);
            assertEquals(c[1], Formatter.format(a.syntax(), Formatter.Options.DEFAULT), Escape.java(c[0]));
        }
        // elsewhere the final line break is added as ever (a CR where the file's breaks are CRs)
        for (String[] c : new String[][] {{"y=0\rz=1", "y = 0\rz = 1\r"}, {"y=0\rC;", "y = 0\rC\r"}}) {
            Analysis a = Linter.analyze(SourceText.of("x.cfg", c[0]), LintOptions.DEFAULT);
            assertEquals(c[1], Formatter.format(a.syntax(), Formatter.Options.DEFAULT), Escape.java(c[0]));
        }
        for (String[] c : new String[][] {{"y=2", "y = 2\n"}, {"y=2\nz=3", "y = 2\nz = 3\n"}, {"y=2\nM;", "y = 2\nM\n"}}) {
            Analysis a = Linter.analyze(SourceText.of("x.cfg", c[0]), LintOptions.DEFAULT);
            assertEquals(c[1], Formatter.format(a.syntax(), Formatter.Options.DEFAULT), Escape.java(c[0]));
        }
    }

    @Test
    void pythonOnALineXlReadsAsOneBecauseItsBreaksAreCarriageReturns() {
        // xl ends lines only at LF: the CR at the start is a lexical error on the same (only) line as `c|s`
        for (String text : new String[] {"\rc|s=1", "\rc|s=1\rdisk=['sr']", "\nc|s=1"}) {
            Analysis a = Linter.analyze(SourceText.of("x.cfg", text), LintOptions.dialect(Dialect.XL));
            assertEquals(1, a.model().pythonUses().size(), Escape.java(text));
        }
    }

    @Test
    void aStrayCharacterOnTheNextLineIsNoReasonToReadAnXlKeyAsPython() {
        // `t.e` is a key to xl (its keys may have dots) and its line is one xl reads; the CR ending the next
        // line is a lexical error of that line alone (xl's tokens never span lines), so `t.e` is no Python
        // there, as it is none once format has made the line endings LF
        for (String text : new String[] {"e=\"\"\nt.e=\"\"\nk=\"\"\r\nk=\"\"", "e = \"\"\nt.e = \"\"\nk = \"\"\nk = \"\"\n"}) {
            Analysis a = Linter.analyze(SourceText.of("x.cfg", text), LintOptions.DEFAULT);
            assertEquals(Dialect.XL, a.model().dialect(), Escape.java(text) + ": " + a.model().dialectReason());
            assertEquals(0, a.model().pythonUses().size(), Escape.java(text));
        }
        // nor is a CR ending the key's own line, or a comment at the end of the file without a line break: xl
        // refuses those characters, not the key (format makes both go, and the dialect must stay)
        for (String text : new String[] {"e=\"\"\nt.e=\"\"\r\nk=\"\"\n", "e=\"\"\ntype=\"\"\nl.n=\"\"#n"}) {
            Analysis a = Linter.analyze(SourceText.of("x.cfg", text), LintOptions.DEFAULT);
            assertEquals(Dialect.XL, a.model().dialect(), Escape.java(text) + ": " + a.model().dialectReason());
            assertEquals(0, a.model().pythonUses().size(), Escape.java(text));
        }
        // nor where xl's grammar stops in a statement before it, on the same line: each statement counts as read
        // alone, in any layout (format puts statements separated by `;` on lines of their own)
        Analysis split = Linter.analyze(SourceText.of("x.cfg", "e=\"\"\nm;o.y=1"), LintOptions.DEFAULT);
        assertEquals(1, split.model().pythonUses().size(), split.model().pythonUses().toString());
        assertEquals("expression statement", split.model().pythonUses().get(0).what());
        // anything xl refuses in the statement still counts
        for (String text : new String[] {"e=\"\"\nt.e=1+2\n", "e=\"\"\nt.e=1+2\r\n", "import os\n"}) {
            Analysis a = Linter.analyze(SourceText.of("x.cfg", text), LintOptions.DEFAULT);
            assertEquals(1, a.model().pythonUses().size(), Escape.java(text) + ": " + a.model().pythonUses());
        }
    }

    @Test
    void aCommaAfterACommentIsWrittenBeforeIt() {
        String text = "name = \"db\"\ncpus = [ \"0\", \"1\"# note\n, \"2\" ]\n";
        Analysis a = Linter.analyze(SourceText.of("x.cfg", text), LintOptions.DEFAULT);
        assertEquals("name = \"db\"\ncpus = [\n    \"0\",\n    \"1\",  # note\n    \"2\",\n]\n",
                Formatter.format(a.syntax(), Formatter.Options.DEFAULT));
        // the fuzzer's comparison takes that comma as written first; a comment or a character dropped still differs
        assertEquals(Invariants.keptText(a.syntax()), Invariants.keptText(Linter.analyze(SourceText.of("x.cfg",
                "name = \"db\"\ncpus = [ \"0\", \"1\",  # note\n\"2\" ]\n"), LintOptions.DEFAULT).syntax()));
        assertFalse(Invariants.keptText(a.syntax()).equals(Invariants.keptText(Linter.analyze(SourceText.of("x.cfg",
                "name = \"db\"\ncpus = [ \"0\", \"1\", \"2\" ]\n"), LintOptions.DEFAULT).syntax())));
    }

    @Test
    void aListOfShortItemsLaidOutOnePerLineIsWithinTheSizeBound() {
        // seed 5150, input 47261: `disk=[web,hda,...]` (24,706 chars) formatted to 55,439, over the bound of twice the
        // input that the fuzzer had; one item per line is at most 3.5 times (`a,` becomes `    a,` and a line break)
        StringBuilder text = new StringBuilder("name = \"a\"\nx = [");
        for (int i = 0; i < 20_000; i++) {
            text.append(i == 0 ? "a" : ",a");
        }
        text.append("]\n");
        Analysis a = Linter.analyze(SourceText.of("x.cfg", text.toString()), LintOptions.DEFAULT);
        String formatted = Formatter.format(a.syntax(), Formatter.Options.DEFAULT);
        assertTrue(formatted.length() <= 3.5 * text.length() + 64, formatted.length() + " from " + text.length());
        assertNull(new Invariants(root).check(text.toString().getBytes(UTF_8), 0));
    }

    @Test
    void theGuestsReasonQuotesTheValueTheSameWayInAnyLayout() {
        String reason = null;
        for (String text : new String[] {"type='b'\"hvm\"", "type = 'b' \"hvm\"", "type = 'b'\t\t\"hvm\"  # c"}) {
            Analysis a = Linter.analyze(SourceText.of("x.cfg", text), LintOptions.DEFAULT);
            String r = a.model().guest().reason();
            assertTrue(r.startsWith("type = 'b' \"hvm\""), r);
            assertTrue(reason == null || reason.equals(r), reason + " vs " + r);
            reason = r;
        }
    }

    @Test
    void noCommaIsOfferedAfterAStringThatIsNeverClosed() {
        // each line's `"` opens a string that runs to the end of the line: a comma after it would be inside it
        String text = "[[\"\"],\"\n\"\n\"\n\"";
        for (Dialect d : Dialect.values()) {
            Fixer.Result r = Fixer.fix(SourceText.of("x.cfg", text), LintOptions.dialect(d), true);
            assertFalse(r.capReached(), d.id());
            assertEquals(text.length(), r.text().length(), Escape.java(r.text()));
        }
        // strings side by side that are closed still get their comma, once
        String two = "disk = [ 'a' 'b' ]\n";
        Fixer.Result r = Fixer.fix(SourceText.of("x.cfg", two), LintOptions.dialect(Dialect.XL), true);
        assertEquals("disk = [ 'a', 'b' ]\n", r.text());
        assertFalse(r.capReached());
    }

    @Test
    void formatKeepsACommentBetweenJoinedStrings() {
        String text = "k = ['a'  # first half\n     'b']\n";
        Analysis a = Linter.analyze(SourceText.of("x.cfg", text), LintOptions.DEFAULT);
        assertTrue(Formatter.format(a.syntax(), Formatter.Options.DEFAULT).contains("# first half"));
    }

    @Test
    void convertWritesNoByteOrderMarkAndSaysWhenXlRefusesTheOutput(@TempDir Path dir) throws Exception {
        Path bom = dir.resolve("bom.cfg");
        Files.write(bom, "\ufeffname = \"a\" + \"b\"\nmemory = 512\n".getBytes(UTF_8)); // xm: converted
        CliRunner r = CliRunner.run("convert", "--to", "xl", "-o", dir.resolve("bom.xl").toString(), bom.toString());
        assertEquals(0, r.exit(), r.err());
        byte[] out = Files.readAllBytes(dir.resolve("bom.xl"));
        assertTrue(out.length > 0 && out[0] == 'n', "no byte order mark: " + new String(out, UTF_8));

        Path nul = dir.resolve("nul.cfg");
        Files.writeString(nul, "name = \"a\u0000\" + \"b\"\nmemory = 512\n");
        r = CliRunner.run("convert", "--to", "xl", nul.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("does not read as xl"), r.err());
    }

    @Test
    void theDumpOfAValueReferredToByEveryLineStaysLinear() {
        StringBuilder text = new StringBuilder("a = 'x' * 60000\n");
        for (int i = 0; i < 300; i++) {
            text.append("b").append(i).append(" = a\n");
        }
        Analysis a = Linter.analyze(SourceText.of("x.cfg", text.toString()), LintOptions.DEFAULT);
        String dump = dev.xenlint.output.Json.pretty(dev.xenlint.output.ModelDump.of("x.cfg", a, true));
        assertTrue(dump.length() < 4 * 1024 * 1024, "dump of " + text.length() + " chars: " + dump.length());
        assertTrue(dump.contains("\"omitted\""), "long values beyond the budget are named, not repeated");
    }

    @Test
    void theDumpOfALongConditionOverManyLinesStaysLinear() {
        StringBuilder text = new StringBuilder("import os\nx = os.getenv('X')\nif " + "x == 1 and ".repeat(400)
                + "x:\n");
        for (int i = 0; i < 400; i++) {
            text.append("  k").append(i).append(" = 1\n");
        }
        Analysis a = Linter.analyze(SourceText.of("x.cfg", text.toString()), LintOptions.DEFAULT);
        String dump = dev.xenlint.output.Json.pretty(dev.xenlint.output.ModelDump.of("x.cfg", a, true));
        assertTrue(dump.length() < 2 * 1024 * 1024, "dump of " + text.length() + " chars: " + dump.length());
    }

    @Test
    void theByteOrderMarkFixRemovesIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bom.cfg");
        Files.write(f, "\ufeffname = \"x\"\nmemory = 512\n".getBytes(UTF_8));
        CliRunner r = CliRunner.run("check", "--select", "XC005", "--fix", f.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertArrayEquals("name = \"x\"\nmemory = 512\n".getBytes(UTF_8), Files.readAllBytes(f));
        r = CliRunner.run("check", "--select", "XC005", f.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    @Test
    void theDiffOfTheByteOrderMarkFixShowsTheFirstLineChange(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bom.cfg");
        Files.write(f, "\ufeffname = \"x\"\nmemory = 512\n".getBytes(UTF_8));
        CliRunner r = CliRunner.run("check", "--select", "XC005", "--diff", f.toString());
        assertTrue(r.out().contains("-\ufeffname = \"x\"\n+name = \"x\"\n"), r.out());
    }

    @Test
    void theLineEndingFixConvertsEveryCarriageReturnOfAFileWithoutLf(@TempDir Path dir) throws Exception {
        // xl's lexer skips to the next space after a lexical error: of the two CRs in a row it reports the first
        // only, and one after a `#` never (the comment needs an LF); the fix takes them all
        Path f = dir.resolve("mac.cfg");
        Files.write(f, "name = \"a\"\r\rmemory = 512 # MiB\rvcpus = 2\r".getBytes(UTF_8));
        CliRunner r = CliRunner.run("check", "--select", "XC005", f.toString());
        assertTrue(r.out().contains("CR (old Mac) line endings") && r.out().contains("(4 of them)"), r.out());
        r = CliRunner.run("check", "--select", "XC005", "--fix", f.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertArrayEquals("name = \"a\"\n\nmemory = 512 # MiB\nvcpus = 2\n".getBytes(UTF_8), Files.readAllBytes(f));
    }

    @Test
    void anUnterminatedStringIsClosedAtATypographicQuoteThatEndsIt(@TempDir Path dir) throws Exception {
        // "\»» : a straight quote for the first » would be escaped by the backslash; the second one ends the string
        Path f = dir.resolve("q.cfg");
        Files.write(f, "name = \"a\"\nkernel = \"/k\\\u00bb\u00bb\n".getBytes(UTF_8));
        CliRunner r = CliRunner.run("check", "--select", "XC001", "--fix", "--unsafe-fixes", f.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("name = \"a\"\nkernel = \"/k\\\u00bb\"\n", Files.readString(f, UTF_8));
    }

    @Test
    void aValueThousandsOfCharactersLongIsNeitherQuotedWholeNorWrittenOutByAFix() {
        // Python repeats a string `memory` times; the value is true, but no one typed it
        String text = "name = \"web\"\nmemory = 512\nmaxmem = memory * \"/export/diskless\"\n";
        Analysis a = Linter.analyze(SourceText.of("x.cfg", text), LintOptions.dialect(Dialect.XL));
        boolean sawPython = false;
        for (var d : a.diagnostics()) {
            assertTrue(d.message().length() < 400, d.code() + " quotes the value whole: " + d.message().length());
            if (d.code().equals("XC002")) {
                sawPython = true;
                assertNull(d.fix(), "a fix writing the 8,192-character value out");
                assertTrue(d.message().contains("8194 characters"), d.message());
            }
        }
        assertTrue(sawPython, a.diagnostics().toString());
    }
}
