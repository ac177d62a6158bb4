package dev.xenlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.xenlint.text.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlternativesTest {

    @Test
    void joinFlattensAndDropsRepeatsOfTheSameObjectAndOfAbsentOnly() {
        Value a = new Value.Int(1, new TextRange(0, 1));
        Value equalToA = new Value.Int(1, new TextRange(0, 1));   // equal, but another object: kept
        Value b = new Value.Int(2, new TextRange(5, 6));
        Value absent1 = new Value.Absent(new TextRange(2, 3));
        Value absent2 = new Value.Absent(new TextRange(8, 9));
        Value inner = new Value.Alternatives(List.of(b, a, absent2), new TextRange(0, 9));
        Value joined = Value.Alternatives.of(List.of(a, absent1, inner, equalToA, b));
        Value.Alternatives alt = assertInstanceOf(Value.Alternatives.class, joined);
        assertEquals(4, alt.options().size());
        assertSame(a, alt.options().get(0));
        assertSame(absent1, alt.options().get(1));
        assertSame(b, alt.options().get(2));
        assertSame(equalToA, alt.options().get(3));
        assertEquals(new TextRange(0, 6), alt.range());
    }

    @Test
    void oneOptionLeftIsThatOption() {
        Value a = new Value.Int(1, new TextRange(0, 1));
        assertSame(a, Value.Alternatives.of(List.of(a, a, new Value.Alternatives(List.of(a), a.range()))));
        Value absent = new Value.Absent(new TextRange(0, 0));
        assertSame(absent, Value.Alternatives.of(List.of(absent, new Value.Absent(new TextRange(3, 3)))));
    }
}
