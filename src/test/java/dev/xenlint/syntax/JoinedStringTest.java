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

    @Test
    void nothingJoinedNothingReported() {
        assertEquals(List.of(), JoinedString.of(ConfigParser.parse(SourceText.of("t", "a = ['x', 'y']\nb = 'z'\n"))));
    }
}
