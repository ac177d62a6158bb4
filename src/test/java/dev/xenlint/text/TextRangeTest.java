package dev.xenlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * TextRange writes out equals, hashCode and toString (a record's generated ones cost start-up time);
 * they must give what the generated ones give, so that maps keyed by ranges keep their order and
 * messages their text.
 */
class TextRangeTest {

    /** A record of the same components, whose methods the compiler and runtime generate. */
    private record Generated(int start, int end) {
    }

    @Test
    void theWrittenOutMethodsAgreeWithARecordsGeneratedOnes() {
        int[][] pairs = {{0, 0}, {0, 1}, {1, 2}, {7, 100}, {31, 31}, {0, 31}, {65535, 70000},
            {123456, 7654321}, {Integer.MAX_VALUE, Integer.MAX_VALUE}};
        for (int[] p : pairs) {
            TextRange r = new TextRange(p[0], p[1]);
            Generated g = new Generated(p[0], p[1]);
            assertEquals(g.hashCode(), r.hashCode(), "hashCode of " + r);
            assertEquals(g.toString().replace("Generated[", "TextRange["), r.toString());
            assertEquals(r, new TextRange(p[0], p[1]));
            assertEquals(r.hashCode(), new TextRange(p[0], p[1]).hashCode());
        }
    }

    @Test
    void rangesDifferingInEitherEndAreNotEqual() {
        TextRange r = new TextRange(3, 5);
        assertNotEquals(r, new TextRange(3, 6));
        assertNotEquals(r, new TextRange(2, 5));
        assertNotEquals(r, null);
        assertNotEquals(r, "TextRange[start=3, end=5]");
    }
}
