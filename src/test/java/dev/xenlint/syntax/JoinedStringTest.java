package dev.xenlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinedStringTest {

    @Test
    void adjacentStringsInsideAListKnowTheirPartsAndTheGap() {
        String text = "disk = [\"phy:/dev/vg/a,xvda,w\" \"phy:/dev/vg/b,xvdb,w\"]\n";
        SourceText source = SourceText.of("t", text);
        List<JoinedString> joined = JoinedString.of(ConfigParser.parse(source));
        assertEquals(1, joined.size());
        JoinedString j = joined.get(0);
        assertTrue(j.inList());
        assertEquals(2, j.parts().size());
        assertEquals("\"phy:/dev/vg/a,xvda,w\"", source.slice(j.parts().get(0)));
        assertEquals("\"phy:/dev/vg/b,xvdb,w\"", source.slice(j.parts().get(1)));
        assertEquals(" ", source.slice(j.gaps().get(0)));
        assertEquals(text.indexOf('"'), j.range().start());
    }

    @Test
    void aGapMaySpanLinesAndTouchingLiteralsHaveAnEmptyGap() {
        SourceText source = SourceText.of("t", "vif = [ 'a'  # one\n   'b''c', 'd' ]\nextra = 'x' 'y'\n");
        List<JoinedString> joined = JoinedString.of(ConfigParser.parse(source));
        assertEquals(2, joined.size());
        JoinedString list = joined.get(0);
        assertTrue(list.inList());
        assertEquals(List.of("  # one\n   ", ""), list.gaps().stream().map(source::slice).toList());
        assertFalse(joined.get(1).inList());
        assertEquals("'x' 'y'", source.slice(joined.get(1).range()));
    }

    /** Lines are skipped by a look at their tokens; a walk of every tree must find the same. */
    @Test
    void theLookAtTokensMissesNothingAWalkOfEveryTreeFinds() {
        String[] recovered = {"x = ['a' = 'b']\n", "x = ['a' ) 'b', 'c' 'd'\n", "x = 'a' 'b' = = 1\n",
                "disk = ['a' 'b'] boot='c'\n", "x = [ = 'a' 'b']\n"};
        for (String text : recovered) {
            SyntaxTree tree = ConfigParser.parse(SourceText.of("t", text));
            assertEquals(JoinedString.of(tree, true), JoinedString.of(tree), text);
        }
        int joined = 0;
        for (byte[] input : dev.xenlint.fuzz.FuzzInputs.mutated(17, 3000)) {
            SyntaxTree tree = ConfigParser.parse(SourceText.of("fuzz",
                    new String(input, java.nio.charset.StandardCharsets.ISO_8859_1)));
            List<JoinedString> all = JoinedString.of(tree, true);
            assertEquals(all, JoinedString.of(tree));
            joined += all.size();
        }
        assertTrue(joined > 20, "the inputs hold joined strings: " + joined);
    }

    @Test
    void nothingJoinedNothingReported() {
        assertEquals(List.of(), JoinedString.of(ConfigParser.parse(SourceText.of("t", "a = ['x', 'y']\nb = 'z'\n"))));
    }
}
