package dev.xenlint.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.bench.Corpus;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link StringLiterals#decode(String, int)} takes a shortcut for plain strings ({@code 'text'}); whatever the
 * token, it gives what the general decoder gives, spans shifted by the base.
 */
class StringLiteralsTest {

    private static final String[] PIECES = {"'", "\"", "'''", "\"\"\"", "\\", "\\\\", "\\'", "\\\"", "\\n", "\\x4", "\\x41",
        "\\0", "\\12", "\\777", "\\q", "\\u20ac", "\\U0001F600", "\\u12", "\n", "\r\n", "a", "b", "r", "u", "ur", "R", " ", "-", "\u2019", "\u201c", "\u201d",
        "\u00e9", "\ud83d\ude00", "x", "disk", "phy:/dev/vg/a,xvda,w"};

    @Test
    void theShortcutAgreesWithTheGeneralDecoder() {
        Random random = new Random(14);
        int strings = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(10);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            // the string tokens the lexer makes of the text: what decode is given
            for (Token t : new XenTokenizer(sb.toString(), "random " + n).tokens()) {
                if (t.is(TokenKind.STRING)) {
                    assertSame(t.text(), random.nextInt(1000));
                    strings++;
                }
            }
        }
        assertTrue(strings > 10_000, "too few strings: " + strings);
    }

    @Test
    void aUnicodeStringReadsItsUEscapesAndAByteStringKeepsThem() {
        // Python 2: u'\\u20ac' is the euro sign (ur'' too); in '' the backslash and the u are kept as written
        assertEquals("\u20ac\u00e9", StringLiterals.decodeAny("u'\\u20ac\u00e9'").value());
        assertEquals("\ud83d\ude00", StringLiterals.decodeAny("U\"\\U0001F600\"").value());
        assertEquals("\u20ac\\n", StringLiterals.decodeAny("ur'\\u20ac\\n'").value());
        assertEquals("\\u20ac", StringLiterals.decodeAny("'\\u20ac'").value());
        assertEquals("\u00ff\u0000", StringLiterals.decodeAny("'\\777\\400'").value(), "a byte: the low 8 bits");
        assertEquals("\u01ff", StringLiterals.decodeAny("u'\\777'").value());
        StringLiterals.Decoded truncated = StringLiterals.decodeAny("u'\\u12'");
        assertEquals(2, truncated.unknownEscape(), "Python refuses a \\u with too few digits");
        StringLiterals.Decoded euro = StringLiterals.decode("u'a\\u20ac'", 10);
        assertEquals(13, euro.starts()[1]);
        assertEquals(19, euro.ends()[1]);
    }

    @Test
    void pythonRefusesNumericEscapesWithTooFewDigits() {
        assertEquals("[2, 3, 0]", java.util.Arrays.toString(StringLiterals.pythonRefusal("'a\\x4'")));
        assertEquals("[2, 4, 1]", java.util.Arrays.toString(StringLiterals.pythonRefusal("u'\\u12g0'")));
        assertEquals("[3, 4, 1]", java.util.Arrays.toString(StringLiterals.pythonRefusal("ur'\\u12'")));
        assertEquals("[2, 10, 2]", java.util.Arrays.toString(StringLiterals.pythonRefusal("U'\\U00110000'")));
        for (String fine : new String[] {"'\\x41'", "r'\\x4'", "'\\u12'", "'\\\\x4'", "u'\\u20ac\\U0001F600'",
            "'\\q\\s'", "'plain'"}) {
            assertEquals(null, StringLiterals.pythonRefusal(fine), fine);
        }
    }

    @Test
    void theShortcutAgreesOnTheCorpusStrings() {
        for (Corpus.Entry e : Corpus.generate(42, 200)) {
            for (Token t : new XenTokenizer(e.text(), e.name()).tokens()) {
                if (t.is(TokenKind.STRING)) {
                    assertSame(t.text(), t.range().start());
                }
            }
        }
    }

    private static void assertSame(String token, int base) {
        StringLiterals.Decoded expected = StringLiterals.decodeAny(token);
        StringLiterals.Decoded actual = StringLiterals.decode(token, base);
        assertEquals(expected.value(), actual.value(), token);
        assertEquals(expected.unknownEscape(), actual.unknownEscape(), token);
        int[] starts = expected.starts().clone();
        int[] ends = expected.ends().clone();
        for (int i = 0; i < starts.length; i++) {
            starts[i] += base;
            ends[i] += base;
        }
        assertArrayEquals(starts, actual.starts(), token);
        assertArrayEquals(ends, actual.ends(), token);
    }
}
