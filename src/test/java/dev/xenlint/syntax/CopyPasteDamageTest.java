package dev.xenlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.CliRunner;
import dev.xenlint.Lint;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.fix.Fixer;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Fix;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.GuestType;
import dev.xenlint.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What copying a configuration out of a formatted document does to it (typographic quotes, odd
 * spaces, dashes, two statements on one line): one finding each, a safe fix that repairs exactly
 * that, and a parse that goes on so every other rule still sees the values.
 */
class CopyPasteDamageTest {

    private static SourceText src(String text) {
        return SourceText.of("t.cfg", text);
    }

    /** The syntax errors of a text, with the dialect given (null: detected). */
    private static List<Diagnostic> errors(String text, Dialect dialect) {
        return Lint.syntax(src(text), dialect).diagnostics();
    }

    /** The text after `check --fix`, which must be stable: a second run changes nothing. */
    private static String fixed(String text, Dialect dialect) {
        LintOptions options = LintOptions.dialect(dialect);
        Fixer.Result first = Fixer.fix(src(text), options, false);
        Fixer.Result second = Fixer.fix(src(first.text()), options, false);
        assertEquals(first.text(), second.text(), "a second pass changes nothing");
        assertEquals(List.of(), first.rolledBack());
        return first.text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            boot=’dc’                | boot='dc'
            boot=‘dc’                | boot='dc'
            name = “web”             | name = "web"
            name = „web“             | name = "web"
            name = «web»             | name = "web"
            name = ‹web›             | name = 'web'
            name = ＂web＂           | name = "web"
            extra = ’it"s’           | extra = 'it"s'
            extra = “it's”           | extra = "it's"
            extra = ’it's’           | extra = "it's"
            """)
    void typographicQuotesAreOneFindingWithASafeFix(String input, String expected) {
        List<Diagnostic> found = errors(input + "\n", Dialect.XM);
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.get(0);
        assertTrue(d.message().startsWith("a string in typographic quotes"), d.message());
        assertTrue(d.message().contains("xl and Python take only `'` and `\"` as quotes"), d.message());
        assertEquals(Fix.Applicability.SAFE, d.fix().applicability());
        assertEquals(input.indexOf('=') + (input.charAt(input.indexOf('=') + 1) == ' ' ? 2 : 1), d.range().start());
        assertEquals(input.length(), d.range().end());
        assertEquals(expected + "\n", fixed(input + "\n", Dialect.XM));
    }

    @Test
    void aStringHoldingBothQuotesIsNamedButNotFixed() {
        List<Diagnostic> found = errors("extra = “a'b\"c”\n", Dialect.XM);
        assertEquals(1, found.size(), found.toString());
        assertNull(found.get(0).fix());
        assertTrue(found.get(0).message().contains("the text holds both"), found.get(0).message());
    }

    @Test
    void aBackslashBeforeTheClosingQuoteGetsNoFix() {
        List<Diagnostic> found = errors("extra = “a\\”\n", Dialect.XM);
        assertEquals(1, found.size(), found.toString());
        assertNull(found.get(0).fix(), "straight quotes would leave the string unterminated");
    }

    @Test
    void aDashInsideTypographicQuotesIsFixedOnceTheQuotesAre() {
        assertEquals("name = 'a'\ncpus = \"0-3\"\n", fixed("name = 'a'\ncpus = “0\u20133”\n", Dialect.XL));
    }

    @Test
    void pastedCharactersInsideValuesAreAWarningWithTheEncodingCaveatForXm() {
        String text = "name = 'a'\nkernel = '/boot/vmlinuz\u2013xen'\n";
        Diagnostic plain = Lint.only("XC026", src(text), Dialect.XM).get(0);
        assertTrue(plain.message().contains("Python 2.5 or later refuses the whole file"), plain.message());
        Diagnostic declared = Lint.only("XC026", src("# -*- coding: utf-8 -*-\n" + text), Dialect.XM).get(0);
        assertTrue(declared.message().contains("xm passes it on as it is, and no file"), declared.message());
        assertEquals("name = 'a'\nkernel = '/boot/vmlinuz-xen'\n", Fixer.fix(src(text), LintOptions.dialect(Dialect.XM),
                true).text());
    }

    @Test
    void theParseGoesOnAsIfTheQuotesWereStraight() {
        String text = "kernel = ’/usr/lib/xen/boot/hvmloader’\nbuilder=’hvm’\nmemory = 512\nname = ’web’\n"
                + "disk = [’file:/srv/web.img,ioemu:hda,w’]\nboot=’dc’\n";
        Analysis a = Lint.all(src(text), null);
        assertEquals(Dialect.XM, a.model().dialect());
        assertEquals(GuestType.HVM, a.model().guest().type(), "builder is hvm for the other rules");
        assertEquals(5, a.diagnostics().stream().filter(d -> d.code().equals("XC001")).count(), a.diagnostics().toString());
        // the disks are checked: no CD-ROM for `d`
        assertTrue(a.diagnostics().stream().anyMatch(d -> d.code().equals("XC205")), a.diagnostics().toString());
        assertTrue(a.diagnostics().stream().noneMatch(d -> d.code().equals("XC703")), "boot is not an HVM key on PV");
        assertEquals("web", a.model().strings("name").get(0).value());
    }

    @Test
    void xlRefusesThemToo() {
        String text = "name = “web”\nmemory = 512\n";
        List<Diagnostic> found = errors(text, Dialect.XL);
        assertEquals(1, found.size(), found.toString());
        assertEquals("name = \"web\"\nmemory = 512\n", fixed(text, Dialect.XL));
    }

    @Test
    void aTypographicQuoteClosingAStraightStringIsTheEndMeant() {
        List<Diagnostic> found = errors("disk = ['file:/a.img,hda,w’]\n", Dialect.XM);
        assertEquals(1, found.size(), found.toString());
        assertEquals("unterminated string: add the closing `'`; the `’` (U+2019) in it is a typographic quote, not a `'`",
                found.get(0).message());
        assertEquals("disk = ['file:/a.img,hda,w']\n", fixed("disk = ['file:/a.img,hda,w’]\n", Dialect.XM));
    }

    @Test
    void anUnpairedTypographicQuoteIsNamed() {
        List<Diagnostic> found = errors("name = ’web\n", Dialect.XM);
        assertTrue(found.get(0).message().contains("a typographic quote `’` (U+2019) with no closing one"),
                found.toString());
        assertNull(found.get(0).fix());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            memory\u00a0= 512  | a non-breaking space (U+00A0) | memory = 512
            memory\u2003= 512  | an em space (U+2003)          | memory = 512
            memory\u200b = 512 | a zero-width space (U+200B)   | memory = 512
            memory =\u3000512  | an ideographic space (U+3000) | memory = 512
            """)
    void oddSpacesAreNamedAndFixed(String input, String name, String expected) {
        List<Diagnostic> found = errors(input + "\n", Dialect.XL);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains(name), found.get(0).message());
        assertEquals(Fix.Applicability.SAFE, found.get(0).fix().applicability());
        assertEquals(expected + "\n", fixed(input + "\n", Dialect.XL));
    }

    @Test
    void aDashOutsideAStringIsNamedWithoutAFix() {
        List<Diagnostic> found = errors("cpu_weight = \u2013256\n", Dialect.XM);
        assertTrue(found.get(0).message().contains("an en dash `\u2013` (U+2013)"), found.toString());
        assertNull(found.get(0).fix());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            disk=['phy:/dev/a,hda,w'] boot='d'                | disk=['phy:/dev/a,hda,w']\\nboot='d'
            name = 'a'  memory = 512  # two                  | name = 'a'\\nmemory = 512  # two
            if x:\\n    a = 1 b = 2                           | if x:\\n    a = 1\\n    b = 2
            if x: a = 1 b = 2                                | if x: a = 1; b = 2
            disk = ['a',\\n        'b'] boot = 'd'           | disk = ['a',\\n        'b']\\nboot = 'd'
            name = 'a' vcpus += 1                            | name = 'a'\\nvcpus += 1
            """)
    void twoStatementsOnALineAreBrokenApart(String input, String expected) {
        String text = input.replace("\\n", "\n") + "\n";
        Diagnostic d = errors(text, Dialect.XM).get(0);
        assertTrue(d.message().contains("after the end of the statement"), d.message());
        assertNotNull(d.fix());
        assertEquals(expected.replace("\\n", "\n") + "\n", fixed(text, Dialect.XM));
    }

    @Test
    void aBrokenLineKeepsTheFilesLineEndings() {
        assertEquals("name = 'a'\r\nboot = 'c'\r\n", fixed("name = 'a' boot = 'c'\r\n", Dialect.XM));
    }

    @Test
    void notEveryWordAfterAStatementStartsOne() {
        for (String text : List.of("memory = 512 MB\n", "name = 'a' 'b' c\n", "kernel = '/k' \\\nmemory = 512\n")) {
            for (Diagnostic d : errors(text, Dialect.XM)) {
                assertTrue(d.fix() == null || !d.fix().description().contains("line of its own"), text + ": " + d);
            }
        }
    }

    @Test
    void formatAndConvertNeverStraightenQuotesThemselves() {
        String text = "builder = ’hvm’\nname = “web”\nmemory = 512\n";
        CliRunner format = CliRunner.runWithInput(text, "format", "-");
        assertEquals(2, format.exit(), format.out() + format.err());
        assertTrue(format.err().contains("has syntax errors"), format.err());
        CliRunner convert = CliRunner.runWithInput(text, "convert", "--to", "xl", "-");
        assertEquals(2, convert.exit(), convert.out() + convert.err());
        assertTrue(!convert.out().contains("\"hvm\""), convert.out());
    }

    @Test
    void tokensStayLossless() {
        String text = "boot=’dc’ # it’s\nname = “a” ‘\ndisk=[«x»,'y’]\n";
        assertEquals(text, ConfigParser.parse(src(text)).tokenText());
    }
}
