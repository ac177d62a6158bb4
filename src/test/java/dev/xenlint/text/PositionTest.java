package dev.xenlint.text;

import dev.xenlint.Lint;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.model.Value;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


/** Positions are 1-based lines and UTF-16 columns whatever the line endings, BOM, tabs or characters. */
class PositionTest {

    @Test
    void aLineAskedNearAnotherIsTheLineAskedAlone() {
        LineIndex index = SourceText.of("mixed", "a\r\n\nbc\rd\n\r\n\n\nefg").lines();
        int length = "a\r\n\nbc\rd\n\r\n\n\nefg".length();
        for (int offset = -2; offset <= length + 2; offset++) {
            for (int near = -2; near <= index.lineCount() + 2; near++) {
                assertEquals(index.lineOf(offset), index.lineOf(offset, near), "offset " + offset + " near " + near);
            }
        }
    }

    @Test
    void crlfLineEndingsCountOneLineEach() {
        SourceText s = SourceText.of("crlf", "a = 1\r\nb = $\r\n");
        Diagnostic d = only(Lint.syntax(s, null));
        assertEquals(new Position(2, 5), s.position(d.range().start()));
        assertEquals("\r\n", s.lineEnding());
        assertEquals("b = $", s.lines().lineText(2));
    }

    @Test
    void loneCarriageReturnIsALineEnding() {
        SourceText s = SourceText.of("cr", "a = 1\rb = $\r");
        assertEquals(new Position(2, 5), s.position(only(Lint.syntax(s, null)).range().start()));
        assertEquals("\r", s.lineEnding());
    }

    @Test
    void bomIsRememberedAndNotCounted() {
        byte[] bytes = "\uFEFFname = $\n".getBytes(StandardCharsets.UTF_8);
        SourceText s = SourceText.decode("bom", bytes);
        assertTrue(s.hasBom());
        assertEquals("name = $\n", s.text());
        assertEquals(new Position(1, 8), s.position(only(Lint.syntax(s, null)).range().start()));
        assertArrayEquals(bytes, s.encode(s.text()));
    }

    @Test
    void tabIsOneColumn() {
        SourceText s = SourceText.of("tab", "name\t=\t$\n");
        assertEquals(new Position(1, 8), s.position(only(Lint.syntax(s, null)).range().start()));
    }

    @Test
    void columnsCountUtf16UnitsAfterAstralCharacters() {
        // the rocket is one code point (ANTLR's unit) and two UTF-16 units (xenlint's)
        SourceText s = SourceText.of("emoji", "# \uD83D\uDE80\nextra = \"\uD83D\uDE80\u00e9\" $\n");
        Diagnostic d = only(Lint.syntax(s, null));
        assertEquals(new Position(2, 15), s.position(d.range().start()));
        assertEquals(new Position(2, 16), s.position(d.range().end()));
        Analysis a = Lint.syntax(SourceText.of("emoji", "extra = \"\uD83D\uDE80\" ; kernel = 'k'\n"), null);
        Value.Str kernel = (Value.Str) a.model().setting("kernel").effective();
        assertEquals("'k'", a.source().slice(kernel.range()));
    }

    @Test
    void charsInsideStringsMapToTheirSource() {
        SourceText s = SourceText.of("esc", "boot = 'd\\x63x'\n");
        Value.Str boot = (Value.Str) Lint.syntax(s, null).model().setting("boot").effective();
        assertEquals("dcx", boot.value());
        assertEquals("\\x63", s.slice(boot.rangeOf(1, 2)));
        assertEquals("x", s.slice(boot.rangeOf(2, 3)));
    }

    @Test
    void latin1FilesRoundTrip() {
        byte[] bytes = "# caf\u00e9\nname = 'x'\n".getBytes(StandardCharsets.ISO_8859_1);
        SourceText s = SourceText.decode("latin1", bytes);
        assertEquals(StandardCharsets.ISO_8859_1, s.charset());
        assertFalse(s.hasBom());
        assertArrayEquals(bytes, s.encode(s.text()));
    }

    @Test
    void lineIndexMapsBothWays() {
        SourceText s = SourceText.of("x", "ab\ncd\r\nef");
        LineIndex lines = s.lines();
        assertEquals(3, lines.lineCount());
        assertEquals(7, lines.offset(3, 1));
        assertEquals(new Position(3, 3), s.position(9));
        assertEquals(new Position(1, 3), s.position(2));
    }

    @Test
    void lineStartsAreThoseOfACharByCharScan() {
        java.util.Random random = new java.util.Random(14);
        String alphabet = "ab\r\n\u00e9\uD83D\uDE80";
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            java.util.List<Integer> expected = new java.util.ArrayList<>(java.util.List.of(0));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    expected.add(i + 1);
                }
            }
            LineIndex lines = SourceText.of("x", text).lines();
            java.util.List<Integer> actual = new java.util.ArrayList<>();
            for (int line = 1; line <= lines.lineCount(); line++) {
                actual.add(lines.lineStart(line));
            }
            assertEquals(expected, actual, () -> "line starts of " + text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsUtf8AndAMalformedByteIsLatin1() {
        byte[] written = "# \uFFFD\nname = 'x'\n".getBytes(StandardCharsets.UTF_8);
        SourceText s = SourceText.decode("fffd", written);
        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertEquals("# \uFFFD\nname = 'x'\n", s.text());
        assertArrayEquals(written, s.encode(s.text()));

        byte[] malformed = {'#', ' ', (byte) 0xE9, '\n'}; // a Latin-1 e-acute: no UTF-8 sequence starts so
        SourceText m = SourceText.decode("latin1", malformed);
        assertEquals(StandardCharsets.ISO_8859_1, m.charset());
        assertEquals("# \u00e9\n", m.text());
        assertArrayEquals(malformed, m.encode(m.text()));

        byte[] bomAndMalformed = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF};
        SourceText b = SourceText.decode("bom", bomAndMalformed);
        assertTrue(b.hasBom());
        assertEquals(StandardCharsets.ISO_8859_1, b.charset());
        assertEquals("a\u00ff", b.text());
    }

    @Test
    void codePointIndexesMapToUtf16OffsetsAroundPairsAndLoneSurrogates() {
        SourceText pair = SourceText.of("pair", "a\uD83D\uDE80b");
        assertEquals(0, pair.offsetOfCodePoint(0));
        assertEquals(1, pair.offsetOfCodePoint(1));
        assertEquals(3, pair.offsetOfCodePoint(2));
        assertEquals(4, pair.offsetOfCodePoint(3));
        assertEquals(4, pair.offsetOfCodePoint(9));
        SourceText lone = SourceText.of("lone", "a\uD83Db\uDE80");
        for (int i = 0; i <= 6; i++) {
            assertEquals(Math.min(i, 4), lone.offsetOfCodePoint(i));
        }
    }

    private static Diagnostic only(Analysis a) {
        assertEquals(1, a.diagnostics().size(), a.diagnostics().toString());
        return a.diagnostics().get(0);
    }
}
