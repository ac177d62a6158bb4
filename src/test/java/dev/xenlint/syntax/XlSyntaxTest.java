package dev.xenlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.Lint;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The xl dialect accepts exactly what xl's own parser (libxlu) accepts. Each verdict below was
 * checked against libxlu itself (Xen c447b7308b, tools/libs/util/libxlu_cfg*.c built on its own)
 * and is one fact of xl's lexer, grammar or dequoting.
 */
class XlSyntaxTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // keys: [a-z][._0-9a-z]*
                ok("a = 1\n"), ok("a.b = 1\n"), ok("vif.default.bridge = \"xenbr0\"\n"), ok("a.0 = 1\n"),
                no("A = 1\n", null), no("Name = \"x\"\n", "did you mean `name`"),
                no("on-crash = \"destroy\"\n", "`-`"),
                // numbers: [0-9][0-9a-fx]*, lower-case hex only; conversion happens later (strtol)
                ok("a = 0x1f\n"), ok("a = 1a2\n"), ok("a = 0800\n"), ok("a = 1e3\n"),
                no("a = 0x1F\n", "upper-case letter `F`"), no("a = 0X1f\n", "upper-case letter `X`"),
                no("a = -1\n", null), no("a = 1.5\n", null),
                // whitespace: space and tab only
                ok("\ta = 1\t# tab then comment\n"),
                no("a = 1\f\n", "form feed (U+000C)"), no("a = 1\013\n", "U+000B"),
                no("a = 1\0\n", null), no("a = \u00a0\"x\"\n", null),
                // line endings: \n only; CR outside a string is an error; inside one it is a character
                no("a = 1\r\n", "CRLF (Windows) line endings"), no("a = 1\rb = 2\r", "CR (old Mac) line endings"),
                ok("a = \"x\ry\"\n"), ok("a = 'x\ry'\n"), ok("# only a comment\r\n"),
                // the byte order mark
                no("\ufeffname = \"x\"\n", "byte order mark"),
                // the last line: a statement needs no newline, a comment does
                ok("a = 1"), no("a = 1\n# last comment", "comment on the last line"), ok("a = 1\n#\n"),
                // a stray character that is the very last byte is not reported by flex
                ok("a = 1 $"), ok("a = 1\r"), ok("a = 1\n#"), no("a = 1 $$", null), no("a = 1 \u00e9", null),
                // strings
                ok("a = \"\u00a0\"\n"), no("a = \"unterminated\n", null), no("a = \"x\\\ny\"\n", null),
                no("a = \"a\0b\"\n", "NUL character (U+0000) inside a string"),
                // escapes (xlu__cfgl_dequote)
                ok("a = \"\\n\\t\\r\\a\\b\\f\\v\\\\\\\"\\'\"\n"), no("a = \"\\x41\"\n", "every `\\x` escape"),
                ok("a = \"\\012\"\n"), no("a = \"\\01\"\n", "two more decimal digits"),
                no("a = \"\\0\"\n", "two more decimal digits"), no("a = \"\\7ab\"\n", "two more decimal digits"),
                no("a = \"\\q\"\n", "`\\q` is not an escape xl knows"),
                // grammar: statements end at a newline or `;`, which may stand alone
                ok(";\n"), ok(";;\n"), ok("a = 1;;b = 2\n"), ok(";a = 1\n"), ok("a = 1; b = 2\n"), ok("a += [1]\n"),
                no("a = 1 b = 2\n", null), no("a = b\n", null), no("a = (1)\n", null), no("a =\n", null),
                no("= 1\n", null),
                // lists: nest, newlines after `[`, items and commas, one trailing comma
                ok("a = []\n"), ok("a = [\n]\n"), ok("a = [1,]\n"), ok("a = [1\n,\n2\n,\n]\n"),
                ok("a = [[1],[2,[3]]]\n"), no("a = [,]\n", null), no("a = [1,,2]\n", null),
                no("a = [\"x\" \"y\"]\n", null), no("a = \"x\" \"y\"\n", null),
                ok("a = " + "[".repeat(4996) + "]".repeat(4996) + "\n"),
                no("a = " + "[".repeat(4997) + "]".repeat(4997) + "\n", null));
    }

    private static Arguments ok(String text) {
        return Arguments.of(text, true, null);
    }

    private static Arguments no(String text, String fragment) {
        return Arguments.of(text, false, fragment);
    }

    private static final Set<String> SYNTAX_RULES = Set.of("XC001", "XC002", "XC004", "XC005", "XC020");

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void acceptsExactlyWhatXlAccepts(String text, boolean accepted, String fragment) {
        SourceText source = SourceText.of("t.cfg", text);
        assertEquals(accepted, XlSyntax.check(source).accepts(), "xl's verdict");
        List<Diagnostic> syntax = Lint.all(source, Dialect.XL).diagnostics().stream()
                .filter(d -> SYNTAX_RULES.contains(d.code()) && d.severity() == Severity.ERROR).toList();
        if (accepted) {
            assertEquals(List.of(), syntax);
        } else {
            assertTrue(!syntax.isEmpty(), "an error finding for a file xl refuses");
            if (fragment != null) {
                assertTrue(syntax.stream().anyMatch(d -> d.message().contains(fragment)), syntax.toString());
            }
        }
    }

    @Test
    void everyRefusalOfTheLexerSaysXlRefusesTheWholeFile() {
        List<Diagnostic> d = Lint.only("XC005", SourceText.of("t", "name = \"x\"\nmemory = 0x2F0\n"), Dialect.XL);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().startsWith("xl refuses the whole file"), d.get(0).message());
    }

    @Test
    void crlfIsOneFindingWithASafeFixToLf() {
        SourceText source = SourceText.of("t", "name = \"x\"\r\nmemory = 512\r\n# c\r\n");
        List<Diagnostic> d = Lint.only("XC005", source, Dialect.XL);
        assertEquals(1, d.size(), d.toString());
        assertEquals("1:11", source.position(d.get(0).range().start()).toString());
        assertEquals(dev.xenlint.lint.Fix.Applicability.SAFE, d.get(0).fix().applicability());
        var fixed = dev.xenlint.fix.Fixer.fix(source, dev.xenlint.analysis.LintOptions.dialect(Dialect.XL), false);
        assertEquals("name = \"x\"\nmemory = 512\n# c\n", fixed.text());
    }

    @Test
    void aLoneCarriageReturnInAnLfFileHasNoFix() {
        List<Diagnostic> d = Lint.only("XC005", SourceText.of("t", "a = 1\rb = 2\nc = 3\n"), Dialect.XL);
        assertEquals(1, d.size());
        assertEquals(null, d.get(0).fix());
    }

    @Test
    void theFinalNewlineAfterACommentIsAdded() {
        SourceText source = SourceText.of("t", "name = \"x\"\n# the end");
        var fixed = dev.xenlint.fix.Fixer.fix(source, dev.xenlint.analysis.LintOptions.dialect(Dialect.XL), false);
        assertEquals("name = \"x\"\n# the end\n", fixed.text());
    }

    @Test
    void anOctalEscapeXlAcceptsIsAWarningThatItIsDropped() {
        List<Diagnostic> d = Lint.only("XC004", SourceText.of("t", "extra = \"a\\012b\"\n"), Dialect.XL);
        assertEquals(1, d.size());
        assertEquals(Severity.WARNING, d.get(0).severity());
        assertTrue(d.get(0).message().contains("leaves it out of the value"), d.get(0).message());
    }

    @Test
    void xmKeepsPythonsRules() {
        // Python refuses an empty statement and reads `\x41` as `A`
        assertTrue(!Lint.syntax(SourceText.of("t", ";;\n"), Dialect.XM).diagnostics().isEmpty());
        assertEquals(List.of(), Lint.all(SourceText.of("t", "extra = \"\\x41\"\r\n"), Dialect.XM).diagnostics()
                .stream().filter(d -> SYNTAX_RULES.contains(d.code())).toList());
    }
}
