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

    private static Diagnostic only(Analysis a) {
        assertEquals(1, a.diagnostics().size(), a.diagnostics().toString());
        return a.diagnostics().get(0);
    }
}
