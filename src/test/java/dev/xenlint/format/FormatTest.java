package dev.xenlint.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.xenlint.CliRunner;
import dev.xenlint.Lint;
import dev.xenlint.TestFiles;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.output.Json;
import dev.xenlint.output.ModelDump;
import dev.xenlint.syntax.ConfigParser;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formatter's guarantees on every test file without syntax errors:
 * idempotent, same model, every comment kept in order, line endings and BOM
 * kept. Approved outputs pin the layout.
 */
class FormatTest {

    private static Stream<Path> formattable() {
        return TestFiles.all().stream().filter(p -> Lint.syntax(TestFiles.source(p), null).diagnostics().isEmpty());
    }

    private static String format(SourceText s) {
        return Formatter.format(ConfigParser.parse(s), Formatter.Options.DEFAULT);
    }

    @TestFactory
    Stream<DynamicTest> guaranteesHoldForEveryTestFile() {
        return formattable().map(p -> dynamicTest(p.toString(), () -> {
            SourceText source = TestFiles.source(p);
            String once = format(source);
            SourceText formatted = source.withText(once);
            assertEquals(once, format(formatted), "formatting twice equals formatting once");
            assertEquals(model(source), model(formatted), "the model is unchanged");
            assertEquals(comments(source), comments(formatted), "every comment survives, in order");
            if (source.lineEnding().equals("\r\n")) {
                assertFalse(once.replace("\r\n", "").contains("\n"), "CRLF stays CRLF");
            }
            byte[] bytes = formatted.encode(once);
            assertEquals(source.hasBom(), bytes.length >= 3 && bytes[0] == (byte) 0xEF, "BOM kept");
            assertTrue(once.isEmpty() || once.endsWith(source.lineEnding()), "final newline");
            for (String line : once.split("\r?\n")) {
                assertEquals(line.stripTrailing(), line, "no trailing whitespace");
            }
            assertFalse(once.contains(source.lineEnding().repeat(3)), "at most one blank line");
        }));
    }

    @TestFactory
    Stream<DynamicTest> formattedOutputIsApproved() {
        return formattable().map(p -> dynamicTest(p.toString(),
                () -> TestFiles.verifyApproved("format." + TestFiles.id(p), format(TestFiles.source(p)))));
    }

    @Test
    void longListsGoOneItemPerLineAndCommentsStayWithTheirItems() {
        String text = """
                disk = [ 'phy:/dev/vg0/a,xvda,w',   # root
                         # the data disk
                         'phy:/dev/vg0/b,xvdb,w' ]
                vif = ['bridge=xenbr0']
                """;
        assertEquals("""
                disk = [
                    'phy:/dev/vg0/a,xvda,w',  # root
                    # the data disk
                    'phy:/dev/vg0/b,xvdb,w',
                ]
                vif = [ 'bridge=xenbr0' ]
                """, format(SourceText.of("t", text)));
        String narrow = Formatter.format(ConfigParser.parse(SourceText.of("t", "disk = [ 'aaaa', 'bbbb' ]\n")),
                new Formatter.Options(20, Formatter.QuoteStyle.DOUBLE));
        assertEquals("disk = [\n    \"aaaa\",\n    \"bbbb\",\n]\n", narrow);
    }

    @Test
    void pythonBlocksKeepTheirStructure() {
        String text = "import os\nif os.path.exists('/x'):\n    memory=1   \n\n\n\nelse:\n\tmemory = 2\n";
        assertEquals("import os\nif os.path.exists('/x'):\n    memory = 1\n\nelse:\n\tmemory = 2\n",
                format(SourceText.of("t", text)));
    }

    @Test
    void formatCommandWritesChecksAndRefusesBrokenFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.cfg");
        Files.writeString(file, "name='a'\nmemory=512\n");
        Files.writeString(dir.resolve(".xenlint.toml"), "[format]\nquote-style = \"double\"\n");
        CliRunner check = CliRunner.run("format", "--check", file.toString());
        assertEquals(1, check.exit());
        assertTrue(check.out().contains("would reformat"), check.out());
        assertEquals(0, CliRunner.run("format", file.toString()).exit());
        assertEquals("name = \"a\"\nmemory = 512\n", Files.readString(file));
        assertEquals(0, CliRunner.run("format", "--check", file.toString()).exit());
        Path broken = dir.resolve("b.cfg");
        Files.writeString(broken, "name = 'b\n");
        CliRunner refused = CliRunner.run("format", broken.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("has syntax errors; not formatted"), refused.err());
        assertEquals("name = 'b\n", Files.readString(broken));
        Files.writeString(dir.resolve(".xenlint.toml"), "[format]\nline-width = 5\n");
        assertEquals(2, CliRunner.run("format", file.toString()).exit());
    }

    @Test
    void standardInputKeepsItsEncoding() {
        CliRunner r = CliRunner.runWithInput("name='x'\n", "format", "-");
        assertEquals("name = 'x'\n", r.out());
    }

    @Test
    void bomAndCrlfFilesAreWrittenBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.cfg");
        Files.write(file, "\uFEFFname='x'\r\nmemory=1\r\n".getBytes(StandardCharsets.UTF_8));
        CliRunner.run("format", file.toString());
        assertArrayEquals("\uFEFFname = 'x'\r\nmemory = 1\r\n".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(file));
    }

    private static String model(SourceText s) {
        Analysis a = Lint.all(s, null);
        var dump = ModelDump.of("x", a, false);
        return Json.pretty(dump);
    }

    private static List<String> comments(SourceText s) {
        SyntaxTree tree = ConfigParser.parse(s);
        return tree.tokens().stream().filter(t -> t.is(TokenKind.COMMENT)).map(Token::text).toList();
    }
}
